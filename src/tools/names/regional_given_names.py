#!/usr/bin/env python3
"""Builds src/main/resources/io/facetwire/extract/first-names-regional.txt.

Source: regional-given-names.txt beside this script, written by hand (common given names of South Asia, of West,
East and southern Africa and of Central Europe that the other lists lack). Filtered as world_given_names.py filters its list (that
module's docstring says what is left out and why), and a name any of the extractor's given-name files already holds
is left out.

Usage: regional_given_names.py WAMERICAN_FILE SHARED_DATA_DIR > first-names-regional.txt
"""
import os
import re
import sys

from world_given_names import filtered

HERE = os.path.dirname(os.path.abspath(__file__))


def main(wamerican, data):
    names = set()
    for line in open(os.path.join(HERE, "regional-given-names.txt"), encoding="utf-8"):
        if not line.startswith("#"):
            names.update(line.split())
    kept = filtered(names, wamerican, data, ("first-names.txt", "first-names-moby.txt", "first-names-world.txt",
                                             "first-names-japanese.txt"))
    print("# Given names of South Asia, of West, East and southern Africa (session 42) and of Central Europe (43): written by hand in")
    print("# src/tools/names/regional-given-names.txt, filtered by src/tools/names/regional_given_names.py (English")
    print("# words, place, title and organisation words, names already known, and names the corpora use mostly as")
    print("# surnames or to open a firm's or place's name are left out). Lower case, one per line.")
    for n in kept:
        print(n)


if __name__ == "__main__":
    main(*sys.argv[1:3])
