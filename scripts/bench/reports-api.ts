/**
 * The reports API request, timed through the real route handler (GET of app/api/v1/reports/training/route.ts) with a
 * real API token: token check with the owner re-read, parameters, the report, JSON serialisation and reading the body.
 * Run by scripts/bench/reports.ts with DATABASE_URL pointing at the benchmark database and the react-server
 * condition (as Next.js loads server code); prints one JSON line. Target: median under 300 ms.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { db } from "~/server/db";
import { createApiToken } from "~/server/api-tokens/tokens";
import { GET } from "~/app/api/v1/reports/training/route";
import { cpuSummary, median, serverCpuSampler, summary } from "~/scripts/bench/reports";

const { values } = parseArgs({ options: { runs: { type: "string", default: "21" } }, strict: true });
const runs = Number(values.runs);

const owner = await db.staff.upsert({
  where: { employeeId: "BENCH-API" },
  create: { employeeId: "BENCH-API", email: "bench.api@bench.example.org", fullName: "Bench API owner", gender: "X", grade: "P4", roles: ["LD_ADMIN"] },
  update: { active: true, roles: ["LD_ADMIN"] },
});
const { token } = await createApiToken(owner, { name: `Benchmark ${new Date().toISOString()}` });

async function request(query: string): Promise<{ status: number; bytes: number }> {
  const res = await GET(new Request(`http://bench.local/api/v1/reports/training?${query}`, { headers: { authorization: `Bearer ${token}` } }));
  const body = await res.text();
  return { status: res.status, bytes: body.length };
}

const cpu = await serverCpuSampler(process.env.DATABASE_URL!);
for (const [what, query] of [
  ["API request, year report by category (JSON)", "from=2024-01-01&to=2024-12-31"],
  ["API request, year report by category (CSV)", "from=2024-01-01&to=2024-12-31&format=csv"],
] as const) {
  for (let i = 0; i < 3; i++) await request(query);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let last = { status: 0, bytes: 0 };
  for (let i = 0; i < runs; i++) {
    const before = await cpu.sample();
    const started = performance.now();
    last = await request(query);
    ms.push(performance.now() - started);
    const after = await cpu.sample();
    if (before !== null && after !== null) cpuMs.push(after - before);
  }
  if (last.status !== 200) throw new Error(`The API answered ${last.status}.`);
  console.log(
    JSON.stringify({
      bench: "reports",
      step: "measure",
      what,
      status: last.status,
      bytes: last.bytes,
      ...summary(ms),
      ...cpuSummary(cpuMs),
      targetMedianMs: 300,
      withinTarget: median(ms) < 300,
    }),
  );
}
await cpu.close();
await db.$disconnect();
