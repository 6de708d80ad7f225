#!/usr/bin/env python3
"""Interleaved search check of servers side by side: p50/p99 of /api/search and /search at 1 and 8 clients.
usage: search_check.py N_PER_CLIENT PORT... (CLIENTS=1,8 by default; servers need FACETWIRE_SEARCHES_PER_ADDRESS=64 for 8) (same seeded query list for each; order rotated per query)"""
import sys, time, random, urllib.request, urllib.parse, threading, statistics
n = int(sys.argv[1]); ports = [int(p) for p in sys.argv[2:]]
words = ['oil','trade','bank','dollar','wheat','coffee','japan','tax','gold','rates','profit','shares','opec','grain',
         'sugar','loan','debt','export','budget','strike','merger','steel','farm','yen','crude','prices','growth','deficit']
countries = ['Japan','United States','United Kingdom','Canada','West Germany','France','Brazil']
topics = ['business','agriculture']
def queries(seed, k):
    r = random.Random(seed); out = []
    for _ in range(k):
        p = {'q': r.choice(words) + (' ' + r.choice(words) if r.random() < 0.5 else '')}
        x = r.random()
        if x < 0.3: p['country'] = r.choice(countries)
        elif x < 0.45: p['topic'] = r.choice(topics)
        out.append(urllib.parse.urlencode(p))
    return out
def get(url):
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r: r.read()
    return (time.perf_counter() - t) * 1000
def run(path, clients):
    lat = {p: [] for p in ports}
    def worker(c):
        qs = queries(1000 + c, n)
        for i, q in enumerate(qs):
            order = ports[i % len(ports):] + ports[:i % len(ports)]
            for p in order: lat[p].append(get(f'http://127.0.0.1:{p}{path}?{q}'))
    # warm-up
    for q in queries(7, 30):
        for p in ports: get(f'http://127.0.0.1:{p}{path}?{q}')
    ts = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
    [t.start() for t in ts]; [t.join() for t in ts]
    for p in ports:
        s = sorted(lat[p]); print(f'{path} clients={clients} port={p} n={len(s)} p50={statistics.median(s):.2f} p99={s[int(len(s)*0.99)-1]:.2f} ms', flush=True)
for path in ['/api/search', '/search']:
    for clients in [int(c) for c in __import__("os").environ.get("CLIENTS", "1,8").split(",")]:
        run(path, clients)
