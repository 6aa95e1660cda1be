/**
 * `npm run bench`: every benchmark, one after the other (they would only slow each other down on 2 cores), each in
 * a process of its own, printing its JSON lines. Arguments after `--` go to every benchmark that accepts them.
 *   npm run bench                 # matching, reports, compliance, imports, standards, pages, load
 *   npm run bench -- reports      # only the named ones
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
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
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
  const result = spawnSync(process.execPath, serverNodeArgs(bench.file), { cwd: repoRoot, stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(JSON.stringify({ bench: bench.name, finished: ok ? "ok" : `failed (exit code ${result.status ?? result.signal})`, seconds: Math.round((Date.now() - started) / 100) / 10 }));
}
process.exitCode = failed ? 1 : 0;
