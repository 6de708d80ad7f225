#!/usr/bin/env python3
"""Writes a held-out part's labels file from its first reading (labels-PART-A1..A3.jsonl) with the decisions on the two
readings' disagreements. Each part's assembleNN.py holds only its decisions (n -> fields replaced, the reasons in
decisions.md beside it) and calls assemble(PART, dec)."""
import glob, json, os

M = os.path.dirname(os.path.abspath(__file__)) + '/../../..'


def first_reading(part, readings):
    return reading(part, readings, 'A')


def second_reading(part, readings):
    return reading(part, readings, 'B')


def reading(part, readings, reader):
    """One reader's lines (labels-PART-A1..A3 or -B1..B3) by article number."""
    lines = {}
    for f in sorted(glob.glob(readings + '/labels-' + part + '-' + reader + '?.jsonl')):
        for l in open(f):
            if l.strip():
                j = json.loads(l)
                lines[j['n']] = j
    return lines


def assemble(part, dec, size=125):
    readings = os.environ.get('READINGS', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drafts', part))
    a = first_reading(part, readings)
    assert sorted(a) == list(range(1, size + 1)), [n for n in range(1, size + 1) if n not in a]
    with open(M + '/src/test/resources/labels/' + part + '-2026.jsonl', 'w') as out:
        for n in range(1, size + 1):
            if n in dec and dec[n] is None:
                continue  # left out: not a news article (a table with no prose), said in decisions.md
            j = dict(a[n])
            j.update(dec.get(n, {}))
            rec = {k: v for k, v in j.items() if k not in ('countries', 'persons', 'topics', 'note', 'n')}
            rec.update(countries=j['countries'], persons=j['persons'], topics=j['topics'], note=j.get('note', ''))
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('written', size - sum(1 for v in dec.values() if v is None))
