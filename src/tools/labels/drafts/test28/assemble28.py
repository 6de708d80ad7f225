#!/usr/bin/env python3
"""Assembles test28-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec)."""
import json,glob
import os; D=os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))+'/')
A={}
for f in sorted(glob.glob(D+'labels-test28-A?.jsonl')):
    for l in open(f):
        if l.strip():
            j=json.loads(l); A[j['n']]=j
assert sorted(A)==list(range(1,126)), [n for n in range(1,126) if n not in A]
# n -> dict of fields replaced (countries/persons/topics/note)
dec={}
out=open(os.path.dirname(os.path.abspath(__file__))+'/../../../../test/resources/labels/test28-2026.jsonl','w')
for n in range(1,126):
    j=dict(A[n]); j.update(dec.get(n,{}))
    ref={k:v for k,v in j.items() if k not in ('countries','persons','topics','note','n')}
    rec=dict(ref); rec['countries']=j['countries']; rec['persons']=j['persons']; rec['topics']=j['topics']; rec['note']=j.get('note','')
    out.write(json.dumps(rec,ensure_ascii=False)+'\n')
out.close()
print('written 125')
