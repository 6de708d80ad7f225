#!/usr/bin/env bash
# Lighthouse on the main page types of a running Facetwire, phone and desktop, and a summary table.
# Not part of the Maven build (it needs Node): run it by hand against `facetwire serve` with the demo
# articles, then copy the table into docs/quality.md.
#
#   src/tools/lighthouse/run-lighthouse.sh [BASE_URL]        (default http://localhost:8080)
#
# Every kind of public page is measured. With LIGHTHOUSE_COOKIE set to a signed-in admin's cookies
# ("name=value; name=value", e.g. from src/tools/checkers/run-checkers.sh, which leaves them in
# target/checkers/out/cookies.json as [name, value] pairs: see docs/quality.md for the one-liner), the account and admin pages are measured too, and so is one saved
# search (LIGHTHOUSE_SAVED=/saved/ID) and its share page (LIGHTHOUSE_SHARED=/shared/TOKEN).
# LIGHTHOUSE_ONLY=name,name measures those pages alone; LIGHTHOUSE_FORMS=mobile (or desktop) one form only
# (a run of both over every page kind takes an hour on a shared 2-core machine).
#
# Needs Node 18+ and Chromium; installs Lighthouse (pinned below) into target/lighthouse/node on first
# use. CHROMIUM_BIN names the browser (default /usr/bin/chromium, as the browser tests use).
# Reports (HTML and JSON) go to target/lighthouse/.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12.8.2}"
export CHROME_PATH="${CHROMIUM_BIN:-/usr/bin/chromium}"
OUT="target/lighthouse"
TOOL="$OUT/node"
mkdir -p "$TOOL"
if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$TOOL" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
LH="$TOOL/node_modules/.bin/lighthouse"

# An article and an entity that exist in the demo corpus.
ARTICLE=$(curl -fsS "$BASE/api/search?q=Solovyov" | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(encodeURIComponent(JSON.parse(s).hits[0].id)))')
PAGES=("home=/" "search=/search?q=election" "search-facets=/search?q=sanctions&country=Russia"
  "article=/articles/$ARTICLE" "entity=/person/Vladimir%20Putin"
  "search-empty-query=/search" "search-several-facets=/search?q=sanctions&country=Russia&country=Iran&not_person=Donald%20Trump&sort=newest"
  "search-expanded=/search?q=the&expand=country&expand=person" "search-page-2=/search?q=the&page=2"
  "search-no-results=/search?q=zzzqqqxxyy" "search-odd-characters=/search?q=%3Cb%3E%22x%22%20%26%20%C3%B6%20%F0%9F%98%80"
  "facet-all=/facets/person?order=az" "facet-value-search=/facets/person?prefix=put" "map=/search/map?q=sanctions"
  "entity-country=/country/Russia" "entity-organization=/organization/European%20Union" "entity-topic=/topic/sanctions"
  "entity-source=/source/Wikinews" "signin=/signin" "signup=/signup"
  "search-bad-parameters=/search?q=election&from=not-a-date&page=abc&sort=bogus")
# Error pages are left out: Lighthouse refuses to measure a page whose status is not 2xx
# (ERRORED_DOCUMENT_REQUEST). The Nu checker and axe cover them (docs/quality.md).
HEADERS=()
if [ -n "${LIGHTHOUSE_COOKIE:-}" ]; then
  HEADERS=(--extra-headers="$(node -e 'console.log(JSON.stringify({Cookie: process.argv[1]}))' "$LIGHTHOUSE_COOKIE")")
  PAGES+=("account=/account" "history=/account/history" "saved-list=/saved" "admin-sources=/admin/sources"
    "admin-topics=/admin/topics" "admin-topic-editor=/admin/topics/edit?topic=sanctions"
    # The hostile articles run-checkers.sh imports (markup, controls, bidi overrides in titles, sources and addresses).
    "search-hostile-text=/search?q=checkerhostile" "article-hostile-text=/articles/checker-bidi")
  [ -n "${LIGHTHOUSE_SAVED:-}" ] && PAGES+=("saved-search=$LIGHTHOUSE_SAVED")
fi
[ -n "${LIGHTHOUSE_SHARED:-}" ] && PAGES+=("shared=$LIGHTHOUSE_SHARED")
if [ -n "${LIGHTHOUSE_ONLY:-}" ]; then
  KEEP=(); for page in "${PAGES[@]}"; do [[ ",$LIGHTHOUSE_ONLY," == *",${page%%=*},"* ]] && KEEP+=("$page"); done
  PAGES=("${KEEP[@]}")
fi

for page in "${PAGES[@]}"; do
  name="${page%%=*}"; path="${page#*=}"
  for form in ${LIGHTHOUSE_FORMS:-mobile desktop}; do
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    "$LH" "$BASE$path" "${preset[@]}" "${HEADERS[@]}" --quiet --output=json --output=html \
      --output-path="$OUT/$name-$form" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" || true
  done
done

node - "$OUT" "${PAGES[@]}" <<'JS'
const fs = require("fs");
const [out, ...pages] = process.argv.slice(2);
const pct = s => (s == null ? "n/a" : Math.round(s * 100));
console.log("| page | form | performance | accessibility | best practices | SEO | CLS | LCP (s) |");
console.log("|---|---|---|---|---|---|---|---|");
let version = "";
for (const page of pages) {
  const name = page.split("=")[0];
  for (const form of (process.env.LIGHTHOUSE_FORMS || "mobile desktop").split(" ")) {
    const file = `${out}/${name}-${form}.report.json`;
    if (!fs.existsSync(file)) { console.log(`| ${name} | ${form} | failed |||||| `); continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    version = r.lighthouseVersion;
    const c = r.categories, a = r.audits;
    console.log(`| ${name} | ${form} | ${pct(c.performance.score)} | ${pct(c.accessibility.score)} | ` +
      `${pct(c["best-practices"].score)} | ${pct(c.seo.score)} | ` +
      `${a["cumulative-layout-shift"].numericValue.toFixed(3)} | ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(1)} |`);
    const failed = Object.values(a).filter(x => x.score !== null && x.score < 1 &&
      ["accessibility", "best-practices", "seo"].some(k => c[k].auditRefs.some(ref => ref.id === x.id && ref.weight > 0)));
    for (const f of failed) console.error(`  ${name}/${form}: ${f.id} (${f.score}) ${f.title}`);
  }
}
console.log(`\nLighthouse ${version}`);
JS
