#!/usr/bin/env python3
"""Draws the dev/test labelling sample of LABELLING.md (issue 10): python3 src/tools/labels/sample_labels.py
writes OUT (default /tmp/labels-sample)/{dev,test}-list.jsonl and one text file per article to read."""
import csv, glob, hashlib, html, json, os, random, re, sys
csv.field_size_limit(10**8)
import pathlib
M=str(pathlib.Path(__file__).resolve().parents[3]); D=os.environ.get('FACETWIRE_DATA', M+'/../shared/data')
OUT=os.environ.get('OUT','/tmp/labels-sample')
random.seed(20261130)
os.makedirs(OUT+'/texts',exist_ok=True)
used=set()
for f in glob.glob(M+'/src/test/resources/labels/*.jsonl'):
    if os.path.basename(f).startswith(('dev-','test-')): continue  # the sets this script draws
    for l in open(f):
        if l.strip():
            j=json.loads(l); used.add(j.get('file') or j.get('url') or j.get('resource'))
arts=[]  # (ref dict, corpus, title, body)
# BBC
seen=set()
for f in sorted(glob.glob(D+'/bbc-news/*/*.txt')):
    raw=open(f,'rb').read(); h=hashlib.md5(raw).hexdigest()
    if h in seen: continue
    seen.add(h)
    rel=os.path.relpath(f,D)
    if rel in used: continue
    t=raw.decode('latin-1'); lines=t.split('\n',1)
    arts.append(({'file':rel},'bbc',lines[0].strip(),lines[1].strip() if len(lines)>1 else ''))
# Wikinews
for fn in ['wikinews_2019.csv','wikinews_2020.csv']:
    for row in csv.DictReader(open(M+'/src/main/resources/demo/'+fn,encoding='utf-8')):
        url=row['url'].replace('.org//wiki/','.org/wiki/')
        if url in used: continue
        arts.append(({'url':url},'wikinews',row['title'],row['text']))
# Reuters
for f in sorted(glob.glob(D+'/reuters21578/reut2-*.sgm')):
    t=open(f,encoding='latin-1').read()
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>',t,re.S):
        b=re.search(r'<BODY>(.*?)</BODY>',m.group(2),re.S)
        if not b: continue
        ti=re.search(r'<TITLE>(.*?)</TITLE>',m.group(2),re.S)
        body=html.unescape(re.sub(r'&#\d+;','',b.group(1))).replace('Reuter\n','').strip()
        arts.append(({'reuters':'reuters21578/'+os.path.basename(f),'newid':int(m.group(1))},'reuters',
                      html.unescape(ti.group(1)) if ti else '',body))
arts=[a for a in arts if 250<=len(a[3])<=5000]
print('pool',{c:sum(1 for a in arts if a[1]==c) for c in ['bbc','wikinews','reuters']},file=sys.stderr)
cues={'sanctions':r'sanction|embargo|boycott|blockade|trade ban|import ban|export ban|blacklist|frozen assets|asset freeze|tariff',
 'syria':r'syria|damascus|aleppo|assad|idlib|golan|kurd',
 'cyber':r'cyber|hacker|hacking|hacked|\bvirus|\bworm|malware|spam|phish|spyware|identity theft|identity fraud|password|denial of service|trojan|data breach',
 'space':r'satellite|orbit|rocket|astronaut|cosmonaut|\bnasa\b|\besa\b|roscosmos|space station|space agency|spacecraft|space shuttle|\bmars\b|lunar|space programme|space program|launch vehicle'}
random.shuffle(arts)
picked=[]; ids=set()
def key(a): return json.dumps(a[0],sort_keys=True)
def take(pred,n):
    out=[]
    for a in arts:
        if len(out)>=n: break
        k=key(a)
        if k in ids or not pred(a): continue
        ids.add(k); out.append(a)
    return out
splits={'test':[],'dev':[]}
for s in ['test','dev']:
    for c,n in [('bbc',35),('reuters',35),('wikinews',30)]:
        splits[s]+=take(lambda a,c=c: a[1]==c,n)
    for g,rx in cues.items():
        got=[]
        for c in ['wikinews','bbc','reuters']:
            got+=take(lambda a,rx=rx,c=c: a[1]==c and re.search(rx,(a[2]+' '+a[3]).lower()) is not None,9)
        got+=take(lambda a,rx=rx: re.search(rx,(a[2]+' '+a[3]).lower()) is not None,25-len(got))
        splits[s]+=got
    splits[s]+=take(lambda a: re.search(r'syria|damascus|assad|aleppo',(a[2]+' '+a[3]).lower()) is not None,10)
    random.shuffle(splits[s])
for s,lst in splits.items():
    with open(OUT+f'/{s}-list.jsonl','w') as out:
        for i,a in enumerate(lst,1):
            out.write(json.dumps(a[0])+'\n')
            with open(OUT+f'/texts/{s}-{i:03d}.txt','w') as t:
                t.write('REF: '+json.dumps(a[0])+'\nCORPUS: '+a[1]+'\nTITLE: '+a[2]+'\n\n'+a[3]+'\n')
    print(s,len(lst),{c:sum(1 for a in lst if a[1]==c) for c in ['bbc','wikinews','reuters']},file=sys.stderr)

# Stage 2 (after the first labelling showed 2-8 positives per key topic in each part): a supplement of
# articles that mention a key topic's cue words at least twice, so each key topic has enough positives and
# near misses to measure. Drawn after stage 1 with its own seed; same split rule.
random.seed(202611302)
strong={'sanctions':r'sanction|embargo|boycott|blockade|trade ban|blacklist|asset freeze',
 'syria':r'syria|damascus|aleppo|assad|idlib',
 'cyber':r'cyber|hacker|hacking|hacked|computer virus|\bvirus|\bworm|malware|spam|phish|spyware|identity theft|denial of service|data breach',
 'space':r'space station|satellite|astronaut|cosmonaut|\bnasa\b|space agency|spacecraft|space shuttle|\bmars\b|rocket|launch'}
random.shuffle(arts)
supp={'test':[],'dev':[]}
for g,rx in strong.items():
    for s in ['test','dev']:
        supp[s]+=take(lambda a,rx=rx: len(re.findall(rx,(a[2]+' '+a[3]).lower()))>=2,20)
for s,lst in supp.items():
    random.shuffle(lst)
    with open(OUT+f'/{s}-keys-list.jsonl','w') as out:
        for i,a in enumerate(lst,1):
            out.write(json.dumps(a[0])+'\n')
            with open(OUT+f'/texts/{s}-keys-{i:03d}.txt','w') as t:
                t.write('REF: '+json.dumps(a[0])+'\nCORPUS: '+a[1]+'\nTITLE: '+a[2]+'\n\n'+a[3]+'\n')
    print(s+'-keys',len(lst),{c:sum(1 for a in lst if a[1]==c) for c in ['bbc','wikinews','reuters']},file=sys.stderr)

def write_part(name,lst):
    """A held-out part: its list of references and one text file per article to label, in drawn order."""
    with open(OUT+f'/{name}-list.jsonl','w') as out:
        for i,a in enumerate(lst,1):
            out.write(json.dumps(a[0])+'\n')
            with open(OUT+f'/texts/{name}-{i:03d}.txt','w') as t:
                t.write('REF: '+json.dumps(a[0])+'\nCORPUS: '+a[1]+'\nTITLE: '+a[2]+'\n\n'+a[3]+'\n')
    print(name,len(lst),{c:sum(1 for a in lst if a[1]==c) for c in ['bbc','wikinews','reuters']},file=sys.stderr)

def draw_part(name,seed,plain,keys_per_topic=0):
    """A held-out part: a plain sample per corpus, then up to keys_per_topic articles per key topic with
    at least two strong cue words, shuffled together and written by write_part."""
    random.seed(seed)
    random.shuffle(arts)
    part=[]
    for c,n in plain:
        part+=take(lambda a,c=c: a[1]==c,n)
    if keys_per_topic:
        for g,rx in strong.items():
            part+=take(lambda a,rx=rx: len(re.findall(rx,(a[2]+' '+a[3]).lower()))>=2,keys_per_topic)
    random.shuffle(part)
    write_part(name,part)

# Stage 3 (session 4, 2026-12-01): a second held-out part, `test2-2026`, drawn after the first test part
# had been scored once and the old parts were opened for tuning. Labelled before any further tuning and
# scored once at the end. Same pool, none of the articles above; a plain sample per corpus plus articles
# with at least two strong cue words of a key topic.
draw_part('test2',202612010,[('bbc',30),('reuters',30),('wikinews',30)],30)

# Stage 4 (session 5, 2026-12-01): a third held-out part, `test3-2026`, drawn after test2 had been scored
# once and opened for tuning. A plain sample only (the strong-cue pool was used up by stage 3), 70 per
# corpus, so the other topics, persons and countries have enough positives to measure. Labelled before
# this session's tuning is scored and scored once at the end.
# The earlier stages cannot be re-drawn byte for byte (the pool has changed since), so every article in
# any labels file is excluded explicitly.
labelled=set()
for f in glob.glob(M+'/src/test/resources/labels/*.jsonl'):
    for l in open(f):
        if l.strip():
            j=json.loads(l)
            labelled.add(json.dumps({k:j[k] for k in ('file','url','reuters','newid') if k in j},sort_keys=True))
ids|=labelled
draw_part('test3',202612020,[('bbc',70),('reuters',70),('wikinews',70)])

# Stage 5 (session 6, 2026-12-01): a fourth held-out part, `test4-2026`, drawn after test3 had been scored
# once and opened for tuning. The Wikinews pool is used up: 95 BBC and 95 Reuters plain, plus up to 40
# articles with at least two strong cue words of a key topic (whatever the earlier stages left), so the
# key topics are measured on unseen articles too. Labelled before this session's tuning is scored.
draw_part('test4',202612030,[('bbc',95),('reuters',95)],10)

# Stage 6 (session 7, 2026-12-01): a fifth held-out part, `test5-2026`, drawn after test4 had been scored
# once and opened for tuning. Drawn from what no labels file holds (not from what stage 5 would draw
# today, which differs from the labelled test4 because test4's articles have left the pool): 100 BBC and
# 100 Reuters plain, plus up to 10 articles per key topic with at least two strong cue words, whatever is
# left of them. Labelled before this session's tuning is scored.
ids=set(labelled)
draw_part('test5',202612040,[('bbc',100),('reuters',100)],10)

# Stage 7 (session 8, 2026-12-01): a sixth held-out part, `test6-2026`, drawn after test5 had been scored
# once and opened for tuning. The pool with two strong cue words of a key topic is nearly used up, so
# besides 100 BBC and 100 Reuters plain it takes up to 10 articles per key topic with at least two strong
# cue words (whatever is left) and then up to 10 per key topic with one or more (near misses and
# positives), so the key topics are measured on unseen articles. Labelled before this session's tuning is
# scored.
def draw_cue_part(name,seed,cue_sets,plain=(('bbc',100),('reuters',100))):
    """A held-out part of stages 7 to 10: a plain sample per corpus (100 BBC and 100 Reuters unless told), then
    per key topic up to 10 with at least two strong cue words, up to 10 with one or more, and up to 10 per key
    topic of each further cue set."""
    random.seed(seed)
    random.shuffle(arts)
    part=[]
    for c,n in plain:
        part+=take(lambda a,c=c: a[1]==c,n)
    for g,rx in strong.items():
        part+=take(lambda a,rx=rx: len(re.findall(rx,(a[2]+' '+a[3]).lower()))>=2,10)
    for cue_set in [strong]+cue_sets:
        for g,rx in cue_set.items():
            part+=take(lambda a,rx=rx: re.search(rx,(a[2]+' '+a[3]).lower()) is not None,10)
    random.shuffle(part)
    write_part(name,part)

def exclude_labelled():
    """Every article in any labels file is excluded from the next draw. As the note at stage 4 says, a stage
    cannot be re-drawn byte for byte once later parts are labelled: each part's list is kept beside its labels."""
    for f in glob.glob(M+'/src/test/resources/labels/*.jsonl'):
        for l in open(f):
            if l.strip():
                j=json.loads(l)
                ids.add(json.dumps({k:j[k] for k in ('file','url','reuters','newid') if k in j},sort_keys=True))

draw_cue_part('test6',202612050,[])

# Stage 8 (session 9, 2026-12-01): a seventh held-out part, `test7-2026`, drawn after test6 had been scored
# once and opened for tuning. As stage 7 (100 BBC and 100 Reuters plain, then per key topic up to 10 with at
# least two strong cue words and up to 10 with one or more), plus up to 10 per key topic with any of the
# broader cue words of stage 1 (embargo, tariff, Kurds, rocket, password...): the strong-cue pool is nearly
# used up and the key topics need near misses and positives on unseen articles. Everything labelled so far
# (test6 included) is excluded. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test7',202612060,[cues])

# Stage 9 (session 10, 2026-12-01): an eighth held-out part, `test8-2026`, drawn after test7 had been scored once
# and opened for tuning; the same recipe as stage 8 with a new seed. Everything labelled so far (test7 included)
# is excluded. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test8',202612070,[cues])

# Stage 10 (session 11, 2026-12-01): a ninth held-out part, `test9-2026`, drawn after test8 had been scored once
# and opened for tuning; the recipe of stage 9 with a new seed, plus every Wikinews article no labels file holds
# yet (54 of the demo's 2019-2020 stories: the newest writing in the pool, the closest to the unseen news the
# figures must hold on). The key-topic pools are nearly used up (sanctions and space cue words only).
# Everything labelled so far (test8 included) is excluded. Labelled before this session's tuning is scored. One drawn
# page, Wikinews' "TEST PAGE:Self-publish today" (not news), left the part when the demo corpus dropped its two test
# pages; a re-run now draws without them.
exclude_labelled()
draw_cue_part('test9',202612080,[cues],plain=(('bbc',100),('reuters',100),('wikinews',60)))

# Stage 11 (session 12, 2026-12-02): a tenth held-out part, `test10-2026`, drawn after test9 had been scored once
# and opened for tuning; the recipe of stage 9 with a new seed and a larger plain sample (the Wikinews pool is used
# up: every story is in test9 or an earlier part). Everything labelled so far (test9 included) is excluded.
# Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test10',202612090,[cues],plain=(('bbc',130),('reuters',130)))

# Stage 12 (session 13, 2026-12-02): an eleventh held-out part, `test11-2026`, drawn after test10 had been scored once
# and opened for tuning; the recipe of stage 11 with a new seed. Everything labelled so far (test10 included) is
# excluded. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test11',202612100,[cues],plain=(('bbc',130),('reuters',130)))

# Stage 13 (session 14, 2026-12-02): a twelfth held-out part, `test12-2026`, drawn after test11 had been scored once
# and opened for tuning; the recipe of stage 11 with a new seed. Everything labelled so far (test11 included) is
# excluded. Labelled before this session's tuning is scored. The BBC pool is used up with this draw (84 of the 130
# asked for were left: 234 articles, 84 BBC and 150 Reuters).
exclude_labelled()
draw_cue_part('test12',202612110,[cues],plain=(('bbc',130),('reuters',130)))

# Stage 14 (session 15, 2026-12-02): a thirteenth held-out part, `test13-2026`, drawn after test12 had been scored
# once and opened for tuning. The BBC and Wikinews pools are used up, so the plain sample is Reuters only (230),
# with the key-topic cue draws of stage 11 (20 more: 250 Reuters articles in all). Everything labelled so far (test12
# included) is excluded. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test13',202612120,[cues],plain=(('reuters',230),))

# Stage 15 (session 16, 2026-12-02): a fourteenth held-out part, `test14-2026`, drawn after test13 had been scored
# once and opened for tuning. The recipe of stage 14 with a new seed (230 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test13 included) is excluded. Labelled before this session's tuning
# is scored.
exclude_labelled()
draw_cue_part('test14',202612130,[cues],plain=(('reuters',230),))

# Stage 16 (session 17, 2026-12-02): a fifteenth held-out part, `test15-2026`, drawn after test14 had been scored
# once and opened for tuning. The recipe of stage 15 with a new seed (230 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test14 included) is excluded. Labelled before this session's tuning
# is scored.
exclude_labelled()
draw_cue_part('test15',202612140,[cues],plain=(('reuters',230),))

# Stage 17 (session 18, 2026-12-03): a sixteenth held-out part, `test16-2026`, drawn after test15 had been scored
# once and opened for tuning. The recipe of stage 16 with a new seed (230 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test15 included) is excluded. Labelled before this session's tuning
# is scored.
exclude_labelled()
draw_cue_part('test16',202612150,[cues],plain=(('reuters',230),))

# Stage 18 (session 19, 2026-12-03): a seventeenth held-out part, `test17-2026`, drawn after test16 had been scored
# once and opened for tuning. The recipe of stage 17 with a new seed (230 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test16 included) is excluded. Labelled before this session's tuning
# is scored.
exclude_labelled()
draw_cue_part('test17',202612160,[cues],plain=(('reuters',230),))

# Stage 19 (session 20, 2026-12-03): an eighteenth held-out part, `test18-2026`, drawn after test17 had been scored
# once and opened for tuning. The recipe of stage 18 with a new seed (230 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test17 included) is excluded. Labelled before this session's tuning
# is scored.
exclude_labelled()
draw_cue_part('test18',202612170,[cues],plain=(('reuters',230),))

# Stage 20 (session 21, 2026-12-03): a nineteenth held-out part, `test19-2026`, drawn after test18 (its first 118
# articles, the only part of stage 19 that was labelled) had been scored once and opened for tuning. The recipe of
# stage 19 with a new seed and a smaller plain sample (115 plain Reuters plus whatever key-topic cue draws are left),
# so that one labeller can read it all within a session. Everything labelled so far (test18 included) is excluded;
# stage 19's unlabelled second half is in the pool again, unread. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test19',202612180,[cues],plain=(('reuters',115),))

# Stage 21 (session 22, 2026-12-04): a twentieth held-out part, `test20-2026`, drawn after test19 had been scored once
# and opened for tuning. The recipe of stage 20 with a new seed (115 plain Reuters plus whatever key-topic cue draws
# are left). Everything labelled so far (test19 included) is excluded. Labelled before this session's tuning is scored.
exclude_labelled()
draw_cue_part('test20',202612190,[cues],plain=(('reuters',115),))

# Stage 22 (session 23, 2026-12-04): a twenty-first held-out part, `test21-2026`, drawn after test20 had been scored
# once and opened for tuning. The recipe of stage 21 with a new seed (115 plain Reuters plus whatever key-topic cue
# draws are left). Everything labelled so far (test20 included) is excluded. Labelled before this session's tuning is
# scored.
exclude_labelled()
draw_cue_part('test21',202612200,[cues],plain=(('reuters',115),))

# Stage 23 (session 23, 2026-12-04): a twenty-second held-out part, `test22-2026`, drawn at the end of session 23 after
# test21 had been scored once, so that it is labelled before the next session's tuning (test21 is opened by that
# session, not this one). The recipe of stage 22 with a new seed (115 plain Reuters plus whatever key-topic cue draws are
# left). Everything labelled so far (test21 included) is excluded.
exclude_labelled()
draw_cue_part('test22',202612210,[cues],plain=(('reuters',115),))

# Stage 24 (session 24, 2026-12-04): a twenty-third held-out part, `test23-2026`, drawn at the start of session 24
# (test21 opened, test22 held out to be scored once at this session's end), so that it is labelled before the next
# session's tuning. The recipe of stage 23 with a new seed (115 plain Reuters plus whatever key-topic cue draws are
# left). Everything labelled so far (test22 included) is excluded.
exclude_labelled()
draw_cue_part('test23',202612220,[cues],plain=(('reuters',115),))

# Stage 25 (session 25, 2026-12-04): a twenty-fourth held-out part, `test24-2026`, drawn at the start of session 25
# (test22 opened, test23 held out to be scored once at this session's end), so that it is labelled before the next
# session's tuning. The recipe of stage 24 with a new seed (115 plain Reuters plus whatever key-topic cue draws are
# left). Everything labelled so far (test23 included) is excluded.
exclude_labelled()
draw_cue_part('test24',202612230,[cues],plain=(('reuters',115),))

# Stage 26 (session 26, 2026-12-04): a twenty-fifth held-out part, `test25-2026`, drawn at the start of session 26
# (test23 opened, test24 held out to be scored once at this session's end), so that it is labelled before the next
# session's tuning. The recipe of stage 25 with a new seed (115 plain Reuters; the key-topic cue draws have found
# nothing left since stage 19). Everything labelled so far (test24 included) is excluded.
exclude_labelled()
draw_cue_part('test25',202612240,[cues],plain=(('reuters',115),))

# Stage 27 (session 26, 2026-12-04): `test25-keys-2026`, a held-out part of key-topic candidates, labelled with
# test25 for the next session to score. The cue draws of stages 19 to 26 found nothing because `ids` holds every article
# any replayed stage drew, labelled or not (stage 19's unlabelled half, and draws that differ from the originals since
# the pool changed); this stage starts from what the labels files hold instead. From every article no labels file holds
# (test25 included): up to 30 with a strong sanctions cue, every one with a Syria or a cybersecurity cue, up to 15 with
# two strong space cues, shuffled.
ids=set()
exclude_labelled()
random.seed(202612250)
random.shuffle(arts)
keys_part=take(lambda a: re.search(strong['sanctions'],(a[2]+' '+a[3]).lower()) is not None,30)
keys_part+=take(lambda a: re.search(cues['syria'],(a[2]+' '+a[3]).lower()) is not None,50)
keys_part+=take(lambda a: re.search(strong['cyber'],(a[2]+' '+a[3]).lower()) is not None,50)
keys_part+=take(lambda a: len(re.findall(strong['space'],(a[2]+' '+a[3]).lower()))>=2,15)
random.shuffle(keys_part)
write_part('test25-keys',keys_part)
# The topic audits of sessions 11 to 17 (docs/audit/*.tsv) read unlabelled corpus articles' tags to tune the rules, so
# an article they name is not unseen: 28 of the 62 were. All 62 were labelled (the audit check came after the labelling
# began); the held-out file keeps the 34 that no audit names, listed here.
audited=set()
for f in glob.glob(M+'/docs/audit/*.tsv'):
    t=open(f,encoding='utf-8',errors='ignore').read()
    for a in keys_part:
        r=a[0]
        if ('newid' in r and re.search(r'(reut2-\d+\.sgm#|NEWID="|newid": )%d\b'%r['newid'],t)) or \
           ('file' in r and (r['file'] in t or r['file'].replace('bbc-news/','') in t)):
            audited.add(key(a))
with open(OUT+'/test25-keys-held-out-list.jsonl','w') as out:
    for a in keys_part:
        if key(a) not in audited:
            out.write(json.dumps(a[0])+'\n')
print('test25-keys held out',sum(1 for a in keys_part if key(a) not in audited),'audited',len(audited),file=sys.stderr)

# Stage 28 (session 27, 2026-12-04): a twenty-sixth held-out part, `test26-2026`, drawn at the start of session 27
# (test24 opened, test25 and test25-keys held out to be scored once at this session's end), so that it is labelled
# before the next session's tuning. 115 plain Reuters, as stage 26, but leaving out every article the topic audits of
# sessions 11-17 name (docs/audit/*.tsv: their tags were read to tune the rules, so they are not unseen; stage 27 found
# 1-12 of them in each earlier part). Everything labelled so far is excluded.
exclude_labelled()
for f in glob.glob(M+'/docs/audit/*.tsv'):
    for l in open(f,encoding='utf-8',errors='ignore'):
        if l.startswith('#') or not l.strip(): continue
        ref=l.split('\t',1)[0]
        m=re.match(r'reuters:(reuters21578/reut2-\d+\.sgm)#(\d+)$',ref)
        if m: ids.add(json.dumps({'reuters':m.group(1),'newid':int(m.group(2))},sort_keys=True))
        elif ref.startswith('file:'): ids.add(json.dumps({'file':ref[5:]},sort_keys=True))
draw_cue_part('test26',202612260,[],plain=(('reuters',115),))

# Stage 29 (session 28, 2026-12-04): a twenty-seventh held-out part, `test27-2027`, drawn at the start of session 28
# (test26 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 28 with
# a new seed: 115 plain Reuters plus whatever key-topic cue draws are left, leaving out the audited articles (still in
# `ids` from stage 28). Everything labelled so far (test26 included) is excluded.
exclude_labelled()
draw_cue_part('test27',202612270,[],plain=(('reuters',115),))

# Stage 30 (session 29, 2026-12-05): a twenty-eighth held-out part, `test28-2026`, drawn at the start of session 29
# (test27 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test27 included) is excluded.
exclude_labelled()
draw_cue_part('test28',202612280,[],plain=(('reuters',115),))

# Stage 31 (session 31, 2026-12-05): a twenty-ninth held-out part, `test29-2026`, drawn at the start of session 31
# (test28 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test28 included) is excluded.
exclude_labelled()
draw_cue_part('test29',202612290,[],plain=(('reuters',115),))

# Stage 32 (session 32, 2026-12-05): a thirtieth held-out part, `test30-2026`, drawn in session 32 (test29 scored once
# and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with a new seed.
# Everything labelled so far (test29 included) is excluded.
exclude_labelled()
draw_cue_part('test30',202612300,[],plain=(('reuters',115),))

# Stage 33 (session 33, 2026-12-05): a thirty-first held-out part, `test31-2026`, drawn at the start of session 33
# (test30 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test30 included) is excluded.
exclude_labelled()
draw_cue_part('test31',202612310,[],plain=(('reuters',115),))

# Stage 34 (session 34, 2026-12-05): a thirty-second held-out part, `test32-2026`, drawn at the start of session 34
# (test31 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test31 included) is excluded.
exclude_labelled()
draw_cue_part('test32',202612340,[],plain=(('reuters',115),))

# Stage 35 (session 35, 2026-12-06): a thirty-third held-out part, `test33-2026`, drawn at the start of session 35
# (test32 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test32 included) is excluded.
exclude_labelled()
draw_cue_part('test33',202612350,[],plain=(('reuters',115),))

# Stage 36 (session 36, 2026-12-06): a thirty-fourth held-out part, `test34-2026`, drawn at the start of session 36
# (test33 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 29 with
# a new seed. Everything labelled so far (test33 included) is excluded. The strong-cue pool is now used up: the draw is
# the 115 plain Reuters articles alone, none found by a key topic's cue words.
exclude_labelled()
draw_cue_part('test34',202612360,[],plain=(('reuters',115),))

# Stage 37 (session 37, 2026-12-06): a thirty-fifth held-out part, `test35-2026`, drawn at the start of session 37
# (test34 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 36 with
# a new seed: 115 plain Reuters articles. Everything labelled so far (test34 included) is excluded.
exclude_labelled()
draw_cue_part('test35',202612370,[],plain=(('reuters',115),))

# Stage 38 (session 38, 2026-12-06): a thirty-sixth held-out part, `test36-2026`, drawn at the start of session 38
# (test35 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 37 with
# a new seed: 115 plain Reuters articles. Everything labelled so far (test35 included) is excluded.
exclude_labelled()
draw_cue_part('test36',202612380,[],plain=(('reuters',115),))

# Stage 39 (session 39, 2026-12-06): a thirty-seventh held-out part, `test37-2026`, drawn at the start of session 39
# (test36 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 38 with
# a new seed: 115 plain Reuters articles. Everything labelled so far (test36 included) is excluded.
exclude_labelled()
draw_cue_part('test37',202612390,[],plain=(('reuters',115),))

# Stage 40 (session 40, 2026-12-06): a thirty-eighth held-out part, `test38-2026`, drawn at the start of session 40
# (test37 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 39 with
# a new seed: 115 plain Reuters articles. Everything labelled so far (test37 included) is excluded.
exclude_labelled()
draw_cue_part('test38',202612400,[],plain=(('reuters',115),))

# Stage 41 (session 40, 2026-12-06): `test38-keys-2026`, a second held-out part of key-topic candidates (the first was
# stage 27's test25-keys), labelled with test38 for the next session to score: the key topics' held-out recall (0.46
# pooled) was last measured on candidates drawn before sessions 26-39 changed their rules. From every article no labels
# file holds (test38 included) and no topic audit of sessions 11-17 names: every one with a sanctions cue word of stage 1
# (73: "tariff" brings trade disputes, some of them retaliation), and up to 15 with two strong space cues (14; the
# Syria and cybersecurity cues find nothing left), shuffled.
ids=set()
exclude_labelled()
audit_text=''.join(open(f,encoding='utf-8',errors='ignore').read() for f in glob.glob(M+'/docs/audit/*.tsv'))
for a in arts:
    r=a[0]
    if ('newid' in r and re.search(r'(reut2-\d+\.sgm#|NEWID="|newid": )%d\b'%r['newid'],audit_text)) or \
       ('file' in r and (r['file'] in audit_text or r['file'].replace('bbc-news/','') in audit_text)):
        ids.add(key(a))
random.seed(202612410)
random.shuffle(arts)
keys_part=take(lambda a: re.search(cues['sanctions'],(a[2]+' '+a[3]).lower()) is not None,100)
keys_part+=take(lambda a: len(re.findall(strong['space'],(a[2]+' '+a[3]).lower()))>=2,15)
random.shuffle(keys_part)
write_part('test38-keys',keys_part)

# Stage 42 (session 41, 2026-12-06): a thirty-ninth held-out part, `test39-2026`, drawn at the start of session 41
# (test38 and test38-keys scored once and opened), so that it is labelled before the next session's tuning. The recipe
# of stage 40 with a new seed: 115 plain Reuters articles (and whatever strong-cue articles stage 41 left). Everything
# labelled so far (test38-keys included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test39',202612420,[],plain=(('reuters',115),))

# Stage 43 (session 42, 2026-12-07): a fortieth held-out part, `test40-2026`, drawn at the start of session 42 (test39
# scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 42 with a new
# seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far and every
# article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test40',202612430,[],plain=(('reuters',115),))

# Stage 44 (session 43, 2026-12-07): a forty-first held-out part, `test41-2026`, drawn at the start of session 43
# (test40 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 43 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far and
# every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test41',202612440,[],plain=(('reuters',115),))

# Stage 45 (session 44, 2026-12-07): a forty-second held-out part, `test42-2026`, drawn at the start of session 44
# (test41 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 44 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far and
# every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test42',202612450,[],plain=(('reuters',115),))

# Stage 46 (session 45, 2026-12-07): a forty-third held-out part, `test43-2026`, drawn at the start of session 45
# (test42 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 45 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far and
# every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test43',202612460,[],plain=(('reuters',115),))

# Stage 47 (session 46, 2026-12-07): a forty-fourth held-out part, `test44-2026`, drawn at the start of session 46
# (test43 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 46 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles stage 46 left). Everything labelled so far
# (test43 included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test44',202612470,[],plain=(('reuters',115),))

# Stage 48 (session 47, 2026-12-07): a forty-fifth held-out part, `test45-2026`, drawn at the start of session 47
# (test44 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 47 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far
# (test44 included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test45',202612480,[],plain=(('reuters',115),))

# Stage 49 (session 48, 2026-12-07): a forty-sixth held-out part, `test46-2026`, drawn at the start of session 48
# (test45 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 48 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far
# (test45 included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test46',202612490,[],plain=(('reuters',115),))

# Stage 50 (session 49, 2026-12-07): a forty-seventh held-out part, `test47-2026`, drawn at the start of session 49
# (test46 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 49 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far
# (test46 included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test47',202612500,[],plain=(('reuters',115),))

# Stage 51 (session 50, 2026-12-08): a forty-eighth held-out part, `test48-2026`, drawn at the start of session 50
# (test47 scored once and opened), so that it is labelled before the next session's tuning. The recipe of stage 50 with
# a new seed: 115 plain Reuters articles (and whatever strong-cue articles are left). Everything labelled so far
# (test47 included) and every article a topic audit of sessions 11-17 names is excluded.
exclude_labelled()
draw_cue_part('test48',202612510,[],plain=(('reuters',115),))
