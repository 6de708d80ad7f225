#!/usr/bin/env python3
"""Bytes tenured (promoted to old regions) by class within a window of wall-clock time, from JFR's promotion
events (settings=profile records jdk.PromoteObjectInNewPLAB / OutsidePLAB; they carry no stack: the GC thread
copies). Sampled: compare windows of one recording (raw bulk against the import), not absolute bytes.
usage: jfr print --events jdk.PromoteObjectOutsidePLAB,jdk.PromoteObjectInNewPLAB REC.jfr > promo.txt
       promoted.py promo.txt HH:MM:SS HH:MM:SS [LABEL] ..."""
import re, sys, collections
rows, ev = [], None
for line in open(sys.argv[1], errors='replace'):
    s = line.strip()
    if s.startswith('jdk.Promote'):
        if ev: rows.append(ev)
        ev = {}
    elif ev is None: continue
    elif s.startswith('startTime ='): ev['t'] = s.split('=', 1)[1].strip()
    elif s.startswith('objectClass ='): ev['cls'] = s.split('=', 1)[1].split('(')[0].strip()
    elif s.startswith('objectSize ='):
        m = re.match(r'([\d.,]+)\s*(bytes|kB|MB)', s.split('=', 1)[1].strip())
        ev['size'] = float(m.group(1).replace(',', '')) * {'bytes': 1, 'kB': 1e3, 'MB': 1e6}[m.group(2)]
    elif s.startswith('tenured ='): ev['tenured'] = s.endswith('true')
if ev: rows.append(ev)
args = sys.argv[2:]
while len(args) >= 2:
    lo, hi = args[0], args[1]; label = args[2] if len(args) > 2 and ':' not in args[2] else ''
    args = args[3:] if label else args[2:]
    by, n = collections.Counter(), collections.Counter()
    for r in rows:
        if lo <= r.get('t', '') < hi and r.get('tenured'):
            by[r['cls']] += r.get('size', 0); n[r['cls']] += 1
    print('%s %s-%s: tenured (sampled) %.1f MB' % (label, lo, hi, sum(by.values()) / 1e6))
    for k, v in by.most_common(6): print('  %8.1f MB %6d  %s' % (v / 1e6, n[k], k))
