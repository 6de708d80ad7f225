#!/usr/bin/env bash
# The web's own checkers on every kind of page, feed and CSV file of a running Facetwire, as someone
# checking it independently would run them (docs/quality.md, session 13). Not part of the Maven build
# (it needs Node and Python); the Maven tests run the Nu Html Checker and axe-core in-process on the same
# page kinds.
#
#   src/tools/checkers/run-checkers.sh [BASE_URL]        (default http://localhost:8080)
#
# Start the server on a FRESH data folder (the first account to sign up is the admin, and the crawl signs
# up): java -jar target/facetwire.jar serve --port 18514 --data-dir /tmp/fw-check
# It then: crawls every page kind as a visitor, a signed-in user and the admin, saving pages, feeds and
# CSV files in target/checkers/out (crawl.mjs; it also imports six articles with hostile text); runs the
# Nu Html Checker (vnu.jar from npm's vnu-jar) on every page, the style sheet and the icon; axe-core in
# headless Chromium on every page at 1280 and 390 px (axe.mjs); the feeds through ROME and the CSV files
# through Commons CSV (ExportCheck.java, with the jar's own libraries), and both again through Python's
# parsers with the formats' rules checked strictly (check_exports.py). Exit status 1 when any found a problem.
# Node 18+, Python 3 and Chromium (CHROMIUM_BIN, default /usr/bin/chromium) are needed; the npm packages
# pinned below are installed into target/checkers/node on first use.
set -uo pipefail
BASE="${1:-http://localhost:8080}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="target/checkers"
TOOL="$OUT/node"
mkdir -p "$TOOL"
if [ ! -d "$TOOL/node_modules/puppeteer-core" ]; then
  (cd "$TOOL" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    vnu-jar@26.9.27 axe-core@4.14.1 puppeteer-core@24.43.1) || exit 2
fi
cp "$HERE"/crawl.mjs "$HERE"/axe.mjs "$TOOL"/   # ES modules find their packages beside them
rm -rf "$OUT/out"
node "$TOOL/crawl.mjs" "$BASE" "$OUT/out" > "$OUT/crawl.txt" || { cat "$OUT/crawl.txt"; exit 2; }
failed=0

VNU="$TOOL/node_modules/vnu-jar/build/dist/vnu.jar"
PAGES=$(node -e 'const p=require(process.argv[1]);console.log(p.filter(x=>x.status<300||x.status>=400)
  .map(x=>process.argv[2]+"/pages/"+x.file+".html").join("\n"))' "$PWD/$OUT/out/pages.json" "$OUT/out")
echo "== Nu Html Checker $(java -jar "$VNU" --version) on $(echo "$PAGES" | wc -l) pages (errors and warnings)"
echo "$PAGES" | xargs java -jar "$VNU" --format gnu --Werror --also-check-svg || failed=1
echo "== Nu Html Checker on the style sheet and the icon (its CSS checker predates container queries: see docs/quality.md)"
java -jar "$VNU" --format gnu --css src/main/resources/public/style.css
java -jar "$VNU" --format gnu --svg src/main/resources/public/favicon.svg || failed=1

echo "== axe-core in Chromium"
node "$TOOL/axe.mjs" "$BASE" "$OUT/out" > "$OUT/axe.txt"; axe=$?
grep -v ': ok$' "$OUT/axe.txt"; [ $axe -eq 0 ] || failed=1

echo "== ROME and Commons CSV"
java -cp 'target/lib/*' "$HERE/ExportCheck.java" "$OUT/out" > "$OUT/exports-java.txt" || failed=1
grep -v ': ok$' "$OUT/exports-java.txt"
echo "== Python's xml and csv, strict RFC 4287 / RFC 4180 rules"
python3 "$HERE/check_exports.py" "$OUT/out" > "$OUT/exports-python.txt" || failed=1
grep -v ': ok$' "$OUT/exports-python.txt"
# Session 26: third-party readers (feedparser, xmllint, pandas, csvkit's csvclean), when installed: on Debian,
# apt-get install libxml2-utils python3-feedparser python3-pandas csvkit (PARSERS_PYTHON names that Python).
PY="${PARSERS_PYTHON:-/usr/bin/python3}"
if command -v xmllint >/dev/null && command -v csvclean >/dev/null && "$PY" -c 'import feedparser, pandas' 2>/dev/null; then
  echo "== feedparser and xmllint; Python's csv (strict), pandas and csvclean"
  "$PY" "$HERE/check_feeds_csv_parsers.py" "$OUT/out" > "$OUT/exports-parsers.txt" || failed=1
  grep -v '^ok ' "$OUT/exports-parsers.txt"
else
  echo "== feedparser, xmllint, pandas, csvclean: not installed, skipped"
fi
exit $failed
