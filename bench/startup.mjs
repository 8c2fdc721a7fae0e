// Start-up time of the single file opened from disk (file://) in headless Chromium, from the
// start of navigation to the library in the page (its list of letters in the DOM: the start page
// the build wrote in), to the first paint with content (what a person first sees: the browser
// paints nothing while a script runs), and to the app ready (it has drawn its own page: search
// and every view work), beside a plain static HTML page that holds the same text (every letter's
// title and paragraphs, no script). Each page is opened RUNS times in a fresh tab; the figures
// are medians.
// Usage: node bench/startup.mjs <single file> <corpus.json> (run by `cargo xtask bench`).
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = 15;
const [file, corpusPath] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

// The same text as a static page: a list of letters, then each letter's blocks.
const staticHtml =
  `<!doctype html><html lang="nl"><meta charset="utf-8"><title>static</title><body>` +
  `<ol data-testid="letter-list">` +
  corpus.letters.map((l) => `<li>${esc(l.title.value)}</li>`).join("") +
  `</ol>` +
  corpus.letters
    .map((l) => `<article><h2>${esc(l.title.value)}</h2>${l.blocks.map((b) => `<p>${esc(b.text)}</p>`).join("")}</article>`)
    .join("") +
  `</body></html>`;
const dir = mkdtempSync(join(tmpdir(), "summit-startup-"));
const staticFile = join(dir, "static.html");
writeFileSync(staticFile, staticHtml);

// Records the time the letter list first holds an item, and the time the app marks itself
// ready, from navigation start (the static page has no app: its ready time is its shown time).
const probe = () => {
  const seen = () => document.querySelector('[data-testid="letter-list"] li');
  const ready = () => document.documentElement.dataset.app === "ready" || document.title === "static";
  const record = () => {
    if (window.__shownAt === undefined && seen()) window.__shownAt = performance.now();
    if (window.__readyAt === undefined && window.__shownAt !== undefined && ready()) window.__readyAt = performance.now();
    return window.__readyAt !== undefined;
  };
  new MutationObserver((_, obs) => record() && obs.disconnect()).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-app"],
  });
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext();
await context.addInitScript(probe);

async function time(path) {
  const ms = [];
  const readyMs = [];
  const paintMs = [];
  const errors = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`file://${path}`);
    await page.waitForFunction(
      () => window.__readyAt !== undefined && performance.getEntriesByName("first-contentful-paint").length,
      null,
      { timeout: 20000 },
    );
    const [t, r, p] = await page.evaluate(() => [
      window.__shownAt,
      window.__readyAt,
      performance.getEntriesByName("first-contentful-paint")[0].startTime,
    ]);
    await page.close();
    // The first opening warms the browser's own caches: not counted.
    if (i > 0) {
      ms.push(t);
      readyMs.push(r);
      paintMs.push(p);
    }
  }
  if (errors.length) {
    console.error("page errors:", errors);
    process.exit(1);
  }
  const median = (v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return [median(ms), median(paintMs), median(readyMs)];
}

const [app, appPaint, appReady] = await time(file);
const [plain, plainPaint] = await time(staticFile);
await browser.close();
const ms = (v) => `${v.toFixed(1)} ms`;
console.log(
  `  start-up from file://, headless Chromium, median of ${RUNS}, single file against a static page with the same text:\n` +
    `    library in the page          ${ms(app)} against ${ms(plain)}, ratio ${(app / plain).toFixed(2)}\n` +
    `    first paint with content     ${ms(appPaint)} against ${ms(plainPaint)}, ratio ${(appPaint / plainPaint).toFixed(2)}\n` +
    `    app ready (search works)     ${ms(appReady)} against the static page's library ${ms(plain)}, ratio ${(appReady / plain).toFixed(2)}`,
);
