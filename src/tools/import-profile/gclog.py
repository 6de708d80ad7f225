#!/usr/bin/env python3
"""A G1 log (`-Xlog:gc*:file=...`) summed over a window of JVM uptime: pauses by kind, their time, the GC
threads' CPU the log reports (User+Sys per pause), eden sizes chosen, heap after each young pause, and the
bytes the young pauses found allocated (eden used before each pause: what the program allocated, less
what went straight to humongous regions).
usage: gclog.py GC.LOG [FROM_S TO_S]   (the window: e.g. the UPTIME-BEFORE/AFTER of import_beside_server.py)"""
import re, sys, collections
path = sys.argv[1]
lo, hi = (float(sys.argv[2]), float(sys.argv[3])) if len(sys.argv) > 3 else (0.0, 1e12)
line_re = re.compile(r'^\[([\d.]+)s\]\[info\]\[([a-z,]+)\s*\] GC\((\d+)\) (.*)$')
pauses = collections.Counter(); pause_ms = collections.Counter(); cpu = 0.0; eden_target = []; after = []
eden_used = 0; hum = []; cycles = 0; cycle_ms = 0.0; promoted = 0; survived = 0; gcs = set(); kind = {}
for line in open(path, errors='replace'):
    m = line_re.match(line.strip())
    if not m: continue
    t, tags, gc, msg = float(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if not (lo <= t <= hi): continue
    if tags == 'gc' and msg.startswith('Pause'):
        pm = re.match(r'(Pause \w+(?: \([^)]*\))*) (\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms', msg)
        if pm:
            k = pm.group(1); pauses[k] += 1; pause_ms[k] += float(pm.group(5)); kind[gc] = k
            if k.startswith('Pause Young'): after.append(int(pm.group(3)))
    elif tags == 'gc' and msg.startswith('Concurrent Mark Cycle '):
        cycles += 1; cycle_ms += float(msg.split()[-1][:-2])
    elif tags == 'gc,cpu':
        cm = re.search(r'User=([\d.]+)s Sys=([\d.]+)s', msg)
        if cm: cpu += float(cm.group(1)) + float(cm.group(2))
    elif tags == 'gc,heap':
        em = re.match(r'Eden regions: (\d+)->(\d+)\((\d+)\)', msg)
        if em: eden_used += int(em.group(1)); eden_target.append(int(em.group(3)))
        om = re.match(r'Old regions: (\d+)->(\d+)', msg)
        if om: promoted += max(0, int(om.group(2)) - int(om.group(1)))
        sm = re.match(r'Survivor regions: (\d+)->(\d+)', msg)
        if sm: survived += int(sm.group(2))
        hm = re.match(r'Humongous regions: (\d+)->(\d+)', msg)
        if hm: hum.append(int(hm.group(1)))
young = sum(v for k, v in pauses.items() if k.startswith('Pause Young'))
print('window %.1f-%.1f s: %d pauses (%d young), %.0f ms paused, GC CPU in pauses %.2f s (log User+Sys)' % (
    lo, hi, sum(pauses.values()), young, sum(pause_ms.values()), cpu))
print('concurrent mark cycles ended: %d (%.0f ms of wall time)' % (cycles, cycle_ms))
for k, v in pauses.most_common(): print('  %-70s %4d  %7.0f ms' % (k, v, pause_ms[k]))
if eden_target:
    s = sorted(eden_target)
    print('eden target after each pause (regions): min %d median %d max %d' % (s[0], s[len(s) // 2], s[-1]))
    print('eden used before the pauses: %d MB in all (%.0f MB per young pause)' % (eden_used, eden_used / max(young, 1)))
print('copied by the pauses: %d MB into survivor regions, %d MB of old regions added (promotion; regions of 1 MB unless G1HeapRegionSize says)' % (survived, promoted))
if after:
    print('heap after young pauses: first %d MB, max %d MB, last %d MB' % (after[0], max(after), after[-1]))
if hum: print('humongous regions before pauses: median %d max %d' % (sorted(hum)[len(hum) // 2], max(hum)))
