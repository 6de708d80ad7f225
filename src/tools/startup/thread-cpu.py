# CPU seconds per thread group of a threads.txt written by startup-cpu.sh (digits folded: "C2 CompilerThread0/1" -> one group)
# usage: python3 src/tools/startup/thread-cpu.py OUTDIR/threads.txt
import sys,re,collections
g=collections.Counter()
for line in open(sys.argv[1]):
    name,t=line.rstrip('\n').rsplit('|',1)
    k=re.sub(r'\d+','#',name)
    g[k]+=int(t)
tot=sum(g.values())
print('total', tot/100)
for k,v in g.most_common(25): print(f'{v/100:7.2f} {k}')
