#!/usr/bin/env python3
"""CPU timeline by process role and thread group, sampled from /proc every ~100 ms.
usage: timeline.py ROOTPID OUT.json   (runs until ROOTPID exits)
Thread names come from `jcmd PID Thread.print` (refreshed every 2 s in a side thread), since /proc's
comm keeps only 15 characters (every Elasticsearch thread reads "elasticsearch[")."""
import os, sys, time, json, re, subprocess, threading
root, out = int(sys.argv[1]), sys.argv[2]
HZ = os.sysconf('SC_CLK_TCK')
NAMES = {}
def children():
    kids = {}
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            s = open(f'/proc/{p}/stat').read()
            ppid = int(s.rsplit(')', 1)[1].split()[1])
            kids.setdefault(ppid, []).append(int(p))
        except Exception: pass
    res, todo = [], [root]
    while todo:
        p = todo.pop(); res.append(p); todo += kids.get(p, [])
    return res
def role(p):
    try: cmd = open(f'/proc/{p}/cmdline').read().split('\0')
    except Exception: return None
    if not cmd or 'java' not in cmd[0]: return None
    for w in ('serve', 'bench', 'import'):  # bench first: its own command line says --mode import
        if w in cmd: return w
    return 'java'
def namer():
    while True:
        for p in children():
            if role(p) is None: continue
            try: txt = subprocess.run(['jcmd', str(p), 'Thread.print'], capture_output=True, text=True, timeout=20).stdout
            except Exception: continue
            for m in re.finditer(r'^"([^"]+)".*? nid=(0x[0-9a-f]+)', txt, re.M):
                NAMES[(p, int(m.group(2), 16))] = m.group(1)
            for m in re.finditer(r'^"([^"]+)" os_prio=\S+ cpu=\S+ elapsed=\S+ tid=\S+ nid=(0x[0-9a-f]+)', txt, re.M):
                NAMES[(p, int(m.group(2), 16))] = m.group(1)
        time.sleep(2)
threading.Thread(target=namer, daemon=True).start()
samples = []  # (t, machine_busy_jiffies, machine_total_jiffies, {(pid,tid): (comm, jiffies)})
roles = {}
def machine():
    f = open('/proc/stat').readline().split()[1:]
    v = list(map(int, f)); idle = v[3] + v[4]
    return sum(v) - idle, sum(v)
while os.path.exists(f'/proc/{root}'):
    t = time.time(); snap = {}
    for p in children():
        r = roles.get(p) or role(p)
        if r is None: continue
        roles[p] = r
        try: tids = os.listdir(f'/proc/{p}/task')
        except Exception: continue
        for tid in tids:
            try: s = open(f'/proc/{p}/task/{tid}/stat').read()
            except Exception: continue
            f = s.rsplit(')', 1)[1].split()
            snap[(p, int(tid))] = (s[s.index('(')+1:s.rindex(')')], int(f[11]) + int(f[12]))
    b, tot = machine()
    samples.append((t, b, tot, snap))
    time.sleep(max(0, 0.1 - (time.time() - t)))
def group(p, tid, comm):
    name = NAMES.get((p, tid), comm)
    m = re.match(r'elasticsearch\[[^\]]*\]\[([a-z_\[\]]+?)\]', name)
    if m: return 'es:' + m.group(1).replace('transport_worker', 'http')
    if name.startswith('C2 ') or name.startswith('C1 ') or 'CompilerThre' in name: return 'jit'
    if name.startswith(('GC ', 'G1 ')) or 'GC Thread' in name: return 'gc'
    if name.startswith('qtp') or 'Jetty' in name or 'JettyServerThreadPool' in name: return 'request'
    if name.startswith('facetwire-writer'): return 'writer'
    if name.startswith('I/O dispatcher') or name.startswith('pool-'): return 'es-client-io'
    if name == 'main': return 'main'
    return re.sub(r'[-#]?\d+$', '', name)
rows = []
for a, b in zip(samples, samples[1:]):
    d = {}
    for k, (comm, j) in b[3].items():
        prev = a[3].get(k, (comm, j if k[0] not in {x[0] for x in a[3]} else 0))[1]
        dj = j - prev
        if dj <= 0: continue
        key = roles[k[0]] + '/' + group(k[0], k[1], comm)
        d[key] = d.get(key, 0) + dj / HZ
    rows.append({'t': round(b[0] - samples[0][0], 2), 'dt': round(b[0] - a[0], 3),
                 'machine_cores': round((b[1] - a[1]) / max(1, b[2] - a[2]) * os.cpu_count(), 2), 'cpu': d})
json.dump({'start': samples[0][0] if samples else 0, 'rows': rows, 'roles': {str(k): v for k, v in roles.items()}}, open(out, 'w'))
print('samples', len(samples))
