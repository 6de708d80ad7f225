#!/usr/bin/env python3
"""Agreement between the two readings of a held-out part (A1..A3 vs B1..B3); prints every disagreement.
Usage: READINGS=src/tools/labels/drafts/test29/ python3 src/tools/labels/agree_readings.py test29"""
import json,glob,sys
import os; PART=sys.argv[1] if len(sys.argv)>1 else 'test29'
D=os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))+'/drafts/'+PART+'/')
def load(prefix):
    out={}
    for f in sorted(glob.glob(D+'labels-'+PART+'-%s?.jsonl'%prefix)):
        for l in open(f):
            if l.strip():
                j=json.loads(l); out[j['n']]=j
    return out
A=load('A'); B=load('B')
N=max(list(A)+list(B))  # the part's size: 125 for the Reuters parts, 60 for news32
print('A',len(A),'B',len(B), 'missing A',[n for n in range(1,N+1) if n not in A],'missing B',[n for n in range(1,N+1) if n not in B])
import unicodedata,re
def norm(v): 
    v=unicodedata.normalize('NFKD',v).encode('ascii','ignore').decode().lower().replace('.','').replace('-',' ')
    return re.sub(r'\s+',' ',v).strip()
def pset(vals):
    # a person value "A|B" -> frozenset of alternatives
    return [frozenset(norm(x) for x in v.split('|')) for v in vals]
stats={}
for facet in ['countries','persons','topics']:
    agree=onlyA=onlyB=0
    for n in sorted(set(A)&set(B)):
        a=A[n].get(facet,[]); b=B[n].get(facet,[])
        if facet=='persons':
            pa=pset(a); pb=pset(b)
            ma=[x for x in pa if any(x&y for y in pb)]; 
            agree+=len(ma); onlyA+=len(pa)-len(ma); ob=[y for y in pb if not any(x&y for x in pa)]; onlyB+=len(ob)
            if len(ma)!=len(pa) or ob: print(n,'persons A-only',[v for v,x in zip(a,pa) if x not in ma],'B-only',[v for v,y in zip(b,pb) if y in ob])
        else:
            sa=set(a); sb=set(b)
            agree+=len(sa&sb); onlyA+=len(sa-sb); onlyB+=len(sb-sa)
            if sa!=sb: print(n,facet,'A-only',sorted(sa-sb),'B-only',sorted(sb-sa))
    f1=2*agree/(2*agree+onlyA+onlyB) if agree else 0
    stats[facet]=(agree,onlyA,onlyB,round(f1,3))
print(stats)
