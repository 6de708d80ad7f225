#!/usr/bin/env python3
"""The Atom feeds and CSV files crawl.mjs saved, read by Python's own parsers (a second reader beside the
ROME and Commons CSV ones of ExportCheck.java), with the rules of the formats checked strictly:

Atom (RFC 4287, with RFC 3339 dates): well-formed XML 1.0 in UTF-8; the root is atom:feed; a feed has
exactly one id, title and updated, an author (or every entry has one), a rel="self" link, at most one
rel="alternate" link per type and hreflang; each entry has exactly one id, title and updated, an
alternate link or content, at most one summary, published and content; ids are absolute IRIs and no two
entries share one; every date is an RFC 3339 date-time with a time zone; text constructs are text,
html or xhtml; a category has a term; a link's href is an IRI (RFC 3987).

CSV (RFC 4180, docs/limits.md): UTF-8, with a BOM exactly when asked for (&bom=1); lines end in CRLF;
every record has the header's number of fields; a field holding a quote, comma or line break is
quoted and its quotes are doubled; no field (the header aside) starts with = + - @, a tab or a carriage
return, after spaces or invisible characters too (a spreadsheet would run it as a formula).

    python3 check_exports.py OUT_DIR       (exit status 1 when anything is wrong)
"""
import csv
import io
import pathlib
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# XML 1.0 allows these but discourages them (section 2.2): C1 controls and DEL.
# What an IRI cannot hold (RFC 3987 2.2): spaces and these ASCII marks, controls, a % not starting an escape;
# and (4.1) bidirectional formatting characters, with the isolates and the Arabic letter mark that came later.
NOT_IRI = re.compile(r'[\x00-\x20"<>\\^`{|}\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|%(?![0-9A-Fa-f]{2})')
XML_DISCOURAGED = re.compile("[\x7f-\x84\x86-\x9f]")


def check_atom(path):
    problems = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    if XML_FORBIDDEN.search(text):
        problems.append(f"a character XML 1.0 forbids: {XML_FORBIDDEN.search(text).group()!r}")
    if XML_DISCOURAGED.search(text):
        problems.append(f"a control character XML 1.0 discourages: {XML_DISCOURAGED.search(text).group()!r}")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        return problems + [f"not well-formed XML: {e}"]
    if root.tag != ATOM + "feed":
        return problems + [f"root element is {root.tag}, not atom:feed"]

    def one(parent, name, where, required=True):
        found = parent.findall(ATOM + name)
        if len(found) > 1 or (required and len(found) != 1):
            problems.append(f"{where}: {len(found)} atom:{name} elements (RFC 4287 wants {'exactly' if required else 'at most'} one)")
        return found[0] if found else None

    def date(el, where):
        if el is not None and not RFC3339.match((el.text or "").strip()):
            problems.append(f"{where}: {el.tag[len(ATOM):]} {el.text!r} is not an RFC 3339 date-time")

    def text_construct(el, where):
        if el is not None and el.get("type", "text") not in ("text", "html", "xhtml"):
            problems.append(f"{where}: {el.tag[len(ATOM):]} type {el.get('type')!r}")

    def iri(el, where):
        if el is not None:
            value = (el.text or "").strip()
            if not urlsplit(value).scheme:
                problems.append(f"{where}: id {value!r} is not an absolute IRI")

    def links(parent, where):
        seen = set()
        for link in parent.findall(ATOM + "link"):
            if not link.get("href"):
                problems.append(f"{where}: a link without href")
            elif NOT_IRI.search(link.get("href")):
                problems.append(f"{where}: link href {link.get('href')!r} is not an IRI (RFC 3987)")
            if link.get("rel", "alternate") == "alternate":
                key = (link.get("type"), link.get("hreflang"))
                if key in seen:
                    problems.append(f"{where}: two alternate links of type {key[0]}")
                seen.add(key)
        return [link.get("rel", "alternate") for link in parent.findall(ATOM + "link")]

    iri(one(root, "id", "feed"), "feed")
    text_construct(one(root, "title", "feed"), "feed")
    date(one(root, "updated", "feed"), "feed")
    text_construct(one(root, "subtitle", "feed", False), "feed")
    if "self" not in links(root, "feed"):
        problems.append("feed: no rel=\"self\" link (RFC 4287 4.1.1: SHOULD)")
    feed_author = root.find(ATOM + "author") is not None
    ids = set()
    for n, entry in enumerate(root.findall(ATOM + "entry"), 1):
        where = f"entry {n}"
        entry_id = one(entry, "id", where)
        iri(entry_id, where)
        if entry_id is not None:
            if entry_id.text in ids:
                problems.append(f"{where}: id {entry_id.text} used twice")
            ids.add(entry_id.text)
        title = one(entry, "title", where)
        text_construct(title, where)
        if title is not None and not (title.text or "").strip():
            problems.append(f"{where}: empty title")
        date(one(entry, "updated", where), where)
        date(one(entry, "published", where, False), where)
        text_construct(one(entry, "summary", where, False), where)
        content = one(entry, "content", where, False)
        rels = links(entry, where)
        if content is None and "alternate" not in rels:
            problems.append(f"{where}: neither content nor an alternate link")
        if not feed_author and entry.find(ATOM + "author") is None:
            problems.append(f"{where}: no author, and the feed has none")
        for author in entry.findall(ATOM + "author") + root.findall(ATOM + "author"):
            if author.find(ATOM + "name") is None:
                problems.append(f"{where}: an author without a name")
        for category in entry.findall(ATOM + "category"):
            if not category.get("term"):
                problems.append(f"{where}: a category without a term")
    return problems


def starts_a_formula(cell):
    if cell[:1] in ("\t", "\r", "\n"):
        return True
    stripped = cell.lstrip()
    while stripped and unicodedata.category(stripped[0]) in ("Cf", "Zs"):
        stripped = stripped[1:].lstrip()
    if not stripped:
        return False
    return unicodedata.normalize("NFKC", stripped[0])[:1] in ("=", "+", "-", "@", "\u2212")


def check_csv(path):
    problems = []
    raw = path.read_bytes()
    wants_bom = "-bom" in path.stem
    if raw.startswith(b"\xef\xbb\xbf") != wants_bom:
        problems.append("a BOM where none was asked for" if not wants_bom else "no BOM although &bom=1 asked for one")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return problems + [f"not UTF-8: {e}"]
    # Outside quoted fields every line break must be CRLF: check with the parser's own view of the file.
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as e:
        return problems + [f"line {reader.line_num}: {e}"]
    if not rows:
        return problems + ["no header row"]
    rebuilt = io.StringIO(newline="")
    csv.writer(rebuilt, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if rebuilt.getvalue() != text:
        # Not wrong by itself (a writer may quote more than it must), but then every line end must be CRLF.
        bare = re.search(r"(?<!\r)\n", re.sub(r'"(?:[^"]|"")*"', "", text))
        if bare:
            problems.append("a line ends in a bare LF, not CRLF (RFC 4180 2.1)")
    width = len(rows[0])
    for n, row in enumerate(rows[1:], 2):
        if len(row) != width:
            problems.append(f"record {n}: {len(row)} fields, the header has {width}")
        for column, cell in zip(rows[0], row):
            if starts_a_formula(cell):
                problems.append(f"record {n}, {column}: {cell[:40]!r} would run as a formula")
    return problems


def main(out):
    out = pathlib.Path(out)
    failures = 0
    for path in sorted((out / "feeds").glob("*.atom")) + sorted((out / "csv").glob("*.csv")):
        problems = check_atom(path) if path.suffix == ".atom" else check_csv(path)
        failures += len(problems)
        print(f"{path.name}: {'ok' if not problems else ''}")
        for p in problems[:20]:
            print(f"    {p}")
    print(f"Python {sys.version.split()[0]} (xml.etree, csv): {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
