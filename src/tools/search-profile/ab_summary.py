#!/usr/bin/env python3
"""ab_summary.py AB_LOG [SKIP_ROUNDS]: medians per side of an ab.sh log (request thread, REST client I/O, both), the
B/A median over rounds and in how many rounds B was lower; the first SKIP_ROUNDS rounds (default 2) left out as warm-up."""
import re, sys, statistics as st
rows = [l for l in open(sys.argv[1]) if l[:2] in ("A ", "B ")]
skip = int(sys.argv[2]) if len(sys.argv) > 2 else 2
vals = {}
for l in rows:
    side, target = l[0], l.split()[1]
    d = dict(re.findall(r"(jetty request|rest client I/O|GC|node|JIT)=(\d+)", l))
    vals.setdefault((side, target), []).append({k: int(v) for k, v in d.items()})
for target in ("page", "api"):
    a, b = vals[("A", target)], vals[("B", target)]
    n = min(len(a), len(b)); a, b = a[skip:n], b[skip:n]
    for k in ("jetty request", "rest client I/O"):
        ra = [x[k] for x in a]; rb = [x[k] for x in b]
        ratio = [y / x for x, y in zip(ra, rb)]
        own_a = [x["jetty request"] + x["rest client I/O"] for x in a]
        print(f"{target:4} {k:16} rounds {len(a)}: A median {st.median(ra):6.0f}  B median {st.median(rb):6.0f}  B/A median {st.median(ratio):.3f}  B lower in {sum(r < 1 for r in ratio)} of {len(ratio)}")
    oa = [x["jetty request"] + x["rest client I/O"] for x in a]; ob = [x["jetty request"] + x["rest client I/O"] for x in b]
    r = [y / x for x, y in zip(oa, ob)]
    print(f"{target:4} {'request+I/O':16} rounds {len(a)}: A median {st.median(oa):6.0f}  B median {st.median(ob):6.0f}  B/A median {st.median(r):.3f}  B lower in {sum(x < 1 for x in r)} of {len(r)}")
