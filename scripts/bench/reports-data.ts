/**
 * A large organisation for the reports benchmark, generated inside PostgreSQL with set-based SQL
 * (generate_series) so that 2,000,000 ledger rows take about a minute instead of an hour of inserts
 * from Node. Deterministic: every "random" choice is a hash of the row number, so two runs build the
 * same organisation and the figures printed by the benchmark are comparable from one run to the next.
 */
import type pg from "pg";

export interface BenchSize {
  staff: number;
  records: number;
  categories: number;
  courses: number;
  /** Records end between 1 January of firstYear and 31 December of firstYear + years - 1. */
  firstYear: number;
  years: number;
}

export const DEFAULT_SIZE: BenchSize = {
  staff: 100_000,
  records: 2_000_000,
  categories: 40,
  courses: 1_200,
  firstYear: 2021,
  years: 5,
};

/** `--quick`: a tenth of the organisation (the same 40 categories and 5 years), in a database of its own. */
export const QUICK_SIZE: BenchSize = { ...DEFAULT_SIZE, staff: 10_000, records: 200_000, courses: 120 };

/** A deterministic pseudo-random integer in [0, n) for row `i` and purpose `salt`. */
const pick = (i: string, salt: number, n: number | string) => `(abs(hashint8((${i})::bigint * 1000003 + ${salt})) % ${n})`;
/**
 * A 25-character id shaped like Prisma's cuid(): rows created together share their first characters (cuid starts
 * with a timestamp), which is what makes comparing and sorting ids slower than random strings would suggest.
 */
const id = (prefix: string, i: string) => `'cm${prefix}' || lpad(to_hex(${i}), 9, '0') || substr(md5('${prefix}' || (${i})::text), 1, 13)`;

const SECTORS = 12;
const DEPARTMENTS = 60;
const DUTY_STATIONS = 30;
const GRADES = ["G3", "G4", "G5", "G6", "G7", "P1", "P2", "P3", "P4", "P5", "D1", "D2", "NO-A", "NO-B"];
const MODES = ["ONLINE", "CLASSROOM", "VIRTUAL", "BLENDED", "EXTERNAL"];

/**
 * Fills an empty, migrated database. Runs in one transaction: a failure leaves the database empty.
 * Returns the row counts it wrote.
 */
export async function generateOrganisation(client: pg.Client, size: BenchSize = DEFAULT_SIZE): Promise<Record<string, number>> {
  const { staff, records, categories, courses, firstYear, years } = size;
  const spanDays = `(date '${firstYear + years}-01-01' - date '${firstYear}-01-01')`;
  const grades = `ARRAY[${GRADES.map((g) => `'${g}'`).join(",")}]`;
  const modes = `ARRAY[${MODES.map((m) => `'${m}'`).join(",")}]`;

  let daily = false;
  await client.query("BEGIN");
  try {
    // The load is throwaway: a crash just means generating again.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query(`
      INSERT INTO "Sector" (id, code, name)
      SELECT ${id("s", "n")}, 'S' || lpad(n::text, 2, '0'), 'Sector ' || n FROM generate_series(1, ${SECTORS}) n`);
    await client.query(`
      INSERT INTO "Department" (id, code, name)
      SELECT ${id("d", "n")}, 'D' || lpad(n::text, 3, '0'), 'Department ' || n FROM generate_series(1, ${DEPARTMENTS}) n`);
    await client.query(`
      INSERT INTO "DutyStation" (id, code, name)
      SELECT ${id("w", "n")}, 'W' || lpad(n::text, 2, '0'), 'Duty station ' || n FROM generate_series(1, ${DUTY_STATIONS}) n`);
    await client.query(`
      INSERT INTO "Category" (id, code, name, "updatedAt")
      SELECT ${id("k", "n")}, 'C' || lpad(n::text, 2, '0'), 'Category ' || n, now() FROM generate_series(1, ${categories}) n`);
    await client.query(`
      INSERT INTO "Course" (id, code, title, "categoryId", mode, "trainingDays", status, "updatedAt")
      SELECT ${id("c", "n")}, 'K' || lpad(n::text, 5, '0'), 'Course ' || n,
             ${id("k", `1 + ${pick("n", 1, categories)}`)},
             (${modes})[1 + ${pick("n", 2, MODES.length)}]::"CourseMode",
             -- 1 hour to 5 days, in whole hours: 0.125-day steps exercise the exact decimal sums
             (1 + ${pick("n", 3, 40)}) * 0.125,
             'PUBLISHED', now()
      FROM generate_series(1, ${courses}) n`);
    // Department n belongs to sector ((n - 1) % SECTORS) + 1 — derived, so staff rows stay consistent.
    await client.query(`
      INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, "departmentId", "sectorId", "dutyStationId", "hireDate", active, "updatedAt")
      SELECT ${id("p", "n")}, 'B' || lpad(n::text, 7, '0'), 'bench.' || n || '@bench.example.org', 'Bench Person ' || n,
             (ARRAY['F','F','F','F','F','M','M','M','M','X'])[1 + ${pick("n", 11, 10)}]::"Gender",
             (${grades})[1 + ${pick("n", 12, GRADES.length)}],
             ${id("d", "dept")}, ${id("s", `((dept - 1) % ${SECTORS}) + 1`)},
             ${id("w", `1 + ${pick("n", 14, DUTY_STATIONS)}`)},
             date '2000-01-01' + ${pick("n", 15, 9000)}::int,
             ${pick("n", 16, 20)} <> 0, now()
      FROM (SELECT n, 1 + ${pick("n", 13, DEPARTMENTS)} AS dept FROM generate_series(1, ${staff}) n) s`);
    // Loading 2,000,000 rows into a table with its indexes and foreign keys checked row by row takes minutes;
    // drop them, load, and recreate them from their own definitions (one sort per index, one join per key).
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
      SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = 'TrainingRecord'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
    const { rows: foreignKeys } = await client.query<{ name: string; definition: string }>(`
      SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid = '"TrainingRecord"'::regclass AND contype = 'f'`);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE "TrainingRecord" DROP CONSTRAINT "${fk.name}"`);
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // The yearly figures are rebuilt once from the loaded ledger instead of maintained row set by row set.
    const yearly = (await client.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'report_year_figures_insert'`)).rowCount === 1;
    if (yearly) await client.query(`ALTER TABLE "TrainingRecord" DISABLE TRIGGER report_year_figures_insert`);
    // Likewise the day rollups of any period's report.
    daily = (await client.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'report_period_rollups_insert'`)).rowCount === 1;
    if (daily) await client.query(`ALTER TABLE "TrainingRecord" DISABLE TRIGGER report_period_rollups_insert`);
    if (daily) await client.query(`ALTER TABLE "TrainingRecord" DISABLE TRIGGER report_year_group_figures_insert`);
    // 70% completed, 15% attended (counted); 5% no-show, 5% withdrawn, 5% in progress (not counted).
    await client.query(`
      INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
      SELECT ${id("r", "r.n")}, ${id("p", "r.person")}, c.id, c."categoryId", c.mode,
             r."endDate" - ${pick("r.n", 23, 3)}::int, r."endDate", c."trainingDays",
             (CASE WHEN r.roll < 70 THEN 'COMPLETED' WHEN r.roll < 85 THEN 'ATTENDED' WHEN r.roll < 90 THEN 'NO_SHOW'
                   WHEN r.roll < 95 THEN 'WITHDRAWN' ELSE 'IN_PROGRESS' END)::"ParticipationStatus",
             'IMPORT', 'bench:' || r.n, now()
      FROM (
        SELECT n, 1 + ${pick("n", 21, staff)} AS person, 1 + ${pick("n", 22, courses)} AS course,
               date '${firstYear}-01-01' + ${pick("n", 24, spanDays)}::int AS "endDate", ${pick("n", 25, 100)} AS roll
        FROM generate_series(1, ${records}) n
      ) r
      JOIN "Course" c ON c.id = ${id("c", "r.course")}`);
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await client.query(index.definition);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE "TrainingRecord" ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
    if (yearly) {
      await client.query(`ALTER TABLE "TrainingRecord" ENABLE TRIGGER report_year_figures_insert`);
      await client.query(`SELECT report_year_figures_rebuild()`);
    }
    if (daily) {
      await client.query(`ALTER TABLE "TrainingRecord" ENABLE TRIGGER report_period_rollups_insert`);
      await client.query(`SELECT report_period_rollups_rebuild()`);
      await client.query(`ALTER TABLE "TrainingRecord" ENABLE TRIGGER report_year_group_figures_insert`);
      await client.query(`SELECT report_year_group_figures_rebuild()`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // Fresh statistics and a set visibility map (index-only scans need it), as autovacuum would leave them.
  await client.query(`VACUUM (ANALYZE) "TrainingRecord", "Staff", "Course", "Category", "Department", "Sector", "DutyStation", "ReportYearFigures"`);
  if (daily) await client.query(`VACUUM (ANALYZE) "ReportDayFigures", "ReportLearnerDay", "ReportLearnerRepeats", "ReportYearGroupFigures"`);
  const { rows } = await client.query<{ staff: number; records: number; categories: number; courses: number }>(`
    SELECT (SELECT count(*)::int FROM "Staff") AS staff, (SELECT count(*)::int FROM "TrainingRecord") AS records,
           (SELECT count(*)::int FROM "Category") AS categories, (SELECT count(*)::int FROM "Course") AS courses`);
  return rows[0]!;
}
