#!/usr/bin/env python3
"""cpu_per_search.py PORT PID TARGET PASSES [CLIENTS]: sends a fixed, seeded log of 100 searches (words, phrases,
exclusions, 0-3 facet values, two sorts, pages 1-5, like the bench's QueryLog) to /search or /api/search and prints server CPU
per request by thread group (from /proc/PID/task/*/stat)."""
import os, random, sys, time, urllib.request, urllib.parse, threading, collections
port, pid, target, passes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
clients = int(sys.argv[5]) if len(sys.argv) > 5 else 1
words = ["oil","bank","trade","dollar","wheat","profit","shares","tax","coffee","gold","rates","deficit","japan",
 "opec","strike","merger","loan","export","yen","sugar","grain","debt","stake","offer","crude","interest","budget",
 "minister","farm","tariff","steel","copper","dividend","earnings","inflation","bonds","reserves","court","election","government"]
phrases = ["interest rates","trade deficit","crude oil","federal reserve","stock exchange","money supply"]
facets = {"country":["United States","Japan","United Kingdom","Canada","West Germany","France","Brazil"],
 "person":["Ronald Reagan","James Baker","Paul Volcker","Yasuhiro Nakasone"],
 "topic":["business","agriculture","conflict","sanctions"]}
r = random.Random(20170730)
log = []
for i in range(100):
    k = r.random(); p = []
    if k < .1: q = ""
    elif k < .55: q = r.choice(words)
    elif k < .75: q = r.choice(words) + " " + r.choice(words)
    elif k < .9: q = '"' + r.choice(phrases) + '"'
    else: q = r.choice(words) + " -" + r.choice(words)
    if q: p.append(("q", q))
    n = 0 if r.random() < .4 else 1 + r.randrange(3)
    for _ in range(n):
        f = r.choice(list(facets)); p.append((f, r.choice(facets[f])))
    p.append(("sort", r.choice(["relevance","newest"])))
    pg = 1 + r.randrange(5)
    if pg > 1: p.append(("page", str(pg)))
    log.append(urllib.parse.urlencode(p))
path = {"page": "/search?", "api": "/api/search?"}[target]
def groups():
    g = collections.Counter()
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            s = open(f"/proc/{pid}/task/{t}/stat").read()
        except OSError: continue
        name = s[s.index("(")+1:s.rindex(")")]
        f = s[s.rindex(")")+2:].split()
        ticks = int(f[11]) + int(f[12])
        if name.startswith("JettyServerThre") or name.startswith("qtp"): k = "jetty request"
        elif name.startswith("elasticsearch-r") or name.startswith("I/O dispatcher"): k = "rest client I/O"
        elif name.startswith("elasticsearch["): k = "node"
        elif "Compiler" in name or name.startswith("C1") or name.startswith("C2"): k = "JIT"
        elif name.startswith("G1") or name.startswith("GC") or "Conc" in name: k = "GC"
        else: k = "other"
        g[k] += ticks
    return g
errors = 0
def send(q):
    global errors
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}{q}", timeout=60) as resp:
        resp.read()
        if resp.status != 200: errors += 1
g0 = groups(); t0 = time.time(); lat = []
nxt = iter([q for _ in range(passes) for q in log]); lock = threading.Lock()
def worker():
    while True:
        with lock:
            q = next(nxt, None)
        if q is None: return
        a = time.perf_counter(); send(q); lat.append(time.perf_counter() - a)
ts = [threading.Thread(target=worker) for _ in range(clients)]
[t.start() for t in ts]; [t.join() for t in ts]
g1 = groups(); n = passes * len(log); hz = os.sysconf("SC_CLK_TCK")
lat.sort()
out = {k: (g1[k] - g0[k]) * 1e6 / hz / n for k in g1}
print(target, "req", n, "errors", errors, "p50 %.1f ms" % (lat[n//2]*1e3), "load", open("/proc/loadavg").read().split()[0],
      "total µs/req %.0f" % sum(out.values()), " ".join("%s=%.0f" % (k, v) for k, v in sorted(out.items())))
