#!/usr/bin/env python3
"""Every stored article's id, story_id, facets and near_dup keys, sorted by id, one tab-separated line each, from a
server's index (the data folder's running.json and node secret): run it after an import with two builds
(import_beside_server.py with KEEP=1) and compare the files. Articles of a held-out part are left out
(--exclude=LIST.jsonl, its references): nobody looks at the extractor's output on them.
usage: story_ids.py DATADIR OUT [--exclude=LIST.jsonl]"""
import json, os, sys, urllib.request
data, outp = sys.argv[1], sys.argv[2]
excluded = set()
for a in sys.argv[3:]:
    if a.startswith('--exclude='):
        for line in open(a[len('--exclude='):]):
            if line.strip():
                ref = json.loads(line)
                if 'newid' in ref: excluded.add('reuters-%d' % ref['newid'])
node = json.load(open(os.path.join(data, 'running.json')))['node']
secret = open(os.path.join(data, 'elasticsearch', 'http.secret')).read().strip()
def es(path, body):
    req = urllib.request.Request(node + path, data=json.dumps(body).encode(), method='POST',
                                 headers={'Authorization': 'ApiKey ' + secret, 'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=600) as r: return json.loads(r.read())
fields = ['id', 'story_id', 'countries', 'persons', 'organizations', 'topics', 'sources', 'languages', 'near_dup']
after = None; n = 0; joined = 0
with open(outp, 'w') as out:
    while True:
        body = {'size': 2000, 'sort': [{'id': 'asc'}], 'query': {'match_all': {}}, '_source': fields}
        if after: body['search_after'] = after
        hits = es('/facetwire-articles/_search', body)['hits']['hits']
        if not hits: break
        for h in hits:
            s = h['_source']
            if s.get('id') in excluded: continue
            out.write('\t'.join(json.dumps(s.get(f), ensure_ascii=False) for f in fields) + '\n'); n += 1
            joined += s.get('story_id') != s.get('id')
        after = hits[-1]['sort']
print(n, 'articles,', joined, 'in a story another article started')
