// Session 28 (docs/quality.md): the pages, feeds and CSV of articles in other languages and of saved searches with
// hostile names, saved for the checkers as crawl.mjs saves its own (OUT/pages, OUT/feeds, OUT/csv, pages.json,
// cookies.json), after run-checkers.sh has signed up the admin on a fresh data folder:
//
//   cp src/tools/checkers/languages.mjs target/checkers/node/ && node target/checkers/node/languages.mjs BASE_URL OUT_DIR
//   java -jar target/checkers/node/node_modules/vnu-jar/build/dist/vnu.jar --Werror OUT_DIR/pages/*.html
//   node target/checkers/node/axe.mjs BASE_URL OUT_DIR
//   python3 src/tools/checkers/check_exports.py OUT_DIR; /usr/bin/python3 src/tools/checkers/check_feeds_csv_parsers.py OUT_DIR
import fs from "node:fs";
import path from "node:path";
const ARTICLES = [
 {
  "id": "s28-de",
  "token": "sxxviiide",
  "title": "Regierung senkt die Steuern für kleine Unternehmen sxxviiide",
  "source": "Probe",
  "published_at": "2020-05-01T10:00:00Z",
  "text": "sxxviii sxxviiide Die Bundesregierung hat am Mittwoch in Berlin beschlossen, dass die Steuern für kleine Unternehmen im kommenden Jahr gesenkt werden sollen. Der Finanzminister sagte, die Wirtschaft brauche nach den schwierigen Monaten eine deutliche Entlastung, und die Opposition kritisierte den Plan als zu spät und zu klein für die Betriebe im ganzen Land."
 },
 {
  "id": "s28-yi",
  "token": "sxxviiiyi",
  "title": "די ייִדישע שפּראַך אין ניו־יאָרק sxxviiiyi",
  "source": "פֿאָרווערטס",
  "published_at": "2020-05-02T10:00:00Z",
  "text": "sxxviii sxxviiiyi די ייִדישע שפּראַך איז אַ גערמאַנישע שפּראַך וואָס ווערט גערעדט פֿון ייִדן איבער דער גאָרער וועלט. זי האָט זיך אַנטוויקלט אין מיטל־אייראָפּע מיט טויזנט יאָר צוריק, און זי ווערט געשריבן מיט העברעיִשע אותיות. היינט רעדן נאָך הונדערטער טויזנטער מענטשן ייִדיש, בפֿרט אין ניו־יאָרק און אין ירושלים, און מע דרוקט נאָך צייטונגען און ביכער אויף ייִדיש."
 },
 {
  "id": "s28-he",
  "token": "sxxviiihe",
  "title": "הממשלה מורידה מסים לעסקים קטנים sxxviiihe",
  "source": "הארץ",
  "published_at": "2020-05-03T10:00:00Z",
  "text": "sxxviii sxxviiihe הממשלה החליטה ביום רביעי בירושלים להוריד את המסים לעסקים קטנים בשנה הבאה. שר האוצר אמר שהכלכלה זקוקה להקלה משמעותית לאחר החודשים הקשים, והאופוזיציה מתחה ביקורת על התוכנית ואמרה שהיא מאוחרת מדי וקטנה מדי לעסקים בכל הארץ."
 },
 {
  "id": "s28-ar",
  "token": "sxxviiiar",
  "title": "الحكومة تخفض الضرائب على الشركات الصغيرة 🎉 sxxviiiar",
  "source": "الأهرام",
  "published_at": "2020-05-04T10:00:00Z",
  "text": "sxxviii sxxviiiar قررت الحكومة يوم الأربعاء في القاهرة خفض الضرائب على الشركات الصغيرة في العام المقبل. وقال وزير المالية إن الاقتصاد يحتاج إلى دعم كبير بعد الأشهر الصعبة، وانتقدت المعارضة الخطة ووصفتها بأنها متأخرة جدا وصغيرة جدا بالنسبة للشركات في كل البلاد. 🇪🇬 👩‍👩‍👧"
 },
 {
  "id": "s28-ast",
  "token": "sxxviiiast",
  "title": "El gobiernu baxa los impuestos sxxviiiast",
  "source": "Probe",
  "published_at": "2020-05-05T10:00:00Z",
  "text": "sxxviii sxxviiiast El gobiernu asturianu aprobó el miércoles n'Uviéu baxar los impuestos a les pequeñes empreses l'añu que vien. El conseyeru de Facienda dixo que la economía precisa un alivio depués de los meses malos, y la oposición criticó el plan porque ye tardíu y pequeñu pa les empreses de tol país."
 },
 {
  "id": "s28-zh",
  "token": "sxxviiizh",
  "title": "政府宣布为小企业减税 sxxviiizh",
  "source": "新华社",
  "published_at": "2020-05-06T10:00:00Z",
  "text": "sxxviii sxxviiizh 政府星期三在北京宣布，明年将为小型企业减税。财政部长表示，经过艰难的几个月之后，经济需要明显的减负，而反对派批评该计划为时已晚且规模太小，无法帮助全国各地的企业。"
 },
 {
  "id": "s28-fa",
  "token": "sxxviiifa",
  "title": "دولت مالیات شرکت‌های کوچک را کاهش می‌دهد sxxviiifa",
  "source": "Probe",
  "published_at": "2020-05-07T10:00:00Z",
  "text": "sxxviii sxxviiifa دولت روز چهارشنبه در تهران تصمیم گرفت که مالیات شرکت‌های کوچک را در سال آینده کاهش دهد. وزیر اقتصاد گفت که اقتصاد پس از ماه‌های دشوار به کمک جدی نیاز دارد و مخالفان این طرح را دیرهنگام و بسیار کوچک خواندند."
 }
];
const NAMES = ["\u05d9\u05d9\u05b4\u05d3\u05d9\u05e9 <&> \"\u05e9\u05de\u05d5\u05e8\" 'x'", "\u0628\u062d\u062b \u0645\u062d\u0641\u0648\u0638 \u202eevil\u202c \ud83c\udf89", "\u202e\u2067 open isolate", "</title><script>alert(1)</script>", "  ", "x".repeat(300), "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 family \u200d\u200b zero width", "Control \u0001\b\u000b\u007f\u0085 chars", "line\nbreak\r\nname", "a\u0000nul", "\ud800 lone"];
const [base, out] = process.argv.slice(2);
const email = process.env.CHECK_EMAIL || "checker@example.org";
const password = process.env.CHECK_PASSWORD || "checker password 1";
fs.mkdirSync(path.join(out, "pages"), { recursive: true });
fs.mkdirSync(path.join(out, "feeds"), { recursive: true });
fs.mkdirSync(path.join(out, "csv"), { recursive: true });
const cookies = new Map();
function remember(res) { for (const c of res.headers.getSetCookie()) { const [pair] = c.split(";"); const i = pair.indexOf("="); cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1)); } }
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
async function request(method, p, body, extra = {}) {
  const headers = { Cookie: cookieHeader(), ...extra };
  if (body !== undefined && !headers["Content-Type"]) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await fetch(base + p, { method, body, headers, redirect: "manual" });
  remember(res);
  return { status: res.status, type: res.headers.get("content-type") || "", location: res.headers.get("location"), body: Buffer.from(await res.arrayBuffer()) };
}
const csrf = async () => (await request("GET", "/signin")).body.toString().match(/name="csrf" value="([^"]+)"/)[1];
const form = (f) => new URLSearchParams(f).toString();
const post = async (p, f) => request("POST", p, form({ ...f, csrf: await csrf() }));
const pages = []; let signedIn = false;
async function page(name, p, { method = "GET", fields = null, raw = null, headers = {} } = {}) {
  let body = null, r;
  if (method !== "GET") { body = raw ?? form({ ...fields, csrf: await csrf() }); r = await request(method, p, body, headers); }
  else r = await request("GET", p, undefined, headers);
  const file = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  fs.writeFileSync(path.join(out, "pages", file + ".html"), r.body);
  pages.push({ name, file, method, path: p, body, status: r.status, type: r.type, signedIn });
  console.log(`${String(r.status).padEnd(4)} ${method.padEnd(4)} ${name}: ${p} (${r.type})`);
  return r;
}
async function save(dir, name, p) { const r = await request("GET", p); fs.writeFileSync(path.join(out, dir, name), r.body); console.log(`${r.status} ${dir}/${name} ${p} ${r.type}`); return r; }
const enc = encodeURIComponent;
let r = await post("/signin", { email, password });
if (r.status !== 303) throw new Error("signin " + r.status);
signedIn = true;
const arts = ARTICLES;
r = await request("POST", "/api/articles", JSON.stringify(arts), { "Content-Type": "application/json", "X-CSRF-Token": await csrf() });
console.log("import", r.status, r.body.toString().slice(0, 300));
for (const a of arts) {
  const api = JSON.parse((await request("GET", "/api/articles/" + enc(a.id))).body);
  console.log(a.id, JSON.stringify(api.facets?.language ?? api.language ?? api.facets));
}
await page("search s28 all", "/search?q=sxxviii");
for (const a of arts) await page("article " + a.id, "/articles/" + enc(a.id));
for (const a of arts) await page("search " + a.id, "/search?q=" + enc(a.token));
const langs = JSON.parse((await request("GET", "/api/search?q=sxxviii")).body).facets.language;
console.log("language facet", JSON.stringify(langs));
for (const l of langs || []) await page("entity language " + l.value, "/language/" + enc(l.value).replace(/\+/g, "%20"));
for (const l of langs || []) await page("search language filter " + l.value, "/search?q=sxxviii&language=" + enc(l.value));
await page("facet all language", "/facets/language");
await save("feeds", "s28.atom", "/search.atom?q=sxxviii");
await save("csv", "s28.csv", "/search.csv?q=sxxviii");
// saved searches with hostile names
const names = NAMES;
let i = 0;
for (const n of names) {
  r = await post("/saved", { name: n, query: "q=sxxviii" });
  console.log("save", JSON.stringify(n).slice(0, 60), r.status, r.location);
  if (r.status === 303 && r.location && r.location.startsWith("/saved/")) {
    const s = r.location.split("?")[0];
    await page("saved hostile name " + (i++), s);
    const sr = await post(s + "/share", {});
    const html = (await request("GET", s)).body.toString();
    const sh = html.match(/value="[^"]*(\/shared\/[^"]+)"/)?.[1];
    if (sh) { signedIn = false; const keep = new Map(cookies); cookies.clear(); await page("shared hostile name " + (i - 1), sh); for (const [k, v] of keep) cookies.set(k, v); signedIn = true; }
    await post(s + "/feed/reset", {});
    const fd = (await request("GET", s)).body.toString().match(/value="[^"]*(\/feeds\/[^"]+)"/)?.[1];
    if (fd) await save("feeds", `saved-${i - 1}.atom`, fd);
  } else {
    const file = "saved-refused-" + (i++);
    fs.writeFileSync(path.join(out, "pages", file + ".html"), r.body);
    pages.push({ name: "saved refused " + JSON.stringify(n).slice(0, 30), file, method: "POST", path: "/saved", body: null, status: r.status, type: r.type, signedIn });
  }
}
await page("saved list with hostile names", "/saved");
fs.writeFileSync(path.join(out, "pages.json"), JSON.stringify(pages, null, 1));
fs.writeFileSync(path.join(out, "cookies.json"), JSON.stringify([...cookies]));
