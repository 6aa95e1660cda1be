/**
 * `npm run bench`: every benchmark, one after the other (they would only slow each other down on 2 cores), each in
 * a process of its own, printing one JSON line per figure (scripts/bench/measure.ts).
 *   npm run bench                       # all of them, at full scale
 *   npm run bench -- --quick            # all of them on a 10× smaller workload (checks the benchmarks in minutes)
 *   npm run bench -- reports saves      # only the named ones (with or without --quick)
 * `--quick` goes to every benchmark (each reads it through measure.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";

const BENCHES = [
  { name: "matching", file: "scripts/bench/matching.ts" },
  { name: "reports", file: "scripts/bench/reports.ts" },
  { name: "compliance", file: "scripts/bench/compliance.ts" },
  { name: "import", file: "scripts/bench/import.ts" },
  { name: "standards", file: "scripts/bench/standards.ts" },
  // Needs a production build (`next build`), or BENCH_URL of a running demo server; says "skipped" otherwise.
  { name: "pages", file: "scripts/bench/pages.ts" },
  // 200 learners at once for 60 s through the production server (needs the build too).
  { name: "load", file: "scripts/bench/load.ts" },
  // 50 clients saving lesson progress for 60 s with autocannon, and the server's memory (needs the build).
  { name: "saves", file: "scripts/bench/saves.ts" },
  // The gzipped JavaScript a first visit loads on the learner's main pages (needs the build).
  { name: "weight", file: "scripts/bench/weight.ts" },
  // The learner's home page's data at 100,000 staff (the compliance benchmark's organisation).
  { name: "home", file: "scripts/bench/home.ts" },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknownFlag = process.argv.slice(2).find((a) => a.startsWith("-") && a !== "--quick");
if (unknownFlag) {
  console.error(`Unknown option "${unknownFlag}": only --quick goes to every benchmark (run one benchmark's file for its own options).`);
  process.exit(2);
}
const passOn = process.argv.includes("--quick") ? ["--quick"] : [];
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length) {
  console.error(`Unknown benchmark "${unknown[0]}"; choose from ${BENCHES.map((b) => b.name).join(", ")}.`);
  process.exit(2);
}

let failed = 0;
for (const bench of BENCHES) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  if (!existsSync(path.join(repoRoot, bench.file))) {
    console.log(JSON.stringify({ bench: bench.name, skipped: `${bench.file} does not exist` }));
    continue;
  }
  const started = Date.now();
  const result = spawnSync(process.execPath, serverNodeArgs(bench.file, ...passOn), { cwd: repoRoot, stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(JSON.stringify({ bench: bench.name, finished: ok ? "ok" : `failed (exit code ${result.status ?? result.signal})`, seconds: Math.round((Date.now() - started) / 100) / 10 }));
}
process.exitCode = failed ? 1 : 0;
