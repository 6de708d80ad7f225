#!/usr/bin/env python3
"""Writes a blind modern-news set's two halves from its first reading (labels-SET-A?.jsonl) with the decisions on the
two readings' disagreements, split at random by the set's own seed into a development half (dev-SET.jsonl, for
tuning) and a test half (test-SET.jsonl, scored once). Each set's assemble_SET.py holds only its decisions (n -> fields
replaced, the reasons in decisions.md beside it) and calls assemble_news(SET, dec, seed, folder)."""
import glob, json, os, random

M = os.path.dirname(os.path.abspath(__file__)) + '/../../..'


def readings(name, reader, folder=None):
    """The lines of one reader (A or B) of set `name`, by article number."""
    folder = folder or os.environ.get('READINGS', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drafts', name) + '/')
    lines = {}
    for f in sorted(glob.glob(folder + 'labels-' + name + '-' + reader + '?.jsonl')):
        for l in open(f):
            if l.strip():
                j = json.loads(l)
                lines[j['n']] = j
    return lines


def assemble_news(name, dec, seed, resources, size=60):
    """`resources`: the set's folder under src/test/resources (blind-news, blind-news33, ...)."""
    a = readings(name, 'A')
    assert sorted(a) == list(range(1, size + 1)), [n for n in range(1, size + 1) if n not in a]
    random.seed(seed)
    ids = list(range(1, size + 1))
    random.shuffle(ids)
    test = set(ids[:size // 2])
    root = M + '/src/test/resources/' + resources + '/'
    outs = {'test': open(root + 'test-' + name + '.jsonl', 'w'), 'dev': open(root + 'dev-' + name + '.jsonl', 'w')}
    for n in range(1, size + 1):
        j = dict(a[n])
        j.update(dec.get(n, {}))
        rec = {'file': j['file'], 'countries': j['countries'], 'persons': j['persons'], 'topics': j['topics'],
               'note': j.get('note', '')}
        outs['test' if n in test else 'dev'].write(json.dumps(rec, ensure_ascii=False) + '\n')
    for o in outs.values():
        o.close()
    print('written', len(test), 'test and', size - len(test), 'dev')
