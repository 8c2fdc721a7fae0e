// Keystroke-to-results-painted time of the search view in headless Chromium: types queries one
// key at a time into the single file and reads the times the app records (from the input event to
// the task after the next frame, so the figure includes the page's own rendering).
//
// Two runs: with Chromium's normal 60 Hz frame clock, where each figure also holds the wait for
// the next display refresh (0 to 16.7 ms, whatever the app does), and with the frame clock
// unthrottled (a frame is drawn as soon as there is something to draw), which leaves the app's
// and the browser's work alone.
// Usage: node bench/keystroke.mjs <single file> (run by `cargo xtask bench`).
import { chromium } from "playwright-core";

const file = process.argv[2];
const queries = ["Oekraïne steun", "defensie-uitgaven", "NAVO-top Den Haag", "drones Oekraine", "bondgenoten", "luchtverdediging", "Zelensky", "capaciteitsdoelstellingen"];
const baseArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

async function measure(extraArgs) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    // Playwright starts the browser with a fresh temporary profile of its own.
    args: [...baseArgs, ...extraArgs],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`file://${file}#/zoeken`);
  await page.waitForSelector("#search-input");
  await page.evaluate(() => (window.__summitTimings = []));
  for (const q of queries) {
    // Clear the box as a person does: select all, then Backspace (a keystroke, timed too).
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.waitForTimeout(50);
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
  return { n: ms.length, median: at(0.5), p95: at(0.95) };
}

for (const [label, args] of [
  ["60 Hz frame clock (includes the wait for the next refresh)", []],
  ["frame clock unthrottled (the work alone)", ["--disable-frame-rate-limit", "--disable-gpu-vsync"]],
]) {
  const r = await measure(args);
  console.log(`  keystroke to results painted, headless Chromium, ${label} (${r.n} keystrokes): median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`);
}
