// Lighthouse (mobile: its default emulated phone and simulated slow 4G) on page kinds of a built
// site, each audited RUNS times; prints the median score of each category per page:
//   node bench/lighthouse/lighthouse.mjs SITE_DIR BASE_PATH RUNS AS_OF name=path...
// The pages' clock reads AS_OF (and runs on), the build date: read on another day, assets/statut.js updates the
// statuses that changed since (a nightly rebuild keeps that day the build day).
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { serve } from "./serve.mjs";

const [root, basePath, runsArg, asOf, ...kinds] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const server = await serve(root, basePath);
const base = `http://127.0.0.1:${server.address().port}${basePath}`;
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run"],
});
const fixed = Date.parse(`${asOf}T10:00:00Z`);
const clock = `(() => { const offset = ${fixed} - Date.now(); const Real = Date;
  class FixedDate extends Real { constructor(...a) { if (a.length === 0) { super(Real.now() + offset); } else { super(...a); } }
    static now() { return Real.now() + offset; } }
  globalThis.Date = FixedDate; })();`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let failed = false;
try {
  for (const kind of kinds) {
    const name = kind.slice(0, kind.indexOf("="));
    const path = kind.slice(kind.indexOf("=") + 1);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const problems = new Set();
    let lcp = [], cls = [], tbt = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(clock);
      const result = await lighthouse(base + path, {
        output: "json", logLevel: "error", onlyCategories: CATEGORIES,
      }, undefined, page);
      await page.close();
      const lhr = result.lhr;
      if (lhr.runtimeError) {
        throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      }
      for (const c of CATEGORIES) scores[c].push(Math.round(lhr.categories[c].score * 100));
      lcp.push(lhr.audits["largest-contentful-paint"].numericValue);
      cls.push(lhr.audits["cumulative-layout-shift"].numericValue);
      tbt.push(lhr.audits["total-blocking-time"].numericValue);
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c].auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1 && c !== "performance") {
            problems.add(`${c}: ${a.id} (${a.title})`);
          }
        }
      }
    }
    const row = { name, path, lcp: median(lcp), cls: median(cls), tbt: median(tbt) };
    for (const c of CATEGORIES) row[c] = median(scores[c]);
    rows.push(row);
    const line = `${name.padEnd(22)} perf ${row.performance}  a11y ${row.accessibility}  bp ${row["best-practices"]}`
      + `  seo ${row.seo}  LCP ${(row.lcp / 1000).toFixed(2)} s  CLS ${row.cls.toFixed(3)}  TBT ${Math.round(row.tbt)} ms`;
    console.log(line);
    for (const p of problems) console.log(`    ${p}`);
    if (row.performance < 95 || row.accessibility < 100 || row["best-practices"] < 100 || row.seo < 100) {
      failed = true;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log("\n| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo}`
    + ` | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`);
}
process.exitCode = failed ? 1 : 0;
