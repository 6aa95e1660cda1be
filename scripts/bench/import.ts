/**
 * Import benchmark: 100,000 training-history rows (and 20,000 staff rows) through the same importRecords() /
 * importStaff() as `npm run cli -- import …` and the upload page, on a throwaway embedded PostgreSQL.
 *   npx tsx --conditions=react-server scripts/bench/import.ts                 # or: npm run bench -- import
 *   npx tsx --conditions=react-server scripts/bench/import.ts --rows 20000    # a smaller run
 * Phases: first import (everything created, 300 unknown course codes become archived courses), the same file
 * again (everything unchanged), and the file with 10% of rows changed (updated, each with a revision).
 * Prints one JSON line per phase. Target: the first 100,000-row import in under 60 s on 2 cores.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createDatabaseIfMissing, freePort, startEmbeddedServer, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { mulberry32 } from "~/lib/random";
import { toCsv } from "~/lib/csv";
import { db, disconnectDb } from "~/server/db";
import { importRecords } from "~/server/imports/records";
import { importStaff } from "~/server/imports/staff";
import { rejectedRows, type ImportOutcome } from "~/server/imports/common";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, staff: { type: "string", default: "20000" } }, strict: true });
const ROWS = Number(values.rows);
const STAFF = Number(values.staff);
const EXISTING_COURSES = 500;
const NEW_COURSES = 300;
const CATEGORIES = ["HSS", "IP", "IT", "LANG", "LEAD", "COMM", "ETHICS", "ADMIN", "ONBOARD"];
const CATEGORY_NAMES: Record<string, string> = {
  HSS: "Health, Safety and Security",
  IP: "Intellectual Property",
  IT: "Information Technology",
  LANG: "Languages",
};
const MODES = ["online", "classroom", "virtual", "blended", "external"];
const STATUSES = ["completed", "completed", "completed", "attended", "attended", "no_show", "withdrawn", "in_progress"];
const GRADES = ["G3", "G4", "G5", "G6", "P2", "P3", "P4", "P5", "D1"];

function line(fields: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "import", ...fields }));
}

function summary(o: ImportOutcome) {
  return { rowsRead: o.rowsRead, created: o.created, updated: o.updated, unchanged: o.unchanged, rejected: o.rejected };
}

function staffCsv(random: () => number): string {
  const rows: string[][] = [];
  for (let i = 0; i < STAFF; i++) {
    const id = String(200000 + i);
    const manager = i < 50 ? "" : String(200000 + Math.floor(random() * 50));
    rows.push([
      id,
      `bench.${id}@example.org`,
      i % 29 === 0 ? `王${i} (Wang ${i})` : `Person ${i}, Bench`,
      random() < 0.54 ? "F" : "M",
      GRADES[Math.floor(random() * GRADES.length)]!,
      `Department ${Math.floor(random() * 40)}`,
      `Sector ${Math.floor(random() * 8)}`,
      random() < 0.9 ? "Geneva" : "Singapore",
      `20${String(Math.floor(random() * 24)).padStart(2, "0")}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      manager,
    ]);
  }
  return "\uFEFF" + toCsv(["employee_id", "email", "full_name", "gender", "grade", "department", "sector", "duty_station", "hire_date", "manager_employee_id"], rows);
}

function recordsCsv(random: () => number, changedShare = 0): string {
  const rows: string[][] = [];
  const seen = new Set<string>();
  const change = mulberry32(7);
  while (rows.length < ROWS) {
    const employee = String(200000 + Math.floor(random() * STAFF));
    const c = Math.floor(random() * (EXISTING_COURSES + NEW_COURSES));
    const code = c < EXISTING_COURSES ? `BENCH-${c}` : `HIST-${c}`;
    const category = CATEGORIES[c % CATEGORIES.length]!;
    const year = 2015 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const key = `${employee}|${code}|${start}`;
    const days = ["0.125", "0.25", "0.5", "1", "2", "3.5"][Math.floor(random() * 6)]!;
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const mode = MODES[c % MODES.length]!;
    if (seen.has(key)) continue;
    seen.add(key);
    const changed = changedShare > 0 && change() < changedShare;
    rows.push([
      employee,
      code,
      `Course ${c}, historical`,
      // Half by code, half by exact name, as exports from other systems do.
      c % 2 === 0 || !CATEGORY_NAMES[category] ? category : CATEGORY_NAMES[category]!,
      mode,
      start,
      start,
      changed ? "0.75" : days,
      changed ? "completed" : status,
    ]);
  }
  return "\uFEFF" + toCsv(["employee_id", "course_code", "course_title", "category", "mode", "start_date", "end_date", "training_days", "status"], rows);
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pathway-bench-import-"));
  const server = await startEmbeddedServer({ dataDir, port: await freePort(), ephemeral: true });
  process.env.DATABASE_URL = withDatabase(server.adminUrl, "bench_import"); // the benchmark and the imports share the app's one client
  try {
    await createDatabaseIfMissing(server.adminUrl, "bench_import");
    await prepareDatabase(withDatabase(server.adminUrl, "bench_import"));
    line({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", node: process.version, memoryGb: Math.round(os.totalmem() / 2 ** 30) } });

    const opts = { skipInvalid: false, dryRun: false, actorId: null, asOf: new Date(), fileName: "bench.csv" };

    const staffFile = new TextEncoder().encode(staffCsv(mulberry32(1)));
    let t = performance.now();
    const staff = await importStaff(staffFile, { ...opts, markMissingAsLeft: false });
    line({ phase: "staff: first import", rows: STAFF, bytes: staffFile.length, ms: Math.round(performance.now() - t), ...summary(staff) });
    t = performance.now();
    const staffAgain = await importStaff(staffFile, { ...opts, markMissingAsLeft: false });
    line({ phase: "staff: same file again", rows: STAFF, ms: Math.round(performance.now() - t), ...summary(staffAgain) });

    // Half the course codes exist already; the rest are created as archived courses by the import.
    const categories = await db.category.findMany({ select: { id: true, code: true } });
    const catId = new Map(categories.map((c) => [c.code, c.id]));
    await db.course.createMany({
      data: Array.from({ length: EXISTING_COURSES }, (_, c) => ({
        code: `BENCH-${c}`,
        title: `Bench course ${c}`,
        categoryId: catId.get(CATEGORIES[c % CATEGORIES.length]!)!,
        mode: "ONLINE" as const,
        trainingDays: "0.5",
        status: "PUBLISHED" as const,
      })),
    });

    const file = new TextEncoder().encode(recordsCsv(mulberry32(2)));
    for (const [phase, content] of [
      ["records: first import", file],
      ["records: same file again", file],
      ["records: 10% of rows changed", new TextEncoder().encode(recordsCsv(mulberry32(2), 0.1))],
    ] as const) {
      t = performance.now();
      const outcome = await importRecords(content, opts);
      const ms = Math.round(performance.now() - t);
      line({ phase, rows: ROWS, bytes: content.length, ms, rowsPerSecond: Math.round((ROWS / ms) * 1000), ...summary(outcome), target: phase.endsWith("first import") ? "under 60000 ms for 100,000 rows" : undefined });
      if (outcome.aborted) throw new Error(`The ${phase} was refused: ${rejectedRows("en", outcome.errors).slice(0, 3).map((e) => `line ${e.line}: ${e.reason}`).join("; ")}`);
    }
    t = performance.now();
    const preview = await importRecords(file, { ...opts, dryRun: true });
    line({ phase: "records: web preview of the same file", rows: ROWS, ms: Math.round(performance.now() - t), ...summary(preview) });
  } finally {
    await disconnectDb();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
