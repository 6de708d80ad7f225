#!/usr/bin/env python3
"""Compilations (-XX:+PrintCompilation in a server log) between two JVM uptimes, by package: all tiers, tier 4,
tier-4 bytecode bytes, made not entrant; and the most often deoptimised methods.
usage: compilations.py LOG FROM_S TO_S (the UPTIME-BEFORE/AFTER of import_beside_server.py)"""
import sys, re, collections
log, t0, t1 = sys.argv[1], float(sys.argv[2]) * 1000, float(sys.argv[3]) * 1000
pat = re.compile(r'^\s*(\d+)\s+(\d+)\s+([%sbn!]*)\s*(\d)?\s+(\S+)(?:\s+\((\d+) bytes\))?(.*)$')
def pkg(m):
    for k in ['io.facetwire.extract', 'io.facetwire.story', 'io.facetwire.article', 'io.facetwire.engine', 'io.facetwire',
              'org.elasticsearch', 'org.apache.lucene', 'co.elastic', 'com.fasterxml', 'org.eclipse.jetty', 'io.javalin',
              'java.', 'jdk.', 'sun.', 'kotlin', 'org.apache.http']:
        if m.startswith(k): return k
    return 'other'
comp = collections.Counter(); deopt = collections.Counter(); byte = collections.Counter(); tiers = collections.Counter()
deoptm = collections.Counter(); c4 = collections.Counter()
for line in open(log, errors='replace'):
    m = pat.match(line)
    if not m: continue
    t = int(m.group(1))
    if not (t0 <= t <= t1): continue
    meth = m.group(5); p = pkg(meth); rest = m.group(7) or ''
    if 'made not entrant' in rest:
        deopt[p] += 1; deoptm[meth] += 1; continue
    if 'made zombie' in rest: continue
    tier = m.group(4); comp[p] += 1; tiers[(p, tier)] += 1
    if tier == '4': c4[p] += 1; byte[p] += int(m.group(6) or 0)
print('compiles by package (all tiers / tier4 / tier4 bytecode bytes / made not entrant)')
for p, n in comp.most_common():
    print(f'  {p:24s} {n:6d} {c4[p]:6d} {byte[p]:8d} {deopt[p]:6d}')
print('total', sum(comp.values()), 'tier4', sum(c4.values()), 'not entrant', sum(deopt.values()))
print('most deoptimised methods:')
for m, n in deoptm.most_common(25): print(f'  {n:4d} {m}')
