#!/usr/bin/env python3
"""Third-party readers on the feeds and CSV files run-checkers.sh saved (session 26, docs/quality.md).

  python3 src/tools/checkers/check_feeds_csv_parsers.py target/checkers/out

Atom: xmllint (well-formed), feedparser (bozo must be 0; ids unique; dates parsed; links absolute; titles plain
text; no C0 controls in title or summary). CSV: UTF-8 with a BOM only under bom=1, Python's csv with strict=True,
every record the header's width, no cell a spreadsheet runs as a formula, pandas (on_bad_lines="error"), and
csvkit's csvclean --dry-run. Needs xmllint and Debian's python3-feedparser, python3-pandas and csvkit (or the
same from pip). Exit status 1 when any found a problem."""
import sys, os, glob, subprocess, csv, io, urllib.parse
import feedparser, pandas
d = sys.argv[1]
problems = 0
def bad(f, msg):
    global problems; problems += 1; print(f"PROBLEM {f}: {msg}")
for f in sorted(glob.glob(os.path.join(d, "feeds", "*.atom"))):
    x = subprocess.run(["xmllint", "--noout", f], capture_output=True, text=True)
    if x.returncode: bad(f, "xmllint: " + x.stderr.strip()[:300])
    p = feedparser.parse(f)
    if p.bozo: bad(f, f"bozo: {p.bozo_exception!r}")
    if p.version != "atom10": bad(f, "version " + p.version)
    fe = p.feed
    for k in ("id", "title", "updated"):
        if not fe.get(k): bad(f, "feed lacks " + k)
    if not fe.get("updated_parsed"): bad(f, "feed updated unparsed: " + str(fe.get("updated")))
    for l in fe.get("links", []):
        if not urllib.parse.urlsplit(l.href).scheme: bad(f, "relative feed link " + l.href)
    ids = set()
    for e in p.entries:
        if e.id in ids: bad(f, "duplicate id " + e.id)
        ids.add(e.id)
        if not e.get("updated_parsed"): bad(f, f"entry {e.id} updated unparsed")
        if "published" in e and not e.get("published_parsed"): bad(f, f"entry {e.id} published unparsed")
        for l in e.get("links", []):
            s = urllib.parse.urlsplit(l.href)
            if not s.scheme or not s.netloc: bad(f, f"entry {e.id} relative link {l.href!r}")
        if e.get("title_detail", {}).get("type") not in ("text/plain",): bad(f, f"entry title type {e.title_detail.type}")
        for fld in ("title", "summary"):
            v = e.get(fld, "")
            if any(ord(c) < 0x20 and c not in "\t\n\r" for c in v): bad(f, f"{fld} has C0 control {v!r}")
    print(f"ok {os.path.basename(f)}: {len(p.entries)} entries, bozo={p.bozo}, title={fe.get('title')!r}")
for f in sorted(glob.glob(os.path.join(d, "csv", "*.csv"))):
    raw = open(f, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    try: text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as ex: bad(f, "not UTF-8 " + str(ex)); continue
    if "bom" in os.path.basename(f) and not bom: bad(f, "no BOM with bom=1")
    if "bom" not in os.path.basename(f) and bom: bad(f, "BOM without bom=1")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as ex: bad(f, "csv strict: " + str(ex)); continue
    header = rows[0]; body = rows[1:]
    if len(set(header)) != len(header): bad(f, "duplicate header")
    for i, r in enumerate(body):
        if len(r) != len(header): bad(f, f"row {i+2} has {len(r)} fields, header {len(header)}: {r[:1]}")
        for c in r:
            if c and c[0] in "=+-@\t\r": bad(f, f"row {i+2} formula-looking cell {c[:40]!r}")
    try:
        df = pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, on_bad_lines="error")
        if len(df) != len(body): bad(f, f"pandas rows {len(df)} != csv rows {len(body)}")
    except Exception as ex: bad(f, "pandas: " + str(ex)[:200])
    x = subprocess.run(["csvclean", "-n", f], capture_output=True, text=True)
    out = (x.stdout + x.stderr).strip()
    if x.returncode or out != "No errors.": bad(f, "csvclean: " + out[:300])
    print(f"ok {os.path.basename(f)}: {len(body)} rows, {len(header)} cols, bom={bom}, csvclean={out[:80]!r}")
print(f"{problems} problems")
sys.exit(1 if problems else 0)
