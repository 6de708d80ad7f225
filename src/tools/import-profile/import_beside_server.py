#!/usr/bin/env python3
"""One import beside a fresh `serve --no-demo`: server CPU by thread group during the import, the
command's wall time and CPU, node counters. usage: import_beside_server.py JAR DATADIR PORT WAIT_S FILE...
WAIT_S: seconds to wait after the server listens before importing. Environment: JVM='-Xmx1g ...' extra
server JVM options; CP='patch-dir:JAR' runs the server from that class path (a patched class ahead of
the jar) instead of -jar JAR; with FACETWIRE_HEAP=jvm the server stays in this JVM (no relaunch); KEEP=1 leaves
the server running afterwards (for search_check.py; stop it by the printed pid). UPTIME-BEFORE/AFTER: each
process's JVM uptime around the import, the window for compilations.py."""
import json, os, subprocess, sys, time, urllib.request, re, collections, resource
jar, data, port, wait = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]); files = sys.argv[5:]
jvm = os.environ.get('JVM', '').split()
subprocess.run(['rm', '-rf', data])
main = ['-cp', os.environ['CP'], 'io.facetwire.cli.Main'] if os.environ.get('CP') else ['-jar', jar]
srv = subprocess.Popen(['nice', '-n', '10', 'java'] + jvm + main + ['serve', '--no-demo', '--port', str(port), '--data-dir', data],
                       stdout=open(data + '.log', 'w'), stderr=subprocess.STDOUT)
t0 = time.time()
def running():
    try: return json.load(open(os.path.join(data, 'running.json')))
    except Exception: return {}
while 'server' not in running():
    time.sleep(0.5)
    if srv.poll() is not None: sys.exit('server died')
listen = time.time() - t0
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server_threads
def procs(): return server_threads.procs(srv.pid)
def threads(): return server_threads.threads(srv.pid)
tdelta = server_threads.tdelta
node = running()['node']; secret = open(os.path.join(data, 'elasticsearch', 'http.secret')).read().strip()
def es(path):
    req = urllib.request.Request(node + path, headers={'Authorization': 'ApiKey ' + secret})
    with urllib.request.urlopen(req, timeout=900) as r: return json.loads(r.read() or b'{}')
def snap(): return server_threads.node_counters(es)
tw = time.time()
time.sleep(wait)
warm_s = time.time() - tw
startup_cpu = threads()
a = snap(); ta = startup_cpu; t = time.time()
def up():
    return [subprocess.run(['jcmd', str(p), 'VM.uptime'], capture_output=True, text=True).stdout.split()[-2:] for p in procs()]
print('UPTIME-BEFORE', up(), flush=True)
ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
out = subprocess.run(['nice', '-n', '10', 'java', '-jar', jar, 'import', '--no-progress', '--data-dir', data] + files, capture_output=True, text=True)
ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
w = time.time() - t; print('UPTIME-AFTER', up(), flush=True); tot, g = tdelta(ta, threads()); b = snap()
n = int(re.search(r'indexed ([\d,]+)', out.stdout).group(1).replace(',', ''))
print(jar, 'listening after %.1f s, waited %.1f s; server CPU before import %.1f s' % (listen, warm_s, startup_cpu[1] / 1000))
print('  ' + ''.join(l for l in open(data + '.log') if 'Import finished' in l).strip()[-120:])
print('  import: indexed', n, 'wall %.1f s, command CPU %.1f s, server CPU %.1f s (%.0f us/article), load %.1f' % (
    w, (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime), tot / 1000, tot * 1000 / max(n, 1), os.getloadavg()[0]))
print('  threads ms', json.dumps(g)); print('  node', json.dumps({k: b[k] - a[k] for k in b}), flush=True)
if os.environ.get('KEEP'):
    print('  KEPT server pid', srv.pid, 'port', port, flush=True); sys.exit(0)
srv.terminate(); srv.wait()
