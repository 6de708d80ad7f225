// Visits every kind of page a visitor, a signed-in user and an admin can reach on a running Facetwire
// (started on a fresh data folder with the demo articles, so the first account to sign up is the admin),
// and saves each answer for the checkers: OUT/pages/NAME.html, OUT/feeds/NAME.atom, OUT/csv/NAME.csv,
// and OUT/pages.json (name, method, path, form body, status, content type) so that the browser checks
// can load the very same pages, POST answers included, with the same cookies (OUT/cookies.json).
//
//   node crawl.mjs BASE_URL OUT_DIR
import fs from "node:fs";
import path from "node:path";

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  console.error("usage: node crawl.mjs BASE_URL OUT_DIR");
  process.exit(2);
}
for (const d of ["pages", "feeds", "csv"]) fs.mkdirSync(path.join(out, d), { recursive: true });

const cookies = new Map();
function remember(res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
  }
}
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");

async function request(method, p, body, extraHeaders = {}) {
  const headers = { Cookie: cookieHeader(), ...extraHeaders };
  if (body !== undefined && !headers["Content-Type"]) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await fetch(base + p, { method, body, headers, redirect: "manual" });
  remember(res);
  const text = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type") || "", location: res.headers.get("location"),
    retryAfter: res.headers.get("retry-after"), body: text };
}

const csrf = async () => {
  const r = await request("GET", "/signin");
  const m = r.body.toString().match(/name="csrf" value="([^"]+)"/);
  if (!m) throw new Error("no CSRF field on /signin");
  return m[1];
};
const form = (fields) => new URLSearchParams(fields).toString();
async function post(p, fields) {
  return request("POST", p, form({ ...fields, csrf: await csrf() }));
}

const pages = [];
let signedIn = false;
async function page(name, p, { method = "GET", fields = null, raw = null, expect = null } = {}) {
  let r;
  let body = null;
  if (method === "POST") {
    body = raw ?? form({ ...fields, csrf: await csrf() });
    r = await request("POST", p, body);
  } else {
    r = await request("GET", p);
  }
  const file = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  fs.writeFileSync(path.join(out, "pages", file + ".html"), r.body);
  pages.push({ name, file, method, path: p, body, status: r.status, type: r.type, signedIn });
  const flag = expect != null && r.status !== expect ? `  (expected ${expect})` : "";
  console.log(`${String(r.status).padEnd(4)} ${method.padEnd(4)} ${name}: ${p}${flag}`);
  return r;
}
const enc = (v) => encodeURIComponent(v);

// --- anonymous visitor ---
const api = JSON.parse((await request("GET", "/api/search?q=Solovyov")).body);
const articleId = api.hits[0].id;
const facets = JSON.parse((await request("GET", "/api/search?q=sanctions")).body).facets;
const first = (facet) => facets[facet]?.[0]?.value;
await page("home", "/");
await page("search, no query", "/search");
await page("search, a query", "/search?q=election");
await page("search, one facet filter", "/search?q=election&country=United+States");
await page("search, several facet filters and an exclusion",
  `/search?q=sanctions&country=Russia&country=${enc(first("country"))}&topic=${enc(first("topic"))}` +
  "&not_person=Donald+Trump&from=2017-01-01&to=2021-12-31&sort=newest");
await page("search, expanded facet lists", "/search?q=the&expand=country&expand=person");
await page("facet value search (All page with a prefix)", "/facets/person?prefix=put");
await page("facet All page, A-Z", "/facets/person?order=az");
await page("facet All page, page 2", "/facets/country?page=2");
await page("search, page 2", "/search?q=the&page=2");
await page("search, last reachable page", "/search?q=the&page=20");
await page("search, no results", "/search?q=zzzqqqxxyy");
await page("search, odd characters", "/search?q=" + enc(`<script>alert("x")</script> 'ö' & é\u202e \u{1F600} %00 \\ ] [`));
await page("search that cannot run", "/search?q=%22unclosed&from=not-a-date");
await page("search, a wildcard", "/search?q=elect*");
await page("map", "/search/map?q=sanctions");
await page("article", "/articles/" + enc(articleId));
await page("article, from a search", "/articles/" + enc(articleId) + "?back=" + enc("/search?q=Solovyov"));
for (const facet of Object.keys(facets)) {
  if (first(facet)) await page(`entity: ${facet}`, `/${facet}/${enc(first(facet)).replace(/\+/g, "%20")}`);
}
await page("entity: person with a non-canonical name (redirect)", "/person/putin");
await page("sign in", "/signin");
await page("sign up", "/signup");
await page("sign up refused (passwords differ)", "/signup", { method: "POST",
  fields: { email: "x@example.org", password: "one long password", password_confirm: "another one" }, expect: 400 });
await page("sign in refused (wrong password)", "/signin", { method: "POST",
  fields: { email: "nobody@example.org", password: "wrong password" }, expect: 401 });
await page("404", "/no/such/page", { expect: 404 });
await page("404, missing article", "/articles/no-such-article", { expect: 404 });
await page("404, unknown entity", "/person/Nobody%20Atall", { expect: 404 });
await page("400 from Jetty (bad escape)", "/person/%ZZ", { expect: 400 });
await page("404, unknown facet", "/facets/nosuchfacet", { expect: 404 });
await page("400, a parameter out of range", "/articles/" + enc(articleId) + "?back=" + enc("x".repeat(9000)));
await page("403 (a form without its CSRF token)", "/search", { method: "POST", raw: "q=x", expect: 403 });
await page("POST to a page that only answers GET", "/search", { method: "POST", fields: { q: "x" }, expect: 404 });
await page("413 (a form body over its limit)", "/signin", { method: "POST",
  raw: "email=a&password=" + "x".repeat(2_000_000), expect: 413 });
await page("saved list, signed out (redirect)", "/saved");

// --- exports of a search, as a visitor ---
async function save(dir, name, p) {
  let r = await request("GET", p);
  // An export holds its place until the server has finished it, a moment after the last byte arrives: a
  // client that asks again at once can be told 429 with Retry-After, and a polite one waits and asks again.
  for (let tries = 0; r.status === 429 && tries < 3; tries++) {
    console.log(`429  GET  ${p}: waiting ${r.retryAfter} s as Retry-After asks`);
    await new Promise((done) => setTimeout(done, 1000 * Math.min(10, Number(r.retryAfter) || 1)));
    r = await request("GET", p);
  }
  fs.writeFileSync(path.join(out, dir, name), r.body);
  console.log(`${String(r.status).padEnd(4)} GET  ${dir}/${name}: ${p} (${r.type})`);
  return r;
}
await save("feeds", "search.atom", "/search.atom?q=election");
await save("feeds", "search-facets.atom", "/search.atom?q=sanctions&country=Russia");
await save("feeds", "search-empty.atom", "/search.atom?q=zzzqqqxxyy");
await save("feeds", "search-odd.atom", "/search.atom?q=" + enc(`<b>&"'\u{1F600}`));
await save("csv", "search.csv", "/search.csv?q=election");
await save("csv", "search-bom.csv", "/search.csv?q=election&bom=1");
await save("csv", "all.csv", "/search.csv");

// --- signed in: the first account on a fresh data folder is the admin ---
const email = process.env.CHECK_EMAIL || "checker@example.org";
const password = process.env.CHECK_PASSWORD || "checker password 1";
let r = await post("/signup", { email, password, password_confirm: password });
if (r.status !== 303) r = await post("/signin", { email, password });
if (r.status !== 303) throw new Error(`cannot sign up or in as ${email}: ${r.status}`);
signedIn = true;

// Articles whose text a feed, a CSV file and a page must carry safely: formula signs at a cell's start,
// quotes, commas, line breaks, markup, control characters XML 1.0 forbids, a lone surrogate, no date.
const hostile = [
  { id: "checker-formula", title: '=HYPERLINK("http://example.org/x","click")', source: "+Source",
    body: 'checkerhostile Russia. Comma, "quotes" and\nnewline\r\nCRLF end.', published_at: "2020-05-01T10:00:00Z" },
  { id: "checker-plus", title: "+1+1 plus", source: "@SUM(A1)", body: "checkerhostile -minus start", published_at: "2020-05-02T10:00:00Z" },
  { id: "checker-minus", title: "-2+3 minus", body: "checkerhostile @at start", published_at: "2020-05-03T10:00:00Z" },
  { id: "checker-tab", title: "\tTab first", body: "\rCR first checkerhostile", published_at: "2020-05-04T10:00:00Z" },
  { id: "checker-controls", title: "Control \u0001 \u0008 \u000b \u001f \u007f \u0085 \ufffe characters",
    body: "checkerhostile \u0000 nul \u000c form feed \u0002 and a lone \ud800 surrogate", published_at: "2020-05-05T10:00:00Z" },
  { id: "checker-markup", title: '<b>bold</b> & "amp" <script>x</script>', url: "https://example.org/a?b=1&c=<2>",
    body: "checkerhostile <p>markup</p> &amp; ]]> end" },
  // Session 16: bidirectional controls in the title, source and address (an IRI must not hold them, RFC 3987 4.1).
  { id: "checker-bidi", title: "Report \u202Efdp.exe", source: "Wire\u2067open", url: "https://example.org/report\u202Efdp.exe?x=\u200F",
    body: "checkerhostile stray \u2069 closer and \u202B embedding", published_at: "2020-05-06T10:00:00Z" },
];
r = await request("POST", "/api/articles", JSON.stringify(hostile),
  { "Content-Type": "application/json", "X-CSRF-Token": await csrf() });
console.log(`     imported the hostile articles: ${r.status} ${r.body.toString().slice(0, 300)}`);
await save("feeds", "hostile.atom", "/search.atom?q=checkerhostile");
await save("csv", "hostile.csv", "/search.csv?q=checkerhostile");
await save("csv", "hostile-bom.csv", "/search.csv?q=checkerhostile&bom=1");
await page("search, hostile article text", "/search?q=checkerhostile");
for (const a of hostile) await page(`article, hostile text (${a.id})`, "/articles/" + a.id);

r = await post("/saved", { name: "Elections <&> \"quoted\"", query: "q=election&country=United+States" });
const saved = r.location.split("?")[0];
await post(saved + "/share", {});
await post(saved + "/feed/reset", {});
await post("/account/webhook", { webhook_url: "http://127.0.0.1:9/hook" });
await post(saved + "/alerts", { alerts: "on" });
await post("/saved", { name: "Sanctions", query: "q=sanctions" });
r = await post("/saved", { name: "Hostile \u0001 =cell", query: "q=checkerhostile" });
const hostileSaved = r.location.split("?")[0];
await post(hostileSaved + "/feed/reset", {});
const hostileFeed = (await request("GET", hostileSaved)).body.toString().match(/value="[^"]*(\/feeds\/[^"]+)"/)?.[1];
if (hostileFeed) await save("feeds", "saved-hostile.atom", hostileFeed);
await page("saved search of hostile articles", hostileSaved);
for (const q of ["election", "sanctions", "Putin"]) await request("GET", "/search?q=" + q);
const savedHtml = (await request("GET", saved)).body.toString();
const shared = savedHtml.match(/value="[^"]*(\/shared\/[^"]+)"/)?.[1];
const feed = savedHtml.match(/value="[^"]*(\/feeds\/[^"]+)"/)?.[1];

await page("search, signed in (save form, history)", "/search?q=election");
await page("account", "/account");
await page("account, password change refused", "/account/password", { method: "POST",
  fields: { current_password: "wrong", new_password: "x", new_password_confirm: "y" } });
await page("history", "/account/history");
await page("saved searches list", "/saved");
await page("one saved search (share, feed, alerts on)", saved);
await page("someone else's saved search", "/saved/not-mine", { expect: 404 });
if (shared) await page("shared page (public)", shared);
if (feed) await save("feeds", "saved.atom", feed);
await page("admin: sources", "/admin/sources");
await post("/admin/sources", { name: "Checker feed <1>", url: "https://news.example.org/feed.xml", interval: "30" });
await page("admin: sources with one", "/admin/sources?done=added");
await page("admin: source refused", "/admin/sources", { method: "POST",
  fields: { name: "Bad", url: "ftp://example.org/feed", interval: "soon" }, expect: 400 });
await page("admin: topics", "/admin/topics");
await page("admin: topic editor", "/admin/topics/edit?topic=sanctions");
const block = "[sanctions]\nthreshold = 3\nmentions = 1\nshare = 0\n5  sanctions, embargo, election\n";
const editor = (await request("GET", "/admin/topics/edit?topic=sanctions")).body.toString();
const baseVersion = editor.match(/name="base" value="([^"]*)"/)?.[1] ?? "";
await page("admin: topic preview", "/admin/topics/preview", { method: "POST",
  fields: { topic: "sanctions", base: baseVersion, block, note: "checker" } });
await page("admin: topic definition refused", "/admin/topics/preview", { method: "POST",
  fields: { topic: "sanctions", base: baseVersion, block: "[sanctions]\n2 x near y: z\n" }, expect: 400 });
r = await post("/admin/topics/save", { topic: "sanctions", base: baseVersion, block, note: "checker <edit>" });
console.log(`     saved a topic version: ${r.status} ${r.location ?? ""}`);
await page("admin: topics with history", "/admin/topics");
await page("admin: topic editor after a save", "/admin/topics/edit?topic=sanctions");
for (let i = 0; i < 12; i++) {
  const t = await request("POST", "/signin", form({ email: "locked@example.org", password: "wrong " + i, csrf: await csrf() }));
  if (t.status === 429) break;
}
await page("sign in, too many attempts (429)", "/signin", { method: "POST",
  fields: { email: "locked@example.org", password: "wrong again" }, expect: 429 });

fs.writeFileSync(path.join(out, "pages.json"), JSON.stringify(pages, null, 1));
fs.writeFileSync(path.join(out, "cookies.json"), JSON.stringify([...cookies]));
console.log(`${pages.length} pages saved in ${out}/pages`);
