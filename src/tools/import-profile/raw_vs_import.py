#!/usr/bin/env python3
"""Raw bulk and `facetwire import` into ONE fresh `serve --no-demo`, in the bench's order (raw to warm the
node, raw measured, import, raw again), with the server's CPU by thread group for each step (from /proc),
and the node's request counters. The raw documents are the very ones the import stored: on the first run
they are dumped from the index after the import (NDJSON, 1,000 per request, `index` with the id) into
NDJSON_FILE and reused by later runs (so the first run has no raw before the import).
usage: raw_vs_import.py JAR DATADIR PORT NDJSON_FILE FILE...   Environment: JVM='...' extra server options;
WARM=0 leaves out the warm-up raw bulk (the measured raw then meets a fresh node, as the import does); IMPORTS=N
imports N times (the index emptied in between: the later ones show what the first one's cold code cost);
WARMUP=1 waits for the server's import warm-up to end ('Import warm-up:' in its log) before the first step, and
prints the server's CPU and peak RSS until then (a jar without the warm-up: give WARMUP=0, the default); SETTLE=S
waits S seconds more before the first step (a server without the warm-up kept idle as long as the other warms up); NOAFTER=1 leaves out
the raw bulk after the import (the ratio is then against the raw bulk before)."""
import json, os, subprocess, sys, time, urllib.request, re, collections, threading
jar, data, port, ndjson = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]; files = sys.argv[5:]
subprocess.run(['rm', '-rf', data])
srv = subprocess.Popen(['java'] + os.environ.get('JVM', '').split() + ['-jar', jar, 'serve', '--no-demo', '--port', str(port), '--data-dir', data],
                       stdout=open(data + '.log', 'w'), stderr=subprocess.STDOUT)
def running():
    try: return json.load(open(os.path.join(data, 'running.json')))
    except Exception: return {}
while 'server' not in running():
    time.sleep(0.5)
    if srv.poll() is not None: sys.exit('server died')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server_threads
def procs(): return server_threads.procs(srv.pid)
def threads(): return server_threads.threads(srv.pid)
tdelta = server_threads.tdelta
def up():
    """Each server process's JVM uptime (s): the window of a step for compilations.py (JVM='-XX:+PrintCompilation')."""
    return ' '.join(subprocess.run(['jcmd', str(p), 'VM.uptime'], capture_output=True, text=True).stdout.split()[-2:-1][0] for p in procs())
print('server pids', procs(), flush=True)
def rss():
    """Peak and current resident set (MiB) of the server's JVM (the last process of the tree)."""
    st = dict(l.split(':', 1) for l in open('/proc/%d/status' % procs()[-1]) if ':' in l)
    return int(st['VmHWM'].split()[0]) // 1024, int(st['VmRSS'].split()[0]) // 1024
if os.environ.get('WARMUP', '0') == '1':
    t0 = time.time()
    while 'Import warm-up:' not in open(data + '.log').read():
        time.sleep(0.5)
        if time.time() - t0 > 600: sys.exit('no warm-up line in 600 s')
    time.sleep(1)
    a = server_threads.threads(srv.pid)
    print('warm-up:', [l.strip()[-150:] for l in open(data + '.log') if 'Import warm-up:' in l][-1])
    print('warm-up: server CPU since start %.1f s, peak RSS %d MiB (now %d), load %.1f' % ((a[1]) / 1000, *rss(), os.getloadavg()[0]), flush=True)
node = running()['node']; secret = open(os.path.join(data, 'elasticsearch', 'http.secret')).read().strip()
def es(method, path, body=None, ctype='application/json'):
    req = urllib.request.Request(node + path, data=body, method=method,
                                 headers={'Authorization': 'ApiKey ' + secret, 'Content-Type': ctype})
    with urllib.request.urlopen(req, timeout=1800) as r: return json.loads(r.read() or b'{}')
def snap(): return server_threads.node_counters(lambda path: es('GET', path))
RAW = 'bench-raw-articles-v1'
def raw(label):
    mapping = es('GET', '/facetwire-articles')
    definition = next(iter(mapping.values()))
    settings = {k: v for k, v in definition['settings']['index'].items() if k in ('number_of_shards', 'number_of_replicas', 'analysis', 'refresh_interval', 'max_result_window')}
    try: es('DELETE', '/' + RAW)
    except Exception: pass
    es('PUT', '/' + RAW, json.dumps({'settings': settings, 'mappings': definition['mappings']}).encode())
    bodies = [b for b in open(ndjson, 'rb').read().split(b'\x00\n') if b]
    u0 = up(); a, s0, t = threads(), snap(), time.time(); nxt = [0]; lock = threading.Lock()
    def send():
        while True:
            with lock:
                i = nxt[0]; nxt[0] += 1
            if i >= len(bodies): return
            r = es('POST', '/' + RAW + '/_bulk', bodies[i], 'application/x-ndjson')
            if r.get('errors'): sys.exit('raw bulk errors')
    ts = [threading.Thread(target=send) for _ in range(2)]; [x.start() for x in ts]; [x.join() for x in ts]
    es('POST', '/' + RAW + '/_refresh'); w = time.time() - t; tot, g = tdelta(a, threads()); s1 = snap()
    n = es('GET', '/' + RAW + '/_count')['count']
    print('%s: uptime %s -> %s' % (label, u0, up()))
    print('%s: %d docs wall %.1f s, server CPU %.1f s (%.0f us/doc), load %.1f' % (label, n, w, tot / 1000, tot * 1000 / n, os.getloadavg()[0]))
    print('  threads ms', json.dumps(g)); print('  node', json.dumps({k: s1[k] - s0[k] for k in s1}), flush=True)
    es('DELETE', '/' + RAW)
    time.sleep(3)
    return w
def dump():
    out = open(ndjson + '.tmp', 'wb'); after = None; n = 0; batch = []
    while True:
        body = {'size': 1000, 'sort': [{'id': 'asc'}], 'query': {'match_all': {}}}
        if after: body['search_after'] = after
        hits = es('POST', '/facetwire-articles/_search', json.dumps(body).encode())['hits']['hits']
        if not hits: break
        for h in hits:
            batch.append(json.dumps({'index': {'_id': h['_id']}}) + '\n' + json.dumps(h['_source'], ensure_ascii=False) + '\n')
            if len(batch) == 1000: out.write(''.join(batch).encode() + b'\x00\n'); batch = []; n += 1
        after = hits[-1]['sort']
    if batch: out.write(''.join(batch).encode() + b'\x00\n')
    out.close(); os.rename(ndjson + '.tmp', ndjson)
time.sleep(float(os.environ.get('SETTLE', '0')))
a0 = server_threads.threads(srv.pid)
print('before the first step: server CPU since start %.1f s, peak RSS %d MiB (now %d), load %.1f' % (a0[1] / 1000, *rss(), os.getloadavg()[0]), flush=True)
have_raw = os.path.exists(ndjson)
if have_raw:
    if os.environ.get('WARM', '1') != '0':
        raw('raw warm-up (not compared)')
    rb = raw('raw before' if os.environ.get('WARM', '1') != '0' else 'raw before, on the fresh node (no warm-up)')
def recreate_articles():
    """The articles index emptied for another import: deleted and made again with its own definition and alias
    (no _delete_by_query on this node)."""
    definition = next(iter(es('GET', '/facetwire-articles').items()))
    name, d = definition
    settings = {k: v for k, v in d['settings']['index'].items() if k in ('number_of_shards', 'number_of_replicas', 'analysis', 'refresh_interval', 'max_result_window')}
    es('DELETE', '/' + name)
    es('PUT', '/' + name, json.dumps({'settings': settings, 'mappings': d['mappings'], 'aliases': d['aliases']}).encode())
    time.sleep(3)
def imported(label):
    u0 = up(); a, s0, t = threads(), snap(), time.time()
    out = subprocess.run(['java', '-jar', jar, 'import', '--no-progress', '--data-dir', data] + files, capture_output=True, text=True)
    w = time.time() - t; tot, g = tdelta(a, threads()); s1 = snap()
    n = int(re.search(r'indexed ([\d,]+)', out.stdout).group(1).replace(',', ''))
    print('%s: uptime %s -> %s' % (label, u0, up()))
    print('%s: indexed %d wall %.1f s, server CPU %.1f s (%.0f us/article), load %.1f' % (label, n, w, tot / 1000, tot * 1000 / max(n, 1), os.getloadavg()[0]))
    print('  ' + [l for l in open(data + '.log') if 'Import finished' in l][-1].strip()[-100:])
    print('  threads ms', json.dumps(g)); print('  node', json.dumps({k: s1[k] - s0[k] for k in s1}), flush=True)
    return w
w = imported('import')
for i in range(2, int(os.environ.get('IMPORTS', '1')) + 1):
    # The same import again into an emptied index on the same server: what the first import's cold code cost.
    recreate_articles(); imported('import %d (emptied index, same server)' % i)
if not have_raw: dump()
if os.environ.get('NOAFTER') == '1' and have_raw:
    # A shorter A/B on a busy machine: the ratio against the raw bulk before only.
    print('RATIO (raw before / import) %.2f' % (rb / w), flush=True)
else:
    ra = raw('raw after')
    if have_raw: print('RATIO (mean of the two raw runs / import) %.2f' % (((rb + ra) / 2) / w), flush=True)
srv.terminate(); srv.wait()
