#!/usr/bin/env python3
"""Where the import pipeline's threads wait: JFR `jdk.ThreadPark` durations (parks of 20 ms and more under
settings=profile) summed by thread and by the first project or client frame. A request thread that seldom parks
in `WriterThread.handOver` while the writer parks long in `writeBatches` means reading and extraction are the
pipeline's slowest stage (the writer and the node keep up).
usage: jfr print --events jdk.ThreadPark --stack-depth 12 REC.jfr > park.txt; parks.py park.txt [THREAD_REGEX]"""
import re, sys, collections
tre = re.compile(sys.argv[2] if len(sys.argv) > 2 else r'Jetty|facetwire-writer|client')
UNIT = {'ns': 1e-6, 'us': 1e-3, 'ms': 1, 's': 1000, 'min': 60000, 'h': 3.6e6}
total, count = collections.Counter(), collections.Counter()
ev = None
def flush(e):
    if not e or not tre.search(e.get('thread', '')): return
    fr = e['frames']
    where = next((f for f in fr if re.search(r'io\.facetwire|co\.elastic|org\.apache\.http', f)), fr[0] if fr else '?')
    k = (e['thread'].split('(')[0].strip(), where)
    total[k] += e.get('ms', 0); count[k] += 1
inframes = False
for line in open(sys.argv[1], errors='replace'):
    s = line.strip()
    if s.startswith('jdk.ThreadPark'):
        flush(ev); ev = {'frames': []}; inframes = False
    elif ev is None: continue
    elif s.startswith('duration ='):
        m = re.match(r'([\d.,]+)\s*(ns|us|ms|s|min|h)\b', s.split('=', 1)[1].strip())
        ev['ms'] = float(m.group(1).replace(',', '')) * UNIT[m.group(2)] if m else 0
    elif s.startswith('eventThread ='): ev['thread'] = s.split('=', 1)[1].strip()
    elif s.startswith('stackTrace = ['): inframes = True
    elif s == ']': inframes = False
    elif inframes and s and s != '...': ev['frames'].append(re.sub(r'\s+line:.*', '', s))
flush(ev)
for k, v in total.most_common(20):
    print('%9.0f ms %5d  %-32s %s' % (v, count[k], k[0][:32], k[1][:110]))
