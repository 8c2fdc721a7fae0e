// Keystroke-to-results-painted time of the search view in headless Chromium: types queries one
// key at a time into the search build's single file and reads the times the app records
// (from the input event to the task after the next frame).
// Usage: node bench/keystroke.mjs <single file> (run by `cargo xtask bench`).
import { chromium } from "playwright-core";

const file = process.argv[2];
const queries = ["Oekraïne steun", "defensie-uitgaven", "NAVO-top Den Haag", "drones Oekraine", "bondgenoten", "luchtverdediging", "Zelensky", "capaciteitsdoelstellingen"];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  // Playwright starts the browser with a fresh temporary profile of its own.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
await page.goto(`file://${file}#/zoeken`);
await page.waitForSelector("#search-input");
await page.evaluate(() => (window.__summitTimings = []));
for (const q of queries) {
  await page.fill("#search-input", "");
  for (const ch of q) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
}
const ms = (await page.evaluate(() => window.__summitTimings)).sort((a, b) => a - b);
await browser.close();
if (errors.length) {
  console.error("page errors:", errors);
  process.exit(1);
}
const at = (q) => ms[Math.round((ms.length - 1) * q)];
console.log(`  keystroke to results painted, headless Chromium (${ms.length} keystrokes): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
