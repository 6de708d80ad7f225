#!/usr/bin/env python3
"""Builds src/main/resources/io/facetwire/extract/first-names-world.txt.

Source: the given names of the npm package gender-detection-from-name 1.11.5 (MIT licence; English,
French, Spanish, Italian, German and Turkish lists, names/*.js). Fetch it with `npm pack
gender-detection-from-name@1.11.5` and unpack it; Debian's wamerican word list gives the English words.

A given name that is also something else would make the person rules read a place or a firm as a
person ("Santa Barbara", "Drexel Burnham"), so a name is left out when it is:
  - already in first-names.txt or first-names-moby.txt, or shorter than three letters;
  - a lower-case English word (wamerican: "rose", "chase"), a word of countries.tsv ("Jordan"), a stop,
    title or organisation word of the extractor's lists, or a word that opens place names ("Santa");
  - used in the corpora more often alone or after another capitalised word than at the start of a run
    of capitalised words (a surname or a town: "Johnson", "Bolton", "California");
  - at the start of a run, mostly followed within three words by an organisation or place word (a
    firm or a place: "Drexel Burnham Lambert", "Brooklyn Union", "Cayman Islands").
The corpora are read only for those counts of capitalised words (no labels), from BBC News,
Reuters-21578 and the Wikinews sample.

Usage: world_given_names.py PACKAGE_DIR WAMERICAN_FILE SHARED_DATA_DIR > first-names-world.txt
"""
import collections
import glob
import os
import re
import sys

EXTRACT = os.path.join(os.path.dirname(__file__), "../../main/resources/io/facetwire/extract")
PLACE_OPENERS = {"santa", "santo", "sainte", "saint", "sankt", "sidi", "sao", "san", "st", "fort", "port",
                 "lake", "mount", "cape", "north", "south", "east", "west", "new"}
# Words that end the name of a thing (NameTokens.NEVER_SURNAMES), and a few generic place nouns.
THING_WORDS = set("""cup island islands trophy prize award awards games series festival street road avenue
square river sea ocean airport station museum college university school centre center inc corp ltd plc co
group company foundation trust fund league club fc united city county state republic party news times post
tv radio camp heights mall""".split())
TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*|[^\sA-Za-zÀ-ÿ]")


def words_of(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("#") or line.startswith("[") or line.startswith("="):
            continue
        for w in re.split(r"[\s|\t]+", line):
            w = w.strip("~?").rstrip(".").lower()
            if w:
                out.add(w)
    return out


def main(package, wamerican, data):
    names = set()
    for js in glob.glob(os.path.join(package, "names", "*.js")):
        names.update(re.findall(r"\['([^']+)'", open(js, encoding="utf-8").read()))
    kept = filtered(names, wamerican, data, ("first-names.txt", "first-names-moby.txt"))
    print("# Given names of many languages from the npm package gender-detection-from-name 1.11.5 (MIT licence,")
    print("# Copyright (c) Davide Violante), filtered by src/tools/names/world_given_names.py (its docstring says")
    print("# what is left out and why: English words, place, title and organisation words, and names the corpora")
    print("# use mostly as surnames, towns or the start of a firm's or place's name). Lower case, one per line.")
    for n in kept:
        print(n)


def filtered(names, wamerican, data, known_lists):
    """The names (any case) that pass the filters of this module's docstring, sorted, lower case; a name in one of
    the extractor's given-name files {@code known_lists} is left out as already known."""
    names = {n.lower() for n in names if len(n) >= 3 and re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)*", n)}
    lower_words = {w.strip() for w in open(wamerican, encoding="utf-8") if w.strip() == w.strip().lower()}
    known = set()
    for f in known_lists:
        known |= words_of(os.path.join(EXTRACT, f))
    places = words_of(os.path.join(EXTRACT, "countries.tsv"))
    others = set()
    for f in ("stop-words.txt", "organisation-words.txt", "person-titles.txt"):
        others |= words_of(os.path.join(EXTRACT, f))
    names -= known | lower_words | places | others | PLACE_OPENERS
    thing = THING_WORDS | places | words_of(os.path.join(EXTRACT, "organisation-words.txt"))

    first, other, thing_runs = collections.Counter(), collections.Counter(), collections.Counter()

    def read(text):
        for line in text.split("\n"):
            toks = TOKEN.findall(line)
            i = 0
            while i < len(toks):
                if toks[i][0].isupper() and not toks[i].isupper():
                    j = i
                    while j + 1 < len(toks) and toks[j + 1][0].isupper() and not toks[j + 1].isupper():
                        j += 1
                    for k in range(i, j + 1):
                        w = toks[k].lower()
                        if w not in names:
                            continue
                        if k == i and j > i:
                            first[w] += 1
                            if any(toks[m].lower() in thing or toks[m].lower().removesuffix("'s") in thing
                                   for m in range(i + 1, min(j + 1, i + 4))):
                                thing_runs[w] += 1
                        else:
                            other[w] += 1
                    i = j + 1
                else:
                    i += 1

    for f in glob.glob(os.path.join(data, "bbc-news", "*", "*.txt")):
        read(open(f, encoding="latin-1").read())
    for f in glob.glob(os.path.join(data, "reuters21578", "*.sgm")):
        for body in re.findall(r"<BODY>(.*?)</BODY>", open(f, encoding="latin-1").read(), re.S):
            read(body)
    for f in glob.glob(os.path.join(data, "wikinews-sample", "*.csv")):
        read(open(f, encoding="utf-8").read())

    return sorted(n for n in names
                  if other[n] <= first[n] and not (first[n] >= 1 and 2 * thing_runs[n] >= first[n]))


if __name__ == "__main__":
    main(*sys.argv[1:4])
