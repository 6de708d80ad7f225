#!/usr/bin/env python3
"""Assembles the blind modern-news set news32 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612320) into a development half
(dev-news32.jsonl, for tuning) and a test half (test-news32.jsonl, scored once) under src/test/resources/blind-news/."""
import json,glob,random
import os; D=os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))+'/')
A={}; B={}
for f in sorted(glob.glob(D+'labels-news32-A?.jsonl')):
    for l in open(f):
        if l.strip(): j=json.loads(l); A[j['n']]=j
for f in sorted(glob.glob(D+'labels-news32-B?.jsonl')):
    for l in open(f):
        if l.strip(): j=json.loads(l); B[j['n']]=j
assert sorted(A)==list(range(1,61))
dec={
 15: {'topics': B[15]['topics'], 'note': B[15]['note'] + ' (decided between the two readings: test23 #17215\'s drought precedent)'},
 27: {'topics': B[27]['topics'], 'note': B[27]['note'] + ' (decided between the two readings: the Mac mini precedent)'},
 34: {'topics': B[34]['topics'], 'note': B[34]['note'] + ' (decided between the two readings)'},
 38: {'topics': B[38]['topics'], 'note': B[38]['note'] + ' (decided between the two readings: two sentences of a 460-word story are a passing mention)'},
 39: {'topics': B[39]['topics'], 'note': B[39]['note'] + ' (decided between the two readings, as #015)'},
 52: {'persons': B[52]['persons'], 'note': A[52]['note'].replace("the Reuters byline names real reporters and editors, listed", "the credit line's reporters and editors are the wire's byline, left out (decided between the two readings; LABELLING.md, session 32)")},
}
random.seed(202612320)
ids=list(range(1,61)); random.shuffle(ids)
test=set(ids[:30])
root=os.path.dirname(os.path.abspath(__file__))+'/../../../../test/resources/blind-news/'
outs={'test':open(root+'test-news32.jsonl','w'),'dev':open(root+'dev-news32.jsonl','w')}
for n in range(1,61):
    j=dict(A[n]); j.update(dec.get(n,{}))
    rec={'file':j['file'],'countries':j['countries'],'persons':j['persons'],'topics':j['topics'],'note':j.get('note','')}
    outs['test' if n in test else 'dev'].write(json.dumps(rec,ensure_ascii=False)+'\n')
for o in outs.values(): o.close()
print('written', len(test), 'test and', 60-len(test), 'dev')
