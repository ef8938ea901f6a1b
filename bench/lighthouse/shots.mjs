// Screenshots (first screen and full page) and layout measurements of page kinds of a built
// site, at 360×740 and 1280×800, with headless Chromium:
//   [AS_OF=2020-05-20] node bench/lighthouse/shots.mjs SITE_DIR BASE_PATH OUT_DIR path...
// With AS_OF the pages' clock reads that day (the build date: statut.js then changes nothing).
// Prints, per page and width: header height, where the first main heading and the page's first
// action start, and whether the page overflows horizontally.
import puppeteer from "puppeteer-core";
import { mkdir } from "node:fs/promises";
import { serve } from "./serve.mjs";

const [root, basePath, out, ...paths] = process.argv.slice(2);
const server = await serve(root, basePath);
const base = `http://127.0.0.1:${server.address().port}${basePath}`;
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars"],
});
await mkdir(out, { recursive: true });
const page = await browser.newPage();
if (process.env.AS_OF) {
  const fixed = Date.parse(`${process.env.AS_OF}T10:00:00Z`);
  await page.evaluateOnNewDocument(`(() => { const offset = ${fixed} - Date.now(); const Real = Date;
    class FixedDate extends Real { constructor(...a) { if (a.length === 0) { super(Real.now() + offset); } else { super(...a); } }
      static now() { return Real.now() + offset; } }
    globalThis.Date = FixedDate; })();`);
}
for (const [w, h] of [[360, 740], [1280, 800]]) {
  await page.setViewport({ width: w, height: h });
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: "networkidle0" });
    const m = await page.evaluate(() => {
      const header = document.querySelector(".site-header").getBoundingClientRect();
      const h1 = document.querySelector("h1").getBoundingClientRect();
      return {
        header: Math.round(header.height),
        h1: Math.round(h1.top + scrollY),
        scrollWidth: document.documentElement.scrollWidth,
        width: innerWidth,
        height: document.documentElement.scrollHeight,
        // where the page's first answer starts: how to apply, the chamber, the situations
        action: (() => {
          const e = document.querySelector("main .measure__actions, main .apply, main .local-chamber, main .situations");
          return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null;
        })(),
        howTo: (() => {
          const e = document.querySelector("main [id^=comment-faire]");
          return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null;
        })(),
      };
    });
    const name = p.replace(/index\.html.*$/, "").replace(/\/$/, "").replace(/\//g, "_") || "accueil";
    await page.screenshot({ path: `${out}/${name}-${w}.png` });
    await page.screenshot({ path: `${out}/${name}-${w}-full.png`, fullPage: true });
    console.log(`${w}x${h} ${p}: header ${m.header} px (${Math.round((100 * m.header) / h)} %), h1 at ${m.h1}, first answer at ${m.action}, « Comment faire » at ${m.howTo}, `
      + `page ${m.height} px (${(m.height / h).toFixed(1)} screens), width ${m.scrollWidth}/${m.width}`);
  }
}
await browser.close();
server.close();
