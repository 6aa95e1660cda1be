import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createDepartment, createStaff, bulkCompletions, createCategory, createCourse, recordTrainings } from "~/tests/factories";
import { repoRoot } from "~/scripts/db/embedded";
import { parseCsv } from "~/lib/csv";
import { en } from "~/messages/en";
import { AppError } from "~/server/errors";
import { trainingReport, type ShownReport, type TrainingReport } from "~/server/reports/training";
import { reportFileName, trainingReportCsv, trainingReportJson, trainingReportWorkbook } from "~/server/reports/export";
import { reportTables, reportWords, type ReportCell, type ReportTable } from "~/server/reports/columns";
import { workbookLabels } from "~/server/reports/labels";
import { reportPageData } from "~/server/reports/page-data";
import { createApiToken, revokeApiToken } from "~/server/api-tokens/tokens";
import type { Actor, Role } from "~/server/auth/roles";
import { GET } from "~/app/api/v1/reports/training/route";
import { GET as downloadRoute } from "~/app/api/exports/reports/training/route";
import { childEnv } from "~/tests/env";
import { catalogues } from "~/messages";
import { renameCategory } from "~/server/categories/categories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const db = testDb();
/** The page's figures as an L&D admin sees them: every figure (the small-cell rule has its own tests in server/privacy). */
const LD_ADMIN = { roles: ["LD_ADMIN"] as Role[] };
const YEAR = { from: "2019-01-01", to: "2019-12-31" };
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** The real CLI against this file's database, as `npm run cli -- report training …` runs it (react-server conditions). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/cli.ts", "report", "training", ...args], {
    cwd: repoRoot,
    env: childEnv({ NODE_OPTIONS: "" }),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function api(query: string, token: string | null) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return GET(new Request(`http://pathway.test/api/v1/reports/training?${query}`, { headers }));
}

let catA: { id: string; code: string; name: string };
let catB: { id: string; code: string; name: string };
let catEmpty: { id: string; code: string; name: string };
let deptA: { id: string; code: string; name: string };
let deptB: { id: string; code: string; name: string };
let token: string;

/** The figures of our own categories (the template's bootstrap categories are listed too, with zeros). */
function ours(report: TrainingReport) {
  const codes = [catA.code, catB.code, catEmpty.code];
  return report.byCategory.filter((c) => codes.includes(c.code));
}

beforeAll(async () => {
  deptA = await createDepartment(db, "Patent Law");
  deptB = await createDepartment(db, "Finance");
  const anna = await createStaff(db, { gender: "F", grade: "P3", departmentId: deptA.id });
  const ben = await createStaff(db, { gender: "M", grade: "G5", departmentId: deptB.id });
  const chen = await createStaff(db, { gender: "X", grade: "P4", departmentId: null });
  const dana = await createStaff(db, { gender: "F", grade: "P3", departmentId: deptA.id });
  catA = await createCategory(db, "Alpha");
  catB = await createCategory(db, "Beta");
  catEmpty = await createCategory(db, "Empty");
  [catA, catB, catEmpty] = [catA, catB, catEmpty].sort((x, y) => (x.code < y.code ? -1 : 1)) as [typeof catA, typeof catA, typeof catA];
  const online = await createCourse(db, { categoryId: catA.id, mode: "ONLINE", trainingDays: "1.5" });
  const classroom = await createCourse(db, { categoryId: catA.id, mode: "CLASSROOM", trainingDays: "0.125" });
  const virtual = await createCourse(db, { categoryId: catB.id, mode: "VIRTUAL", trainingDays: "2" });

  await recordTrainings(db, [
    // counted in 2019
    { staffId: anna.id, course: online, endDate: "2019-01-01", status: "COMPLETED" }, // the period's first day
    { staffId: anna.id, course: classroom, endDate: "2019-12-31", status: "ATTENDED" }, // its last day
    { staffId: anna.id, course: virtual, endDate: "2019-06-15", status: "COMPLETED" },
    { staffId: ben.id, course: classroom, endDate: "2019-03-03", status: "ATTENDED", trainingDays: "0.5" },
    { staffId: chen.id, course: online, startDate: "2018-12-20", endDate: "2019-01-10", status: "COMPLETED" }, // started before
    // the category the participation had then, not the course's today
    { staffId: anna.id, course: online, endDate: "2019-09-09", status: "COMPLETED", categoryId: catB.id, trainingDays: "0.25" },
    // not counted: no-shows, withdrawals, in progress
    { staffId: ben.id, course: online, endDate: "2019-04-04", status: "NO_SHOW" },
    { staffId: ben.id, course: virtual, endDate: "2019-05-05", status: "WITHDRAWN" },
    { staffId: chen.id, course: virtual, endDate: "2019-06-06", status: "IN_PROGRESS" },
    { staffId: dana.id, course: online, endDate: "2019-02-02", status: "NO_SHOW" },
    // other periods: the day before and the day after
    { staffId: chen.id, course: virtual, endDate: "2018-12-31", status: "COMPLETED" },
    { staffId: chen.id, course: virtual, endDate: "2020-01-01", status: "COMPLETED" },
  ]);

  const admin = await createActorWithRole(db, "LD_ADMIN");
  ({ token } = await createApiToken(admin, { name: "Warehouse" }));
});

const EXPECTED_2019 = {
  totals: { participants: 6, uniqueLearners: 3, trainingDays: 5.875 },
  a: { participants: 4, uniqueLearners: 3, trainingDays: 3.625 },
  b: { participants: 2, uniqueLearners: 1, trainingDays: 2.25 },
  empty: { participants: 0, uniqueLearners: 0, trainingDays: 0 },
};

describe("trainingReport", () => {
  it("counts completed and attended participations ending within the period, both ends included", async () => {
    const report = await trainingReport(YEAR);
    expect(report.from).toBe("2019-01-01");
    expect(report.to).toBe("2019-12-31");
    expect(report.totals).toEqual(EXPECTED_2019.totals);
    expect(ours(report)).toEqual([
      { code: catA.code, name: catA.name, ...EXPECTED_2019.a },
      { code: catB.code, name: catB.name, ...EXPECTED_2019.b },
      { code: catEmpty.code, name: catEmpty.name, ...EXPECTED_2019.empty },
    ]);
    expect(Object.keys(report)).toEqual(["from", "to", "totals", "byCategory"]);
    // A calendar year is read from the yearly figures the ledger's triggers keep; aggregating the ledger agrees.
    expect(await trainingReport(YEAR, { source: "ledger" })).toEqual(report);
  });

  it("lists every category sorted by code, with zeros where nothing was counted", async () => {
    const report = await trainingReport(YEAR);
    const codes = report.byCategory.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain("HSS");
    expect(report.byCategory.find((c) => c.code === "HSS")).toMatchObject({ participants: 0, uniqueLearners: 0, trainingDays: 0 });
  });

  it("counts the days before and after the period in their own periods", async () => {
    const before = await trainingReport({ from: "2018-01-01", to: "2018-12-31" });
    expect(before.totals).toEqual({ participants: 1, uniqueLearners: 1, trainingDays: 2 });
    const firstDay = await trainingReport({ from: "2019-01-01", to: "2019-01-01" });
    expect(firstDay.totals).toEqual({ participants: 1, uniqueLearners: 1, trainingDays: 1.5 });
    const lastDay = await trainingReport({ from: "2019-12-31", to: "2019-12-31" });
    expect(lastDay.totals).toEqual({ participants: 1, uniqueLearners: 1, trainingDays: 0.125 });
  });

  it("breaks down by gender, department and mode, with each group's categories", async () => {
    const byGender = await trainingReport({ ...YEAR, by: "gender" });
    expect(byGender.totals).toEqual(EXPECTED_2019.totals);
    expect(byGender.breakdown).toEqual([
      {
        code: "F",
        name: "F",
        participants: 4,
        uniqueLearners: 1,
        trainingDays: 3.875,
        byCategory: [
          { code: catA.code, name: catA.name, participants: 2, uniqueLearners: 1, trainingDays: 1.625 },
          { code: catB.code, name: catB.name, participants: 2, uniqueLearners: 1, trainingDays: 2.25 },
        ],
      },
      { code: "M", name: "M", participants: 1, uniqueLearners: 1, trainingDays: 0.5, byCategory: [{ code: catA.code, name: catA.name, participants: 1, uniqueLearners: 1, trainingDays: 0.5 }] },
      { code: "X", name: "X", participants: 1, uniqueLearners: 1, trainingDays: 1.5, byCategory: [{ code: catA.code, name: catA.name, participants: 1, uniqueLearners: 1, trainingDays: 1.5 }] },
    ]);

    const byDepartment = await trainingReport({ ...YEAR, by: "department" });
    const groups = byDepartment.breakdown!.map(({ code, name, participants, uniqueLearners, trainingDays }) => ({ code, name, participants, uniqueLearners, trainingDays }));
    expect(groups).toEqual(
      [
        { code: deptA.code, name: deptA.name, participants: 4, uniqueLearners: 1, trainingDays: 3.875 },
        { code: deptB.code, name: deptB.name, participants: 1, uniqueLearners: 1, trainingDays: 0.5 },
      ]
        .sort((x, y) => (x.code < y.code ? -1 : 1))
        .concat([{ code: null as unknown as string, name: null as unknown as string, participants: 1, uniqueLearners: 1, trainingDays: 1.5 }]),
    );

    const byMode = await trainingReport({ ...YEAR, by: "mode" });
    expect(byMode.breakdown!.map((g) => [g.code, g.participants, g.uniqueLearners, g.trainingDays])).toEqual([
      ["CLASSROOM", 2, 2, 0.625],
      ["ONLINE", 3, 2, 3.25],
      ["VIRTUAL", 1, 1, 2],
    ]);
  });

  it("filters on the person's current record and on the participation's mode", async () => {
    expect((await trainingReport({ ...YEAR, filters: { gender: ["F"] } })).totals).toEqual({ participants: 4, uniqueLearners: 1, trainingDays: 3.875 });
    expect((await trainingReport({ ...YEAR, filters: { mode: ["CLASSROOM"] } })).totals).toEqual({ participants: 2, uniqueLearners: 2, trainingDays: 0.625 });
    expect((await trainingReport({ ...YEAR, filters: { gender: ["M", "X"] } })).totals).toEqual({ participants: 2, uniqueLearners: 2, trainingDays: 2 });
    const annaByMode = await trainingReport({ ...YEAR, by: "mode", filters: { department: [deptA.code] } });
    expect(annaByMode.filters).toEqual({ department: [deptA.code] });
    expect(annaByMode.breakdown!.map((g) => [g.code, g.participants, g.trainingDays])).toEqual([
      ["CLASSROOM", 1, 0.125],
      ["ONLINE", 2, 1.75],
      ["VIRTUAL", 1, 2],
    ]);
    expect((await trainingReport({ ...YEAR, filters: { grade: ["P3"], duty_station: [] } })).totals.participants).toBe(4);
  });

  it("refuses an unknown filter code or a period that ends before it starts, changing nothing", async () => {
    await expect(trainingReport({ ...YEAR, filters: { department: ["NO-SUCH"] } })).rejects.toThrow(/Unknown department code "NO-SUCH"/);
    await expect(trainingReport({ from: "2019-12-31", to: "2019-01-01" })).rejects.toBeInstanceOf(AppError);
    await expect(trainingReport({ from: "2019-02-30", to: "2019-03-01" })).rejects.toThrow(/not a valid date/);
  });

  it("sums 12,385 one-hour participations to exactly 1548.125 training days", async () => {
    const category = await createCategory(db, "One hour");
    const course = await createCourse(db, { categoryId: category.id, trainingDays: "0.125" });
    const people = await Promise.all(Array.from({ length: 7 }, () => createStaff(db)));
    await bulkCompletions(db, { staffIds: people.map((p) => p.id), course, count: 12_385, endDate: "2031-05-05", trainingDays: "0.125" });
    const report = await trainingReport({ from: "2031-01-01", to: "2031-12-31" });
    expect(report.totals).toEqual({ participants: 12_385, uniqueLearners: 7, trainingDays: 1548.125 });
    expect(await trainingReport({ from: "2031-01-01", to: "2031-12-31" }, { source: "ledger" })).toEqual(report);
    expect(trainingReportCsv(report)).toContain(",12385,7,1548.125\r\n");
  });
});

describe("every surface gives the same figures", () => {
  it("page data, CSV, XLSX, CLI JSON and API JSON agree exactly", async () => {
    const report = await trainingReport(YEAR);

    // The page: its current-period figures and its comparison with 2018.
    const page = await reportPageData({ period: YEAR, comparePeriod: { from: "2018-01-01", to: "2018-12-31" }, filters: {} }, undefined, LD_ADMIN);
    expect(page.current).toEqual(report);
    expect(page.compared.totals.current).toEqual(report.totals);
    const rowB = page.compared.byCategory.find((r) => r.code === catB.code)!;
    expect(rowB.previous).toEqual({ participants: 1, uniqueLearners: 1, trainingDays: 2 });
    expect(rowB.change!.trainingDays).toEqual({ absolute: 0.25, percent: 12.5 });
    expect(rowB.change!.participants).toEqual({ absolute: 1, percent: 100 });
    expect(page.compared.byCategory.find((r) => r.code === catA.code)!.change!.participants).toEqual({ absolute: 4, percent: null });

    // CSV, parsed back.
    const csv = trainingReportCsv(report);
    const { rows } = parseCsv(csv, { columns: ["category_code", "category_name", "participants", "unique_learners", "training_days"] });
    const fromCsv = rows.map(({ values: v }) => ({
      code: v.category_code,
      name: v.category_name,
      participants: Number(v.participants),
      uniqueLearners: Number(v.unique_learners),
      trainingDays: Number(v.training_days),
    }));
    expect(fromCsv.slice(0, -1)).toEqual(report.byCategory);
    expect(fromCsv.at(-1)).toEqual({ code: "", name: "All categories", ...report.totals });

    // XLSX, read back with exceljs: numbers (not text) with number formats.
    const xlsx = await trainingReportWorkbook(report, page.previous, workbookLabels(en.reports), new Date("2026-11-24T10:00:00Z"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["By category", "About"]);
    const sheet = workbook.getWorksheet("By category")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(["Code", "Category", "Participants", "Participants, previous period", "Participants, change", "Participants, change %"]);
    const col = (name: string) => header.indexOf(name) + 1;
    const fromXlsx: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      fromXlsx.push({
        code: row.getCell(1).value,
        name: row.getCell(2).value,
        participants: row.getCell(col("Participants")).value,
        uniqueLearners: row.getCell(col("Unique learners")).value,
        trainingDays: row.getCell(col("Training days")).value,
      });
    });
    expect(fromXlsx.slice(0, -1)).toEqual(report.byCategory);
    expect(fromXlsx.at(-1)).toEqual({ code: "", name: "All categories", ...report.totals });
    const bRow = sheet.getRow(2 + report.byCategory.findIndex((c) => c.code === catB.code));
    expect(bRow.getCell(col("Training days")).numFmt).toBe("#,##0.0##");
    expect(bRow.getCell(col("Participants")).numFmt).toBe("#,##0");
    expect(bRow.getCell(col("Training days, previous period")).value).toBe(2);
    expect(bRow.getCell(col("Training days, change %")).value).toBe(0.125);
    expect(bRow.getCell(col("Training days, change %")).numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(workbook.getWorksheet("About")!.getCell("B2").value).toBe("2019-01-01 – 2019-12-31");

    // CLI JSON and CSV, from a real process against this database.
    const json = cli("--from", YEAR.from, "--to", YEAR.to);
    expect(json.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(report);
    const cliCsv = cli("--from", YEAR.from, "--to", YEAR.to, "--format", "csv");
    expect(cliCsv.stdout).toBe(csv);

    // API JSON and CSV through the route handler, with a real token.
    const res = await api(`from=${YEAR.from}&to=${YEAR.to}`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual(report);
    const apiCsv = await api(`from=${YEAR.from}&to=${YEAR.to}&format=csv`, token);
    expect(apiCsv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await apiCsv.text()).toBe(csv);
  }, 90_000);

  it("with a breakdown, the CLI and the API give the same JSON and CSV as the domain", async () => {
    const report = await trainingReport({ ...YEAR, by: "gender", filters: { mode: ["ONLINE", "CLASSROOM"] } });
    const viaApi = await (await api(`from=${YEAR.from}&to=${YEAR.to}&by=gender&mode=ONLINE,CLASSROOM`, token)).json();
    expect(viaApi).toEqual(trainingReportJson(report));
    // codes stay as they were; the label is the word people read on the page and in the files
    expect(viaApi.breakdown.map((g: { code: string; name: string; label: string }) => [g.code, g.name, g.label])).toEqual([
      ["F", "F", "Women"],
      ["M", "M", "Men"],
      ["X", "X", "Another gender"],
    ]);
    const viaCli = cli("--from", YEAR.from, "--to", YEAR.to, "--by", "gender", "--mode", "ONLINE", "--mode", "CLASSROOM", "--format", "csv");
    expect(viaCli.code).toBe(0);
    expect(viaCli.stdout).toBe(trainingReportCsv(report));
    expect(viaCli.stdout.split("\r\n")[0]).toBe("gender_code,gender_name,category_code,category_name,participants,unique_learners,training_days");
    expect(viaCli.stdout).toContain(`F,Women,${catA.code},${catA.name},2,1,1.625\r\n`);
    expect(viaCli.stdout).toContain(`F,Women,,All categories,3,1,1.875\r\n`);
  }, 60_000);
});

describe("every surface carries the same columns, rows and words", () => {
  const download = (q: string, actor: Actor) => {
    session.actor = actor;
    return downloadRoute(new Request(`http://pathway.test/api/exports/reports/training?${q}`));
  };
  const COMPARE = { from: "2018-01-01", to: "2018-12-31" };
  const text = (c: ReportCell) => (c === null ? "" : String(c));

  /** A worksheet's cells as the tables hold them: empty text is empty, a percentage is a percent again. */
  function sheetCells(sheet: ExcelJS.Worksheet, table: ReportTable): ReportCell[][] {
    const rows: ReportCell[][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(
        table.columns.map((c, i) => {
          const v = row.getCell(i + 1).value as ReportCell | undefined;
          if (v === undefined || v === null || v === "") return null;
          return c.kind === "figure" && c.part === "changePercent" ? Math.round((v as number) * 1000) / 10 : v;
        }),
      );
    });
    return rows;
  }
  const modelCells = (table: ReportTable) => table.rows.map((r) => r.cells.map((c) => (c === "" ? null : c)));

  it("the page's tables, its CSV and XLSX, the API's and the CLI's CSV and JSON, with a comparison and a breakdown", async () => {
    const page = await reportPageData({ period: YEAR, comparePeriod: COMPARE, by: "gender", filters: {} }, undefined, LD_ADMIN);
    const tables = reportTables(page.compared, reportWords(en.reports));
    const model = tables.breakdown!;
    const keys = model.columns.map((c) => c.key);
    expect(keys).toEqual([
      "gender_code", "gender_name", "category_code", "category_name",
      ...["participants", "unique_learners", "training_days"].flatMap((f) => [f, `${f}_previous`, `${f}_change`, `${f}_change_percent`]),
    ]);
    // the words people read: "Women", not F; everyone first; each group's total
    const f = (row: { cells: ReportCell[] }) => row.cells;
    expect(model.rows[0]!.cells.slice(0, 2)).toEqual(["", "Everyone"]);
    expect(model.rows.map(f)).toContainEqual(expect.arrayContaining(["F", "Women", "", "All categories"]));
    expect(model.rows.every((r) => r.cells[1] !== "F")).toBe(true);

    // The page's CSV download: the comparison columns, the same rows and words.
    // An L&D admin's downloads: every figure (an auditor's hide small groups: server/privacy/privacy.int.test.ts).
    const auditor = await createActorWithRole(db, "LD_ADMIN");
    const params = `from=${YEAR.from}&to=${YEAR.to}&compareFrom=${COMPARE.from}&compareTo=${COMPARE.to}&by=gender`;
    const pageCsv = await (await download(`format=csv&${params}`, auditor)).text();
    expect(pageCsv.split("\r\n")[0]).toBe(keys.join(","));
    expect(parseCsv(pageCsv, { columns: keys }).rows.map((r) => keys.map((k) => r.values[k]))).toEqual(model.rows.map((r) => r.cells.map(text)));
    // The API's and the CLI's CSV: byte for byte the page's.
    expect(await (await api(`${params}&format=csv`, token)).text()).toBe(pageCsv);
    const cliArgs = ["--from", YEAR.from, "--to", YEAR.to, "--compare-from", COMPARE.from, "--compare-to", COMPARE.to, "--by", "gender"];
    const cliCsv = cli(...cliArgs, "--format", "csv");
    expect(cliCsv.code).toBe(0);
    expect(cliCsv.stdout).toBe(pageCsv);

    // The XLSX: both tables, headed with the columns' words, cell by cell.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download(`format=xlsx&${params}`, auditor)).arrayBuffer());
    for (const [name, table] of [["By category", tables.byCategory], ["By gender", model]] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(table.columns.map((c) => c.header));
      expect(sheetCells(sheet, table)).toEqual(modelCells(table));
    }

    // The JSON (API and CLI): the same numbers in every row, codes kept and the group's label beside them.
    const json = await (await api(params, token)).json();
    expect(JSON.parse(cli(...cliArgs).stdout)).toEqual(json);
    const jsonRows: ReportCell[][] = [];
    const figures = (o: { participants: number; uniqueLearners: number; trainingDays: number; previous?: Record<string, number>; change?: Record<string, { absolute: number; percent: number | null }> }) =>
      (["participants", "uniqueLearners", "trainingDays"] as const).flatMap((k) => [o[k], o.previous![k]!, o.change![k]!.absolute, o.change![k]!.percent]);
    type JsonRow = Parameters<typeof figures>[0] & { code: string | null; name: string | null };
    const group = (code: string, label: string, cats: JsonRow[], total: Parameters<typeof figures>[0]) => {
      for (const c of cats) jsonRows.push([code, label, c.code, c.name, ...figures(c)]);
      jsonRows.push([code, label, "", "All categories", ...figures(total)]);
    };
    expect(json).toMatchObject({ compareFrom: COMPARE.from, compareTo: COMPARE.to, by: "gender" });
    group("", "Everyone", json.byCategory, json.totals);
    for (const g of json.breakdown) group(g.code ?? "", g.label, g.byCategory, g);
    expect(jsonRows).toEqual(model.rows.map((r) => r.cells));
  }, 120_000);

  it("without a comparison period, every surface drops the same comparison columns", async () => {
    const auditor = await createActorWithRole(db, "AUDITOR");
    const csv = await (await download(`format=csv&from=${YEAR.from}&to=${YEAR.to}`, auditor)).text();
    expect(csv.split("\r\n")[0]).toBe("category_code,category_name,participants,unique_learners,training_days");
    expect(csv).toBe(trainingReportCsv(await trainingReport(YEAR)));
  });
});

describe("the CLI refuses bad arguments with exit code 2 and one line", () => {
  it.each([
    [["--from", "2019-01-01"], "The end date is required"],
    [["--from", "2019-12-31", "--to", "2019-01-01"], "before the start date"],
    [["--from", "2019-01-01", "--to", "2019-12-31", "--by", "colour"], 'Unknown breakdown "colour"'],
    [["--from", "2019-01-01", "--to", "2019-12-31", "--format", "pdf"], 'Unknown format "pdf"'],
    [["--from", "2019-01-01", "--to", "2019-12-31", "--department", "NO-SUCH"], 'Unknown department code "NO-SUCH"'],
  ])("%j", (args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.split("\n").filter((l) => l && !l.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});

describe("the reports API's tokens", () => {
  it("answers 401 without a token or with one Pathway never issued", async () => {
    const none = await api(`from=${YEAR.from}&to=${YEAR.to}`, null);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(await none.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "Send an API token: Authorization: Bearer <token>." } });
    expect((await api(`from=${YEAR.from}&to=${YEAR.to}`, "pw_" + "x".repeat(43))).status).toBe(401);
    expect((await api(`from=${YEAR.from}&to=${YEAR.to}`, "not-a-token")).status).toBe(401);
  });

  it("stores only a hash and a short prefix", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const created = await createApiToken(admin, { name: "Stored" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.item.id } });
    expect(created.token).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token.slice(11));
    expect(row.prefix).toBe(created.token.slice(0, 11));
  });

  it("answers 403 for a revoked token, and for an owner who left or is no longer an L&D admin or auditor", async () => {
    const query = `from=${YEAR.from}&to=${YEAR.to}`;
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const revoked = await createApiToken(admin, { name: "Old" });
    expect((await api(query, revoked.token)).status).toBe(200);
    await revokeApiToken(admin, revoked.item.id);
    const res = await api(query, revoked.token);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: "This API token has been revoked." } });

    const demoted = await createActorWithRole(db, "LD_ADMIN");
    const demotedToken = await createApiToken(demoted, { name: "Demoted" });
    await db.staff.update({ where: { id: demoted.id }, data: { roles: ["AUDITOR"] } });
    // An auditor's token reads the reports under the small-cell rule (server/privacy/privacy.int.test.ts).
    expect((await api(query, demotedToken.token)).status).toBe(200);
    await db.staff.update({ where: { id: demoted.id }, data: { roles: [] } });
    expect((await api(query, demotedToken.token)).status).toBe(403);

    const leaver = await createActorWithRole(db, "LD_ADMIN");
    const leaverToken = await createApiToken(leaver, { name: "Leaver" });
    await db.staff.update({ where: { id: leaver.id }, data: { active: false } });
    expect((await api(query, leaverToken.token)).status).toBe(403);
  });

  it("answers 400 with one line for bad parameters", async () => {
    for (const [query, message] of [
      ["to=2019-12-31", "The start date is required (YYYY-MM-DD)."],
      ["from=2019-12-31&to=2019-01-01", "The end date 2019-01-01 is before the start date 2019-12-31."],
      ["from=2019-01-01&to=2019-12-31&format=xml", 'Unknown format "xml"; use json or csv.'],
      ["from=2019-01-01&to=2019-12-31&by=colour", 'Unknown breakdown "colour"; use one of department, sector, grade, gender, duty_station, mode.'],
      ["from=2019-01-01&to=2019-12-31&department=NO-SUCH", 'Unknown department code "NO-SUCH".'],
      ["from=2019-01-01&to=2019-12-31&colour=red", 'Unknown parameter "colour"; use from, to, format, by or a filter (department, sector, grade, gender, duty_station, mode).'],
    ] as const) {
      const res = await api(query, token);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(await res.json()).toMatchObject({ error: { code: "INVALID", message } });
    }
  });
});

describe("the Reports page's downloads", () => {
  const download = (q: string, actor: Actor | null) => {
    session.actor = actor;
    return downloadRoute(new Request(`http://pathway.test/api/exports/reports/training?${q}`));
  };

  it("are for L&D admins and auditors only", async () => {
    expect((await download(`format=csv&from=${YEAR.from}&to=${YEAR.to}`, null)).status).toBe(401);
    const learner = await createActorWithRole(db, "LEARNER");
    const refused = await download(`format=csv&from=${YEAR.from}&to=${YEAR.to}`, learner);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to reports." } });
  });

  it("give the CSV and a workbook named after the period", async () => {
    const auditor = await createActorWithRole(db, "AUDITOR");
    const csv = await download(`format=csv&from=${YEAR.from}&to=${YEAR.to}`, auditor);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="training-report_2019-01-01_2019-12-31.csv"`);
    expect(await csv.text()).toBe(trainingReportCsv(await trainingReport(YEAR)));

    const xlsx = await download(`format=xlsx&from=${YEAR.from}&to=${YEAR.to}&compareFrom=2018-01-01&compareTo=2018-12-31&by=gender`, auditor);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="${reportFileName(YEAR, "xlsx")}"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["By category", "By gender", "About"]);
    const byGender = workbook.getWorksheet("By gender")!;
    const rows: unknown[][] = [];
    byGender.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 5)));
    // group × category rows and each group's total, as in the CSV
    expect(rows).toContainEqual(["F", "Women", catA.code, catA.name]);
    const fTotal = byGender.getRow(1 + rows.findIndex((r) => r[0] === "F" && r[3] === "All categories"));
    // One woman: an auditor reads "<5" (the small-cell rule); an L&D admin the number.
    expect(fTotal.getCell(5).value).toBe("<5");
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const exact = new ExcelJS.Workbook();
    await exact.xlsx.load(await (await download(`format=xlsx&from=${YEAR.from}&to=${YEAR.to}&by=gender`, admin)).arrayBuffer());
    const exactRows: unknown[][] = [];
    exact.getWorksheet("By gender")!.eachRow((row) => exactRows.push((row.values as unknown[]).slice(1, 5)));
    const exactF = exact.getWorksheet("By gender")!.getRow(1 + exactRows.findIndex((r) => r[0] === "F" && r[3] === "All categories"));
    expect(exactF.getCell(5).value).toBe(4);
  });

  it("refuse a bad comparison period with 400", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const res = await download(`format=xlsx&from=${YEAR.from}&to=${YEAR.to}&compareFrom=2018-12-31&compareTo=2018-01-01`, admin);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "INVALID", message: "Comparison period: The end date 2018-01-01 is before the start date 2018-12-31." } });
    const pdf = await download(`format=pdf&from=${YEAR.from}&to=${YEAR.to}`, admin);
    expect(await pdf.json()).toEqual({ error: { code: "INVALID", message: 'Unknown format "pdf"; use csv or xlsx.' } });
  });
});

describe("a French reader's annual report", () => {
  const download = (q: string, actor: Actor) => {
    session.actor = actor;
    return downloadRoute(new Request(`http://pathway.test/api/exports/reports/training?${q}`));
  };
  /** A report without its categories' names: what must not change with the reader's language. */
  function unnamed(r: ShownReport) {
    const cats = (cs: ShownReport["byCategory"]) => cs.map(({ name: _name, ...c }) => c);
    return { ...r, byCategory: cats(r.byCategory), breakdown: r.breakdown?.map((g) => ({ ...g, byCategory: cats(g.byCategory) })) };
  }
  const FIGURE_KEYS = ["participants", "unique_learners", "training_days"];

  it("names categories in French on the page and in its downloads; the API and the CLI keep the English names, and every figure is the same", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const params = `from=${YEAR.from}&to=${YEAR.to}&by=gender`;
    const apiJson = await (await api(params, token)).json();
    const apiCsv = await (await api(`${params}&format=csv`, token)).text();
    await renameCategory(admin, { id: catA.id, name: catA.name, fr: "Alpha en français", zh: "阿尔法" });
    try {
      const state = { period: YEAR, comparePeriod: null, by: "gender" as const, filters: {} };
      const [english, french] = [await reportPageData(state, undefined, LD_ADMIN), await reportPageData(state, "fr", LD_ADMIN)];
      // The page's report: catA in French in the totals by category and in each group; an untranslated category in English.
      expect(unnamed(french.current)).toEqual(unnamed(english.current));
      expect(french.current.byCategory.find((c) => c.code === catA.code)?.name).toBe("Alpha en français");
      expect(french.current.breakdown!.find((g) => g.code === "F")!.byCategory.map((c) => c.name)).toEqual(["Alpha en français", catB.name]);
      // A shipped category has its French name.
      expect(french.current.byCategory.find((c) => c.code === "HSS")?.name).toBe("Santé, sûreté et sécurité");
      expect((await reportPageData(state, "zh", LD_ADMIN)).current.byCategory.find((c) => c.code === catA.code)?.name).toBe("阿尔法");

      // The French reader's downloads: French names and words, the same figures as the API's CSV.
      // an L&D admin's downloads, every figure shown (by gender, an auditor's hide small groups)
      const auditor = { ...(await createActorWithRole(db, "LD_ADMIN")), locale: "fr" };
      const pageCsv = await (await download(`format=csv&${params}`, auditor)).text();
      const keys = pageCsv.split("\r\n")[0]!.split(",");
      expect(apiCsv.split("\r\n")[0]).toBe(keys.join(","));
      const [pageRows, apiRows] = [pageCsv, apiCsv].map((csv) => parseCsv(csv, { columns: keys }).rows.map((r) => r.values)) as [Record<string, string>[], Record<string, string>[]];
      expect(pageRows.map((r) => [r.category_code, ...FIGURE_KEYS.map((k) => r[k])])).toEqual(apiRows.map((r) => [r.category_code, ...FIGURE_KEYS.map((k) => r[k])]));
      // everyone's row and each gender's (F, M, X)
      expect(pageRows.filter((r) => r.category_code === catA.code).map((r) => r.category_name)).toEqual(Array(4).fill("Alpha en français"));
      expect(apiRows.filter((r) => r.category_code === catA.code).map((r) => r.category_name)).toEqual(Array(4).fill(catA.name));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await download(`format=xlsx&${params}`, auditor)).arrayBuffer());
      const sheet = workbook.getWorksheet(catalogues.fr.reports.workbook.sheetByCategory)!;
      const names: unknown[] = [];
      sheet.eachRow((row, n) => n > 1 && row.getCell(1).value === catA.code && names.push(row.getCell(2).value));
      expect(names).toEqual(["Alpha en français"]);

      // The API and the CLI: exactly as before the category had a French name.
      expect(await (await api(params, token)).json()).toEqual(apiJson);
      expect(await (await api(`${params}&format=csv`, token)).text()).toBe(apiCsv);
      const viaCli = cli("--from", YEAR.from, "--to", YEAR.to, "--by", "gender");
      expect(viaCli.code).toBe(0);
      expect(JSON.parse(viaCli.stdout)).toEqual(apiJson);
    } finally {
      await renameCategory(admin, { id: catA.id, name: catA.name, fr: "", zh: "" });
    }
  }, 120_000);
});
