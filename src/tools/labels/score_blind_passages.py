#!/usr/bin/env python3
"""Score the blind key-topic passages with a facetwire jar: P/R/F1 per key topic and micro.

    score_blind_passages.py JAR PASSAGES.tsv [--taxonomy FILE] [--errors]

Runs `java -jar JAR extract` over the passages (as JSON lines: id, title, body) and compares the four key
topics it gives with the passage's labels. --errors lists every row that differs.
"""
import json
import subprocess
import sys
import tempfile

KEY = ["sanctions", "Syria", "cybersecurity", "space cooperation"]


def read(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        pid, group, topics, title, text = line.rstrip("\n").split("\t")
        rows.append({"id": pid, "group": group, "topics": set(t for t in topics.split(",") if t),
                     "title": title, "text": text})
    return rows


def extract(jar, rows, taxonomy):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "title": r["title"], "body": r["text"]}) + "\n")
    cmd = ["java", "-jar", jar, "extract", f.name] + (["--taxonomy", taxonomy] if taxonomy else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    got = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    assert len(got) == len(rows), (len(got), len(rows))
    return [set(g.get("topics", [])) & set(KEY) for g in got]


def main():
    args = sys.argv[1:]
    taxonomy = None
    if "--taxonomy" in args:
        i = args.index("--taxonomy")
        taxonomy = args[i + 1]
        del args[i:i + 2]
    errors = "--errors" in args
    args = [a for a in args if a != "--errors"]
    jar, path = args
    rows = read(path)
    got = extract(jar, rows, taxonomy)
    tot = [0, 0, 0]
    for t in KEY:
        tp = sum(1 for r, g in zip(rows, got) if t in r["topics"] and t in g)
        fp = sum(1 for r, g in zip(rows, got) if t not in r["topics"] and t in g)
        fn = sum(1 for r, g in zip(rows, got) if t in r["topics"] and t not in g)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        print(line(t, tp, fp, fn))
    print(line("micro", *tot))
    if errors:
        for r, g in zip(rows, got):
            if r["topics"] != g:
                print("%s\t%s\tlabel=%s\tgot=%s\t%s" % (r["id"], r["group"], sorted(r["topics"]), sorted(g), r["title"]))


def line(name, tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return "%-18s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)" % (name, p, r, f, tp, fp, fn)


if __name__ == "__main__":
    main()
