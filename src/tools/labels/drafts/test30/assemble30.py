#!/usr/bin/env python3
"""Assembles test30-2026.jsonl from the first reading (A1..A3; A2 and A3 by replacement readers, the first ones having stalled) with the decisions on disagreements (dec; the reasons
are in decisions.md)."""
import json,glob
import os; D=os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))+'/')
A={}
for f in sorted(glob.glob(D+'labels-test30-A?.jsonl')):
    for l in open(f):
        if l.strip():
            j=json.loads(l); A[j['n']]=j
assert sorted(A)==list(range(1,126)), [n for n in range(1,126) if n not in A]
# n -> dict of fields replaced (countries/persons/topics/note)
dec={
 3: {'topics': ['energy'], 'note': "decided between the two readings: the Nuclear Regulatory Commission licensing a plant is a US federal organ acting; the licence is energy only (as test29 #3837); Georgia Power and Georgia the US state"},
 25: {'persons': ["Simon Perry"], 'note': "decided between the two readings: the closing 'Simon Perry is the editor of the Digital Lifestyles website' presents the author in a sentence of its own, listed (LABELLING.md's credit-line rule)"},
 26: {'note': "decided between the two readings: the drought is the imports' cause in the lead and over several sentences: disasters and accidents too (as test27 #7022)"},
 69: {'topics': ["business", "energy"], 'note': "decided between the two readings: a power utility's earnings agreement before the state regulator is a rate matter of an electricity company: business and energy"},
 94: {'topics': ['business'], 'note': "decided between the two readings: an investment fund's results table (as test22 #6141 read the same firm): business only"},
 106: {'note': "decided between the two readings: the plan's export-marketing missions take two sentences of a short story: trade and economy beside agriculture"},
 110: {'topics': ['trade and economy'], 'note': "decided between the two readings: officials of the Group of Seven setting the economic summit's agenda, read as test29 #17119: trade and economy only"},
}
out=open(os.path.dirname(os.path.abspath(__file__))+'/../../../../test/resources/labels/test30-2026.jsonl','w')
for n in range(1,126):
    j=dict(A[n]); j.update(dec.get(n,{}))
    ref={k:v for k,v in j.items() if k not in ('countries','persons','topics','note','n')}
    rec=dict(ref); rec['countries']=j['countries']; rec['persons']=j['persons']; rec['topics']=j['topics']; rec['note']=j.get('note','')
    out.write(json.dumps(rec,ensure_ascii=False)+'\n')
out.close()
print('written 125')
