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
dec={13: {'note': 'hard call (decided between the two readings): an industry group\'s proposals to define insider trading in law and guard against illegal trading take several paragraphs: crime and justice beside business; "asked Congress to define insider trading in law" is a decision asked of a US organ'}, 15: {'topics': ['technology', 'business'], 'note': "decided between the two readings (the first reading was told to use the default taxonomy's names only): telephone switching systems and software: telecoms products (technology) of a company (business)"}, 17: {'topics': ['politics', 'elections', 'trade and economy'], 'note': "decided between the two readings (the first reading was told to use the default taxonomy's names only): 'Britain's hard-won economic stability' names the UK; parties' tax and spending plans ahead of the election are politics, elections and trade and economy (as earlier BBC politics stories, e.g. politics/344, 362)"}, 27: {'topics': ['business', 'politics'], 'note': "decided between the two readings (the first reading was told to use the default taxonomy's names only): a government bill to parliament overhauling the Paris stock market and insurance: markets and a law (as the twin story #9910 in an opened part); 'U.K. Prime Minister' and 'the U.K. And U.S.' name both; ECUs and francs currencies; Economist a magazine"}, 37: {'topics': ['trade and economy', 'politics'], 'note': "decided between the two readings (the first reading was told to use the default taxonomy's names only): 'President Reagan' world-famous; White House, Congress, 'America's competitiveness', U.S. parts name the US; streamlining export-control procedures is no penalty aimed at a state, so not sanctions; the president's proposals to Congress read as politics beside trade"}, 40: {'topics': ['elections', 'politics'], 'note': "decided between the two readings (the first reading was told to use the default taxonomy's names only): '37 English council areas' is England, not the UK: no country; the council-tax pledge is one sentence (no trade and economy)"}, 104: {'note': "hard call (decided between the two readings): the modem maker's products are one clause describing a firm whose work-week change is the story: business only (as test27 #11985)"}}
out=open(os.path.dirname(os.path.abspath(__file__))+'/../../../../test/resources/labels/test28-2026.jsonl','w')
for n in range(1,126):
    j=dict(A[n]); j.update(dec.get(n,{}))
    ref={k:v for k,v in j.items() if k not in ('countries','persons','topics','note','n')}
    rec=dict(ref); rec['countries']=j['countries']; rec['persons']=j['persons']; rec['topics']=j['topics']; rec['note']=j.get('note','')
    out.write(json.dumps(rec,ensure_ascii=False)+'\n')
out.close()
print('written 125')
