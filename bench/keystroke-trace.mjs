// Where the browser spends a keystroke in the search view: types queries into the single file in
// headless Chromium (frame clock unthrottled) under a performance trace, and prints the time per
// keystroke by kind of work (script — the app's WebAssembly and its JavaScript glue —, style,
// layout, paint), each counted once (time inside a nested event goes to the inner one).
// Usage: node bench/keystroke-trace.mjs <single file> (run by `cargo xtask bench`).
import { chromium } from "playwright-core";

const file = process.argv[2];
const queries = ["Oekraïne steun", "defensie-uitgaven", "NAVO-top Den Haag", "drones Oekraine"];
const KINDS = {
  script: ["EventDispatch", "FunctionCall", "RunMicrotasks", "TimerFire", "FireAnimationFrame", "v8.callFunction", "v8.run", "V8.Execute"],
  style: ["UpdateLayoutTree", "RecalcStyle", "ParseAuthorStyleSheet"],
  layout: ["Layout", "IntersectionObserverController::computeIntersections"],
  paint: ["PrePaint", "Paint", "Layerize", "Commit", "PaintImage", "CompositeLayers"],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-frame-rate-limit", "--disable-gpu-vsync"],
});
const page = await browser.newPage();
await page.goto(`file://${file}#/zoeken`);
await page.waitForSelector("#search-input");
// The index is built on first use: not part of a keystroke.
await page.keyboard.type("x");
await page.keyboard.press("Backspace");
await page.waitForTimeout(300);
await browser.startTracing(page, { categories: ["devtools.timeline", "v8.execute"] });
let keystrokes = 0;
for (const q of queries) {
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  keystrokes++;
  for (const ch of q) {
    await page.keyboard.type(ch);
    keystrokes++;
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
}
const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();
// Self time per kind: complete events per thread, nested by their time ranges.
const byThread = new Map();
for (const e of trace) {
  if (e.ph !== "X" || !e.dur || !kindOf.has(e.name)) continue;
  const key = `${e.pid}:${e.tid}`;
  if (!byThread.has(key)) byThread.set(key, []);
  byThread.get(key).push(e);
}
const self = { script: 0, style: 0, layout: 0, paint: 0 };
for (const events of byThread.values()) {
  events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) self[kindOf.get(stack[stack.length - 1].name)] -= e.dur;
    self[kindOf.get(e.name)] += e.dur;
    stack.push(e);
  }
}
const per = (us) => (us / 1000 / keystrokes).toFixed(2);
console.log(
  `  per keystroke in the search view (trace of ${keystrokes} keystrokes, headless Chromium, frame clock unthrottled): ` +
    `script ${per(self.script)} ms, style ${per(self.style)} ms, layout ${per(self.layout)} ms, paint ${per(self.paint)} ms`,
);
