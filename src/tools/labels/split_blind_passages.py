#!/usr/bin/env python3
"""Split the blind key-topic passages (session 17) into DEV (60 %) and TEST (40 %).

The passages were written as blocks (`= GROUP | topic, topic` / title line / body lines / blank line)
before anyone looked at topics.txt, the tagger or the topic tests. Each block gets the id `bNNN` in
writing order; within each group (S+ sanctions written to be tagged, S- its near misses, likewise Y
Syria, C cybersecurity, P space cooperation, M mixed) the ids are shuffled with a fixed seed and the first
60 % go to DEV, so both parts hold every kind. Usage:

    split_blind_passages.py DRAFT.txt OUT_DIR [NAME SESSION]

NAME (default blind-recent) names the output files NAME-dev.tsv and NAME-test.tsv; SESSION (default 17)
goes into their header. Session 18's second set: `... drafts/blind-recent18-draft.txt src/test/resources/topics
blind-recent18 18`. Session 19's third set: `... drafts/blind-recent19-draft.txt src/test/resources/topics
blind-recent19 19`.
Session 22's fifth set (news of 1985-2013, written by a helper who read only LABELLING.md's topic definitions and the
draft format): `... drafts/blind-recent22-draft.txt src/test/resources/topics blind-recent22 22`.
Session 23's sixth set (full-length articles of 2014-2026, 250-600 words, written by a helper who read only
LABELLING.md's topic definitions and the draft format): `... drafts/blind-recent23-draft.txt src/test/resources/topics
blind-recent23 23`.
Session 23's all-topic set (66 full-length articles of 2015-2026, six written for each of ten shown topics other
than the key four and six for none of them, labelled with every topic that applies): `... drafts/blind-topics23-draft.txt
src/test/resources/topics blind-topics23 23`, scored with `score_blind_passages.py JAR FILE --all-topics`.
Session 24's wire set (65 stories in the manner of the Reuters wire of 1985-1990, the corpus's own era and style,
written by a helper who read only LABELLING.md's topic definitions): `... drafts/blind-wire24-draft.txt
src/test/resources/topics blind-wire24 24`.
Session 20's fourth set: `... drafts/blind-recent20-draft.txt src/test/resources/topics blind-recent20 20`; its
writer (the session's coordinator) had read topics.txt's header (the format) and session 19's list of the kinds it
fixed, but not the four topics' definitions: the header says "written BEFORE the four topics' definitions were read".
"""
import random
import sys
from collections import defaultdict

SEED = 20261202


def blocks(text):
    block = None
    for line in text.splitlines():
        if line.startswith("= "):
            if block:
                yield block
            group, _, topics = line[2:].partition("|")
            block = {"group": group.strip(), "topics": [t.strip() for t in topics.split(",") if t.strip()],
                     "lines": []}
        elif line.strip() and block is not None:
            block["lines"].append(line.strip())
    if block:
        yield block


def row(b):
    title, body = b["lines"][0], " ".join(b["lines"][1:])
    for text in (title, body):
        assert "\t" not in text
    return "\t".join([b["id"], b["group"], ",".join(b["topics"]), title, body])


HEADER = """# Blind key-topic passages, session {session} ({part}), written {date} by the s{session}-topics engineer.
# Each is {what} written from knowledge of how
# {outlets} reported {years} news, BEFORE {before}; labelled by LABELLING.md's topic definitions (every key topic that applies; an empty
# topics column means none of the four). group: S/Y/C/P = written for sanctions/Syria/cybersecurity/space
# cooperation, + to be tagged, - a near miss; M = mixed. Split by src/tools/labels/split_blind_passages.py
# (seed {seed}, 60/40 within each group). Columns: id, group, topics, title, text.
"""


DATES = {"17": "2026-12-02", "18": "2026-12-03", "19": "2026-12-03", "20": "2026-12-03", "22": "2026-12-04",
         "23": "2026-12-04", "24": "2026-12-04"}
WHAT = {"23": "a full-length news article (headline, then 250-600 words: lead, quotes, background and reactions;\n# its paragraphs joined by spaces)",
        "24": "a wire story in the manner of the Reuters wire of 1985-1990 (an all-capitals headline, then\n# 120-450 words; its paragraphs joined by spaces)"}
WHAT_ALL = "a news passage (headline, then 2-6 sentences of lead and body)"
OUTLETS = {"17": "Reuters, AP, the BBC and the Guardian",
           "18": "regional and wire outlets (Africa, Latin America, Asia, Gulf)",
           "19": "wire, national, trade and local outlets (the wording other than sessions 17 and 18's kinds)",
           "20": "state and national agencies (Xinhua, TASS, Yonhap, Kyodo, Anadolu, SANA) and the wire",
           "22": "wire services, newspapers, broadcasters, state agencies and government press releases of 1985-2013",
           "23": "wire, national, broadcast, business, security-trade, space and state outlets",
           "24": "the Reuters wire"}


YEARS = {"22": "1985-2013", "24": "1985-1990"}


BEFORE_ALL = "topics.txt, the tagger's code or any\n# topic test was opened"
BEFORE = {"20": "the four topics' definitions in topics.txt were\n# read (its header and session 19's kind list had been)"}


TOPICS_HEADER = """# Blind all-topic articles, session {session} ({part}), written {date} by the s{session}-topics writer.
# Each is a full-length news article (headline, then 250-600 words; its paragraphs joined by spaces) written from
# knowledge of how wire, national, regional, business, sports and arts outlets reported 2015-2026 news, BEFORE
# topics.txt, the tagger's code or any topic test was opened; labelled with every topic of LABELLING.md's
# definitions that applies (an empty topics column means none). group: the topic it was written for, + plainly
# about it, - a harder one (a second subject, or the topic's words in another sense); none = none of the ten.
# Split by src/tools/labels/split_blind_passages.py (seed {seed}, 60/40 within each group). Columns: id, group,
# topics, title, text. Scored with score_blind_passages.py --all-topics.
"""


def main(draft, out_dir, name="blind-recent", session="17"):
    all_blocks = list(blocks(open(draft, encoding="utf-8").read()))
    by_group = defaultdict(list)
    for i, b in enumerate(all_blocks, 1):
        b["id"] = "b%03d" % i
        by_group[b["group"]].append(b)
    rng = random.Random(SEED)
    dev, test = [], []
    for group in sorted(by_group):
        members = by_group[group][:]
        rng.shuffle(members)
        cut = round(len(members) * 0.6)
        dev += members[:cut]
        test += members[cut:]
    for part_name, part in (("dev", dev), ("test", test)):
        part.sort(key=lambda b: b["id"])
        with open(f"{out_dir}/{name}-{part_name}.tsv", "w", encoding="utf-8") as out:
            header = TOPICS_HEADER if name.startswith("blind-topics") else HEADER
            out.write(header.format(part=part_name.upper(), seed=SEED, session=session, date=DATES[session],
                                    outlets=OUTLETS[session], what=WHAT.get(session, WHAT_ALL), before=BEFORE.get(session, BEFORE_ALL),
                                    years=YEARS.get(session, "2014-2026")))
            for b in part:
                out.write(row(b) + "\n")
        print(part_name, len(part))


if __name__ == "__main__":
    main(*sys.argv[1:5])
