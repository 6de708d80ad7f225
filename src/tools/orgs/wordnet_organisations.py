#!/usr/bin/env python3
"""Lists WordNet 3.0's named organisations: named synsets (a capitalised lemma) whose hypernym chain reaches an organisation.

Source: Debian package wordnet-base 1:3.0-37 (WordNet 3.0, Princeton's WordNet 3.0 licence: use, copy,
modify and distribute for any purpose, keeping the copyright notice; see docs/facets.md). Reproduce:

  apt-get download wordnet-base=1:3.0-37 && dpkg-deb -x wordnet-base_*.deb wn
  python3 src/tools/orgs/wordnet_organisations.py wn/usr/share/wordnet/data.noun \
      > src/main/resources/io/facetwire/extract/organisations-wordnet.tsv

Each line: the synset's capitalised names, "|"-separated (the first is the value), then the organisation
kind it was reached through. Filtered (see keep_name): names with a lower-case word ("Christian church",
"Medellin cartel": a kind, not a name), one-word names that are also a lower-case WordNet lemma
("Opposition", "Labor"), names WordNet also gives a place or a person ("Washington", "Europe"), and
religions and religious orders (reached through "religion", "church" or "order").
"""
import sys

# Roots: synset offsets are looked up by lemma and gloss start below, so the script says what it means.
ROOTS = {
    "organization": "an organization",    # organization.n.01 "a group of people who work together"
    "company": "company",
    "institution": "institution",
    "agency": "agency",
    "political_party": "party",
    "international_organization": "international",
    "business": "company",
    "enterprise": "company",
    "news_agency": "media",
    "newspaper": "media",
    "university": "institution",
}

HEADER = """# Named organisations from WordNet 3.0 (Debian wordnet-base 1:3.0-37), made by
# src/tools/orgs/wordnet_organisations.py: named synsets whose hypernym chain reaches organization,
# company, institution, agency, political party or international organization, with their synonyms.
# Left out: names with a lower-case word ("Christian church"), one-word names that are also a common word
# ("Opposition"), names WordNet also gives a place or a person, religions and religious orders.
# Columns: names ("|"-separated, the first is the value), the kind the chain reached, "generic" for a name
# that is read but is no value (a government's seat or an office: "White House").
# Regenerate, do not edit by hand.
#
# WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by Princeton
# University under the following license. By obtaining, using and/or copying this software and database,
# you agree that you have read, understood, and will comply with these terms and conditions.:
# Permission to use, copy, modify and distribute this software and database and its documentation for any
# purpose and without fee or royalty is hereby granted, provided that you agree to comply with the
# following copyright notice and statements, including the disclaimer, and that the same appear on ALL
# copies of the software, database and documentation, including modifications that you make for internal
# use or for distribution.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database and any
# associated documentation shall at all times remain with Princeton University and LICENSEE agrees to
# preserve same."""


# Chains through these synsets' lemmas lead to faiths and orders, not bodies that act in the news.
EXCLUDED_ANCESTORS = {"religion", "faith", "religious_order", "sect", "denomination", "school_of_thought"}
# Read but no value (the gazetteer's "generic" flag: no run is made of the name, and it is not an
# organisation of the facet): names that the labelled parts' articles use for a government itself, its
# seat or an office held by one person ("White House", "US Government", "United States Trade
# Representative"), and acronyms that mostly mean something else there ("CTC"). Chosen by the rule "extra
# more often than correct" on the tuning parts (docs/history/facets-by-session.md, session 7).
GENERIC_NAMES = {"White House", "US Government", "United States Trade Representative", "Counterterrorist Center",
                 "Government Accounting Office", "Royal Academy",
                 "Naval Special Warfare", "Marines", "Markaz-ud-Dawa-wal-Irshad"}
SMALL_WORDS = {"of", "and", "the", "for", "on", "de", "in", "to", "at", "du", "des", "la", "&"}
PLACE_OR_PERSON_FILES = {"15", "17", "18"}  # noun.location, noun.object (continents), noun.person
# Reviewed by hand: historical states and empires, bands, expeditions, hospital wards, a deity, and
# acronyms that are mostly something else in news text ("ICU", "PAC", "EXEC").
EXCLUDED_NAMES = {"Holy Roman Empire", "Second Reich", "Third Reich", "Nazi Germany", "Central Powers",
                  "Beatles", "Laurel and Hardy", "Lewis and Clark Expedition", "Sabaoth", "NICU", "ICU",
                  "PAC", "EXEC", "MSB", "A'man", "Gironde", "Porte", "Sublime Porte", "Curia", "Soviets",
                  "Bollywood", "Court of Saint James's", "Foggy Bottom", "Union Army", "Confederate Army",
                  "Army of the Confederacy", "Continental Army", "Roman Legion", "Creek Confederacy",
                  "Iroquois League", "League of Iroquois", "Five Nations", "Six Nations", "Hanseatic League",
                  "Plato's Academy", "Pan American Union", "War Department", "Navy Department",
                  "Department of Commerce and Labor", "Department of Health Education and Welfare", "NGO",
                  "Sparrow Unit", "Marshals", "Air Corps", "Intelligence Community", "A-team", "Federal Judiciary"}


def keep_name(name, common, places_persons):
    words = name.split(" ")
    if any(w[:1].islower() and w not in SMALL_WORDS for w in words):
        return False
    if len(words) == 1 and (name.lower() in common or len(name) < 3 or name.endswith(".")):
        return False
    return name not in places_persons and name not in EXCLUDED_NAMES


def main(path):
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            parts = head.split()
            offset, lex, ss_type, w_cnt = parts[0], parts[1], parts[2], int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(w_cnt)]
            p = 4 + 2 * w_cnt
            p_cnt = int(parts[p])
            ptrs = []
            for i in range(p_cnt):
                sym, target, pos = parts[p + 1 + 4 * i], parts[p + 2 + 4 * i], parts[p + 3 + 4 * i]
                if pos == "n":
                    ptrs.append((sym, target))
            synsets[offset] = (lex, words, ptrs, gloss.strip())
    common, places_persons = set(), set()
    for offset, (lex, words, ptrs, gloss) in synsets.items():
        for w in words:
            lemma = w.split("(")[0]
            if lemma[:1].islower():
                common.add(lemma.replace("_", " "))
            elif lex in PLACE_OR_PERSON_FILES:
                places_persons.add(lemma.replace("_", " "))
    for idx in ("index.adj", "index.verb", "index.adv"):
        with open(path.replace("data.noun", idx), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    common.add(line.split(" ")[0].replace("_", " "))
    excluded = {o for o, (lex, words, ptrs, gloss) in synsets.items()
                if any(w.split("(")[0].lower() in EXCLUDED_ANCESTORS for w in words)}
    roots = {}
    for offset, (lex, words, ptrs, gloss) in synsets.items():
        for w in words:
            key = w.lower()
            if key in ROOTS and lex == "14" and offset not in roots:  # noun.group
                roots[offset] = ROOTS[key]
    memo = {}

    def kind_of(offset, depth=0):
        if offset in excluded:
            return None
        if offset in roots:
            return roots[offset]
        if offset in memo or depth > 30:
            return memo.get(offset)
        memo[offset] = None
        for sym, target in synsets[offset][2]:
            if sym in ("@", "@i"):
                k = kind_of(target, depth + 1)
                if k:
                    memo[offset] = k
                    break
        return memo[offset]

    out = [HEADER]
    for offset in sorted(synsets):
        lex, words, ptrs, gloss = synsets[offset]
        # WordNet files many named bodies as plain hyponyms ("NATO" is a kind of military alliance), so
        # every synset with a capitalised lemma counts, not only instances.
        above = [t for s, t in ptrs if s in ("@", "@i")]
        kinds = [kind_of(t) for t in above]
        kinds = [k for k in kinds if k]
        if not kinds:
            continue
        names = []
        for w in words:
            name = w.split("(")[0].replace("_", " ")
            if name[:1].isupper() and keep_name(name, common, places_persons) and name not in names:
                names.append(name)
        if names:
            flag = "\tgeneric" if names[0] in GENERIC_NAMES else ""
            out.append("|".join(names) + "\t" + kinds[0] + flag)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
