#!/usr/bin/env python3
"""Candidates for the session-20 organ rule (the US organs extended in session 29) of LABELLING.md (python3 src/tools/labels/organ_candidates.py [COUNTRY]):
for a labeller bringing the opened parts to it by reading each candidate, never by the extractor's output.
Lists, in every opened labels file, the articles that name a state's central organ without that state in their
countries label, with the sentences to read (possible additions; a routine filing stays out by the rule). Held-out
parts (testN with N above TuningParts.LAST_OPENED) are never read."""
import csv, glob, html, json, os, re, sys
csv.field_size_limit(10**8)
import pathlib
M=str(pathlib.Path(__file__).resolve().parents[3]); D=os.environ.get('FACETWIRE_DATA', M+'/../shared/data')
texts={}
for f in glob.glob(D+'/bbc-news/*/*.txt'):
    texts[json.dumps({'file':os.path.relpath(f,D)})]=open(f,'rb').read().decode('latin-1')
for fn in ['wikinews_2019.csv','wikinews_2020.csv']:
    for row in csv.DictReader(open(M+'/src/main/resources/demo/'+fn,encoding='utf-8')):
        texts[json.dumps({'url':row['url']})]=row['title']+'\n'+row['text']
        texts[json.dumps({'url':row['url'].replace('.org//wiki/','.org/wiki/')})]=row['title']+'\n'+row['text']
for f in sorted(glob.glob(D+'/reuters21578/reut2-*.sgm')):
    t=open(f,encoding='latin-1').read()
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>',t,re.S):
        b=re.search(r'<BODY>(.*?)</BODY>',m.group(2),re.S); ti=re.search(r'<TITLE>(.*?)</TITLE>',m.group(2),re.S)
        body=html.unescape(re.sub(r'&#\d+;','',b.group(1))) if b else ''
        texts[json.dumps({'reuters':'reuters21578/'+os.path.basename(f),'newid':int(m.group(1))})]=(html.unescape(ti.group(1)) if ti else '')+'\n'+body
ORGANS=[  # (country, regex)
 ('United States', r'\bWhite House\b|\bPentagon\b|\bCongress(?:ional)?\b(?! (?:of|party|Party))|\bCapitol Hill\b|\bOval Office\b|\bFederal Reserve\b|\bthe Fed\b(?! Cup)|\bFBI\b|\bCIA\b|\bSEC\b|Securities and Exchange Commission|\bFDA\b|Food and Drug Administration|\bEPA\b|Environmental Protection Agency|\bUSDA\b|Agriculture Department|Department of Agriculture|\bFSLIC\b|\bFDIC\b|Home Loan Bank Board|Interstate Commerce Commission|\bNLRB\b|\bFCC\b|Federal Communications Commission|\bFERC\b|Federal Energy Regulatory|\bCFTC\b|Commodity Futures Trading Commission|State Department|Justice Department|Commerce Department|Treasury Department|Defense Department|Energy Department|Labor Department|Department of (?:Justice|Commerce|Defense|Energy|Labor|Transportation|Homeland Security|State)|\bNASA\b|Export-Import Bank|National Labor Relations Board|Federal Trade Commission|\bFTC\b|General Services Administration|General Accounting Office|\bGAO\b|Corps of Engineers|Federal Aviation Administration|\bFAA\b|National Transportation Safety Board|\bNTSB\b|Internal Revenue Service|\bIRS\b|Nuclear Regulatory Commission|National Institutes of Health|\bNIH\b|Commodity Credit Corp|Office of Management and Budget|\bOMB\b|Congressional Budget Office|Small Business Administration|Farm Credit Administration|Bureau of Labor Statistics|Census Bureau|Federal Deposit Insurance|\bSenate\b|\bHouse (?:of Representatives|Ways|Energy|Banking|Agriculture|Armed|Foreign|Appropriations|Judiciary|Budget|Intelligence|Speaker|subcommittee|committee|panel|vote|passed|approved|Republicans|Democrats)\b|\b(?:Sen|Rep)\. [A-Z][a-z]+'),
 ('United Kingdom', r'Downing Street|Whitehall|Bank of England|Foreign Office|Home Office|\bMI[56]\b|House of Commons|House of Lords|\bthe Commons\b'),
 ('West Germany', r'Bundesbank|Bundestag|Bundesrat|Bundeswehr|\bBonn\b'),
 ('Germany', r'Bundesbank|Bundestag|Bundesrat|Bundeswehr'),
 ('Japan', r'Bank of Japan|\bMITI\b|Ministry of International Trade|\bthe Diet\b|Japanese Diet'),
 ('Soviet Union', r'\bKremlin\b|\bPolitburo\b|Supreme Soviet'),
 ('Russia', r'\bKremlin\b|\bState Duma\b|\bDuma\b'),
 ('France', r'\bElysee\b|\bÉlysée\b|Quai d.Orsay|Banque de France|Bank of France'),
 ('Israel', r'\bKnesset\b'),
 ('Sweden', r'\bRiksbank\b'),
 ('China', r"People's Bank of China|Zhongnanhai|National People's Congress"),
]
US_WORD=re.compile(r"\bU\.?S\.?A?\b|United States|\bAmerica\b|\bAmericans?\b|\bWashington\b|\bfederal\b",re.I)
LAST_OPENED=int(re.search(r'LAST_OPENED = (\d+)',open(M+'/src/test/java/io/facetwire/evaluation/TuningParts.java').read()).group(1))
def parts():
    for f in sorted(glob.glob(M+'/src/test/resources/labels/*.jsonl')):
        m=re.match(r'test(\d+)-',os.path.basename(f))
        if m and int(m.group(1))>LAST_OPENED: continue
        yield f
want=sys.argv[1] if len(sys.argv)>1 else None
n=0
for f in parts():
    for i,l in enumerate(open(f)):
        if not l.strip(): continue
        o=json.loads(l); k={x:o[x] for x in ('file','url','resource','reuters','newid') if x in o}
        t=texts.get(json.dumps(k))
        if t is None: continue
        # A name broken over the wire's lines ("Army Corps of\nEngineers") is one name (session 29).
        title,_,rest=t.partition('\n'); t=title+'\n'+re.sub(r'\s+',' ',rest)
        labs=set(o.get('countries',[]))
        for c,rx in ORGANS:
            if want and c!=want: continue
            if c=='West Germany' and 'reuters' not in k: continue
            if c=='Germany' and 'reuters' in k: continue
            if c=='Soviet Union' and 'reuters' not in k: continue
            if c=='Russia' and 'reuters' in k: continue
            hits=[m for m in re.finditer(rx,t)]
            if not hits or c in labs: continue
            n+=1
            snips=[]
            for m in hits[:4]:
                s=t[max(0,m.start()-90):m.end()+70].replace('\n',' ')
                snips.append('…'+s+'…')
            usw='US-word' if c=='United States' and US_WORD.search(t) else ''
            print(f"ADD? {os.path.basename(f)}:{i+1} {json.dumps(k)} [{c}] labels={sorted(labs)} {usw}\n   TITLE: {t.split(chr(10))[0][:100]}\n   "+"\n   ".join(snips))
print('candidates',n,file=sys.stderr)
