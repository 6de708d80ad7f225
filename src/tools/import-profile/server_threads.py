"""A server process tree's CPU by thread group, from /proc (names from `jcmd Thread.print`): shared by
import_beside_server.py and raw_vs_import.py. threads(pid) is a snapshot; tdelta(a, b) the CPU between two."""
import collections, os, re, subprocess

HZ = os.sysconf('SC_CLK_TCK')
NAMES = {}

def procs(root):
    """The process and its descendants (the server may relaunch itself with its own heap)."""
    ps = [root]; todo = [root]
    while todo:
        p = todo.pop(); k = [int(x) for x in subprocess.run(['pgrep', '-P', str(p)], capture_output=True, text=True).stdout.split()]
        ps += k; todo += k
    return ps

def group(name):
    m = re.match(r'elasticsearch\[[^\]]*\]\[([a-z_]+)', name)
    if m: return 'es:' + m.group(1)
    if 'CompilerThre' in name or name.startswith(('C2 ', 'C1 ')): return 'jit'
    if name.startswith(('GC ', 'G1 ')): return 'gc'
    if name.startswith('qtp') or 'Jetty' in name: return 'request'
    if name.startswith(('I/O dispatcher', 'elasticsearch-rest-client', 'pool-')): return 'es-client-io'
    return re.sub(r'[-#]?\d+$', '', name)

def refresh_names(root):
    for p in procs(root):
        try: txt = subprocess.run(['jcmd', str(p), 'Thread.print'], capture_output=True, text=True, timeout=120).stdout
        except Exception: continue
        for m in re.finditer(r'^"([^"]+)".*? nid=(0x[0-9a-f]+)', txt, re.M):
            NAMES[(p, str(int(m.group(2), 16)))] = m.group(1)

def threads(root):
    """CPU ms per (pid, tid, group) and the processes' total, now."""
    refresh_names(root); out = collections.Counter(); total = 0
    for p in procs(root):
        try:
            f = open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split(); total += (int(f[11]) + int(f[12])) * 1000 // HZ
        except Exception: continue
        for t in os.listdir(f'/proc/{p}/task'):
            try: s = open(f'/proc/{p}/task/{t}/stat').read()
            except Exception: continue
            name = NAMES.get((p, t)) or s[s.index('(') + 1:s.rindex(')')]; f = s.rsplit(')', 1)[1].split()
            out[(p, t, group(name))] += (int(f[11]) + int(f[12])) * 1000 // HZ
    return out, total

def tdelta(a, b):
    """CPU ms between two snapshots, in all and by group (threads that ended in between counted apart)."""
    ta, tota = a; tb, totb = b; g = collections.Counter()
    for k, v in tb.items(): g[k[2]] += v - ta.get(k, 0)
    g['(ended threads)'] = (totb - tota) - sum(g.values())
    return totb - tota, {k: v for k, v in g.most_common() if abs(v) >= 100}

def node_counters(es):
    """The node's own work counters (`GET _nodes/stats/indices,thread_pool`): what the node did between two
    snapshots says whether an import makes it index, refresh, merge, search or get more than a raw bulk does.
    es(path) answers the parsed JSON of a GET on the node."""
    n = next(iter(es('/_nodes/stats/indices,thread_pool')['nodes'].values()))
    ix, tp = n['indices'], n['thread_pool']
    return {'index_total': ix['indexing']['index_total'], 'index_ms': ix['indexing']['index_time_in_millis'],
            'refresh': ix['refresh']['total'], 'refresh_ms': ix['refresh']['total_time_in_millis'],
            'flush': ix['flush']['total'], 'merges': ix['merges']['total'], 'merge_ms': ix['merges']['total_time_in_millis'],
            'merge_mb': ix['merges']['total_size_in_bytes'] // 1000000, 'segments': ix['segments']['count'],
            'query_total': ix['search']['query_total'], 'fetch_total': ix['search']['fetch_total'],
            'get_total': ix['get']['total'], 'write_done': tp['write']['completed'], 'search_done': tp['search']['completed'],
            'get_done': tp.get('get', {}).get('completed', 0)}
