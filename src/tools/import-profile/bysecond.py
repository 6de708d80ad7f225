#!/usr/bin/env python3
"""Summarise timeline.py's JSON: per-second cores busy by role/group (args: JSON [from_s to_s] [bucket_s])."""
import json, sys, collections
d = json.load(open(sys.argv[1])); rows = d['rows']
lo = float(sys.argv[2]) if len(sys.argv) > 2 else 0; hi = float(sys.argv[3]) if len(sys.argv) > 3 else 1e9
bucket = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
B = collections.defaultdict(collections.Counter); M = collections.defaultdict(list); tot = collections.Counter()
for r in rows:
    if not lo <= r['t'] < hi: continue
    k = int(r['t'] // bucket)
    for g, v in r['cpu'].items(): B[k][g] += v; tot[g] += v
    M[k].append(r['machine_cores'])
keys = [g for g, _ in tot.most_common() if tot[g] > 0.3][:12]
print('total CPU s in window:', ', '.join(f'{g}={tot[g]:.1f}' for g in keys), ' all=%.1f' % sum(tot.values()))
print('%6s %5s ' % ('t', 'mach') + ' '.join('%9s' % g[-9:] for g in keys))
for k in sorted(B):
    print('%6.0f %5.2f ' % (k * bucket, sum(M[k]) / len(M[k])) + ' '.join('%9.2f' % (B[k][g] / bucket) for g in keys))
