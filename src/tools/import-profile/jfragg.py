#!/usr/bin/env python3
"""Aggregate `jfr print --events X --stack-depth N` text: by thread group, then by first io.facetwire frame
(or leaf). usage: jfragg.py FILE.txt alloc|cpu THREAD_REGEX [frame_regex]"""
import sys, re, collections
path, kind, tre = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
fre = re.compile(sys.argv[4] if len(sys.argv) > 4 else r'io\.facetwire')
def weight(s):
    m = re.match(r'([\d.]+)\s*(bytes|kB|MB|GB)', s.strip())
    if not m: return 0
    return float(m.group(1)) * {'bytes': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}[m.group(2)]
by_frame = collections.Counter(); by_leaf = collections.Counter(); by_class = collections.Counter(); total = 0
ev = None
def flush(ev):
    global total
    if not ev or not tre.search(ev.get('thread', '')): return
    w = ev.get('w', 1); total += w
    fr = ev.get('frames', [])
    first = next((f for f in fr if fre.search(f)), '(none)')
    by_frame[first] += w; by_leaf[fr[0] if fr else '?'] += w; by_class[ev.get('cls', '')] += w
for line in open(path, errors='replace'):
    s = line.strip()
    if s.startswith('jdk.') and s.endswith('{'):
        flush(ev); ev = {'frames': []}; inst = False
    elif ev is None: continue
    elif s.startswith('weight ='): ev['w'] = weight(s.split('=', 1)[1])
    elif s.startswith('objectClass ='): ev['cls'] = s.split('=', 1)[1].split('(')[0].strip()
    elif s.startswith('eventThread =') or s.startswith('sampledThread ='): ev['thread'] = s.split('=', 1)[1]
    elif s.startswith('stackTrace = ['): inst = True
    elif s == ']': inst = False
    elif inst and s and s != '...': ev['frames'].append(re.sub(r'\s+line:.*', '', s))
flush(ev)
unit = 1e6 if kind == 'alloc' else 1
print('total', round(total / unit, 1), 'MB' if kind == 'alloc' else 'samples')
for name, c in [('first matching frame', by_frame), ('leaf', by_leaf)] + ([('class', by_class)] if kind == 'alloc' else []):
    print('==', name)
    for k, v in c.most_common(25): print('%8.1f %5.1f%% %s' % (v / unit, 100 * v / max(total, 1), k))
