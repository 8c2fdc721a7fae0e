// Times the same queries through this project's engine (WebAssembly, in Node.js), MiniSearch and
// FlexSearch on the same passages, in one run, and prints medians, p95 and the ratios.
//
// Settings, each engine as a search-as-you-type box would use it, 20 hits asked for:
// - MiniSearch 7.2: fields title, heading, text (boosts 1.5, 2, 1), prefix search, fuzzy 0.2,
//   all words must match (AND).
// - FlexSearch 0.8 Document index: fields title, heading, text, tokenize "forward" (prefixes),
//   encoder Charset.LatinBalance (case, accents and some spelling folded), results of the fields
//   merged; all words must match (its default). It has no typo tolerance of the MiniSearch kind.
// Usage: node bench/compare.mjs <data dir> (written by `cargo xtask bench`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import { Document, Charset } from "flexsearch";

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
  const flex = new Document({
    document: { id: "id", index: ["title", "heading", "text"] },
    tokenize: "forward",
    encoder: Charset.LatinBalance,
  });
  const t1 = performance.now();
  for (const p of passages) flex.add(p);
  const flexIndexMs = performance.now() - t1;
  const a = time((q) => ours.search(q, LIMIT), runs);
  const b = time((q) => mini.search(q).slice(0, LIMIT), runs);
  const c = time((q) => flex.search(q, { limit: LIMIT, merge: true }), runs);
  const f = (x) => x.toFixed(3);
  console.log(
    `  ${name} (${passages.length} passages; index built in: ours ${buildMs.toFixed(1)} ms (median), MiniSearch ${indexMs.toFixed(0)} ms, FlexSearch ${flexIndexMs.toFixed(0)} ms):\n` +
      `    ours        median ${f(a.median)} ms, p95 ${f(a.p95)} ms\n` +
      `    MiniSearch  median ${f(b.median)} ms, p95 ${f(b.p95)} ms\n` +
      `    FlexSearch  median ${f(c.median)} ms, p95 ${f(c.p95)} ms\n` +
      `    ratio ours/MiniSearch ${(a.median / b.median).toFixed(2)} (median), ${(a.p95 / b.p95).toFixed(2)} (p95); ` +
      `ours/FlexSearch ${(a.median / c.median).toFixed(2)} (median), ${(a.p95 / c.p95).toFixed(2)} (p95)`
  );
}
