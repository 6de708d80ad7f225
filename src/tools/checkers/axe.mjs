// axe-core on every page crawl.mjs saved, in headless Chromium (puppeteer-core drives the machine's
// Chromium; nothing is downloaded): WCAG 2.0/2.1 A and AA rules, every impact, plus the count of checks
// axe could not decide ("incomplete", for a person to look at). Pages a visitor sees are loaded without
// cookies, signed-in pages with the crawl's session; a POST's answer is served to the browser at its own
// address from the saved body (the form cannot be posted twice: its CSRF token and the change it makes).
//
//   node axe.mjs BASE_URL OUT_DIR [AXE_PACKAGE]      (AXE_PACKAGE: axe-core, default)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const [base, out, axePackage = "axe-core"] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve(`${axePackage}/axe.min.js`), "utf8");
const axeVersion = require(`${axePackage}/package.json`).version;
const pages = JSON.parse(fs.readFileSync(path.join(out, "pages.json"), "utf8"));
const cookies = JSON.parse(fs.readFileSync(path.join(out, "cookies.json"), "utf8"));
const host = new URL(base).hostname;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const report = [];
let violations = 0;
for (const p of pages) {
  if (p.status >= 300 && p.status < 400) continue; // a redirect is not a page
  for (const width of [1280, 390]) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport(width < 600 ? { width, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { width, height: 1000 });
    if (p.signedIn) {
      await context.setCookie(...cookies.map(([name, value]) => ({ name, value, domain: host, path: "/" })));
    }
    if (p.method === "POST") {
      const saved = fs.readFileSync(path.join(out, "pages", p.file + ".html"));
      await tab.setRequestInterception(true);
      let served = false;
      tab.on("request", (req) => {
        if (!served && req.isNavigationRequest() && req.url() === base + p.path) {
          served = true;
          req.respond({ status: p.status, contentType: p.type, body: saved });
        } else {
          req.continue();
        }
      });
    }
    await tab.goto(base + p.path, { waitUntil: "networkidle0", timeout: 60000 });
    await tab.evaluate(axeSource);
    const result = await tab.evaluate(() => axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }));
    const found = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    violations += found.length;
    report.push({ page: p.name, width, violations: found,
      incomplete: result.incomplete.map((v) => `${v.id} (${v.nodes.length})`) });
    const line = found.length === 0 ? "ok" : found.map((v) => `${v.id} [${v.impact}] x${v.nodes} ${v.where.join(", ")}`).join("; ");
    console.log(`${String(width).padEnd(5)} ${p.name}: ${line}`);
    await context.close();
  }
}
await browser.close();
fs.writeFileSync(path.join(out, `axe-${axeVersion}.json`), JSON.stringify(report, null, 1));
console.log(`axe-core ${axeVersion}: ${violations} violations on ${report.length} page loads`);
process.exitCode = violations === 0 ? 0 : 1;
