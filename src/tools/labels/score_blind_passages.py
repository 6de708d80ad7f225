#!/usr/bin/env python3
"""Score the blind key-topic passages with a facetwire jar: P/R/F1 per key topic and micro.

    score_blind_passages.py JAR PASSAGES.tsv [--taxonomy FILE] [--errors] [--all-topics]

Runs `java -jar JAR extract` over the passages (as JSON lines: id, title, body) and compares the four key
topics it gives with the passage's labels. --errors lists every row that differs. --all-topics (for the sets
labelled with every topic, blind-topics*): scores every topic the taxonomy shows (its [name] lines; the
repository's topics.txt unless --taxonomy), the key four and the others micro-averaged apart; a label the
taxonomy does not show (politics, health ...) is left out of both sides.
"""
import os
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
    return [set(g.get("topics", [])) for g in got]


def shown_topics(taxonomy):
    path = taxonomy or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "../../main/resources/io/facetwire/extract/topics.txt")
    return [l.strip()[1:-1] for l in open(path, encoding="utf-8") if l.startswith("[") and l.strip().endswith("]")]


def main():
    args = sys.argv[1:]
    taxonomy = None
    if "--taxonomy" in args:
        i = args.index("--taxonomy")
        taxonomy = args[i + 1]
        del args[i:i + 2]
    errors = "--errors" in args
    all_topics = "--all-topics" in args
    args = [a for a in args if a not in ("--errors", "--all-topics")]
    jar, path = args
    rows = read(path)
    topics = shown_topics(taxonomy) if all_topics else KEY
    for r in rows:
        r["topics"] &= set(topics)
    got = [g & set(topics) for g in extract(jar, rows, taxonomy)]
    groups = [("micro", KEY)] if not all_topics else [("key micro", KEY), ("other micro", [t for t in topics
                                                                                     if t not in KEY])]
    for name, members in groups:
        tot = [0, 0, 0]
        for t in members:
            tp = sum(1 for r, g in zip(rows, got) if t in r["topics"] and t in g)
            fp = sum(1 for r, g in zip(rows, got) if t not in r["topics"] and t in g)
            fn = sum(1 for r, g in zip(rows, got) if t in r["topics"] and t not in g)
            tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
            if tp + fp + fn or not all_topics:
                print(line(t, tp, fp, fn))
        print(line(name, *tot))
    if errors:
        for r, g in zip(rows, got):
            if r["topics"] != g:
                print("%s\t%s\tlabel=%s\tgot=%s\t%s" % (r["id"], r["group"], sorted(r["topics"]), sorted(g), r["title"]))


def line(name, tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return "%-22s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)" % (name, p, r, f, tp, fp, fn)


if __name__ == "__main__":
    main()
