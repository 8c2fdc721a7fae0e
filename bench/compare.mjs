// Times the same queries through this project's engine (WebAssembly, in Node.js) and through
// MiniSearch on the same passages, in one run, and prints medians, p95 and the ratio.
// Usage: node bench/compare.mjs <data dir> (written by `cargo xtask bench`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";

const require = createRequire(import.meta.url);
const dir = process.argv[2];
const { Engine } = require(join(dir, "pkg", "summit_bench_engine.js"));
const queries = JSON.parse(readFileSync(join(dir, "queries.json"), "utf8"));
const LIMIT = 20;

function stats(ms) {
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.round((ms.length - 1) * q)];
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn, runs) {
  const out = [];
  for (const q of queries) {
    for (let i = 0; i < 3; i++) fn(q);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn(q);
      out.push(performance.now() - t);
    }
  }
  return stats(out);
}

for (const [name, runs] of [["seed", 30], ["x100", 5]]) {
  const passages = JSON.parse(readFileSync(join(dir, `${name}.passages.json`), "utf8"));
  const corpusBytes = readFileSync(join(dir, `${name}.corpus.bin`));
  const searchBytes = readFileSync(join(dir, `${name}.search.bin`));
  // The app builds its index from the corpus on first use: time that as it runs there.
  const builds = [];
  for (let i = 0; i < (name === "seed" ? 15 : 3); i++) {
    const t = performance.now();
    Engine.build(corpusBytes, searchBytes).free();
    builds.push(performance.now() - t);
  }
  const buildMs = stats(builds).median;
  const ours = new Engine(corpusBytes, readFileSync(join(dir, `${name}.index.bin`)));
  const mini = new MiniSearch({
    fields: ["title", "heading", "text"],
    storeFields: ["id"],
    searchOptions: { boost: { title: 1.5, heading: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  const t0 = performance.now();
  mini.addAll(passages);
  const indexMs = performance.now() - t0;
  const a = time((q) => ours.search(q, LIMIT), runs);
  const b = time((q) => mini.search(q).slice(0, LIMIT), runs);
  console.log(
    `  ${name} (${passages.length} passages; ours builds its index in ${buildMs.toFixed(1)} ms (median), MiniSearch in ${indexMs.toFixed(0)} ms):` +
      ` ours median ${a.median.toFixed(3)} ms, p95 ${a.p95.toFixed(3)} ms;` +
      ` MiniSearch median ${b.median.toFixed(3)} ms, p95 ${b.p95.toFixed(3)} ms;` +
      ` ratio ours/MiniSearch ${(a.median / b.median).toFixed(2)} (median), ${(a.p95 / b.p95).toFixed(2)} (p95)`
  );
}
