// Gender parity by grade against a hand count of a small made-up staff list (joiners and leavers around the date, a
// grade change before and one after it, no hire date), the targets (audited), the same figures on the page, in the
// CSV and through the API, and the small-cell rule for an auditor.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { childEnv } from "~/tests/env";
import { repoRoot } from "~/scripts/db/embedded";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff } from "~/tests/factories";
import type { Actor } from "~/server/auth/roles";
import { withEffectiveDate } from "~/server/compliance/placement";
import { createApiToken } from "~/server/api-tokens/tokens";
import { en } from "~/messages/en";
import { parityReport, type ParityReport } from "~/server/parity/report";
import { deleteParityTarget, listParityTargets, saveParityTarget } from "~/server/parity/targets";
import { parityPageData } from "~/server/parity/page-data";
import { parityTable, parityWords, tableRecords } from "~/server/parity/columns";
import { parityCsv } from "~/server/parity/export";
import { GET as apiRoute } from "~/app/api/v1/reports/parity/route";
import { GET as downloadRoute } from "~/app/api/exports/parity/route";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const db = testDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DATE = "2015-06-30";
const BEFORE = "2014-06-30";
let admin: Actor;
let auditor: Actor;
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/cli.ts", "report", ...args], {
    cwd: repoRoot,
    env: childEnv({ NODE_OPTIONS: "" }),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A made-up person, with their leaving day and grade changes (each effective on its day, as HR records them). */
async function person(gender: "F" | "M", grade: string, hired: string | null, o: { leftOn?: string; moves?: [string, string][] } = {}) {
  const s = await createStaff(db, { gender, grade, hireDate: hired ? day(hired) : null });
  if (hired === null) await db.staff.update({ where: { id: s.id }, data: { hireDate: null } });
  if (o.leftOn) await db.staff.update({ where: { id: s.id }, data: { leftOn: day(o.leftOn), active: false } });
  for (const [effectiveOn, to] of o.moves ?? []) {
    await db.$transaction(async (tx) => {
      await withEffectiveDate(tx, effectiveOn);
      await tx.staff.update({ where: { id: s.id }, data: { grade: to } });
    });
  }
  return s;
}

const row = (report: ParityReport, code: string) => {
  const r = report.rows.find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

beforeAll(async () => {
  // The actors were hired in 2018: not active on either date.
  admin = await createActorWithRole(db, "LD_ADMIN");
  auditor = await createActorWithRole(db, "AUDITOR");
  // P4 on 30 June 2015 — hand count: 4 staff, 1 woman.
  await person("F", "P4", "2010-03-01"); //                                  counts (both dates)
  await person("M", "P4", DATE); //                                          hired that day: counts (not on BEFORE)
  await person("F", "P4", "2015-07-01"); //                                  hired the day after: never counts
  await person("F", "P4", "2009-01-01", { leftOn: DATE }); //                 left that day: not counted on DATE; counts on BEFORE
  await person("M", "P4", "2012-01-01", { leftOn: "2015-07-01" }); //         left the day after: counts (both dates)
  // P3 → P4 on 1 January 2014, → P5 on 1 January 2016: P4 on both dates, although the directory says P5 today.
  await person("M", "P3", "2008-05-01", { moves: [["2014-01-01", "P4"], ["2016-01-01", "P5"]] });
  // D2: a director with no hire date (active on every date).
  await person("F", "D2", null);
  // G5: 6 staff, 4 women, hired long ago.
  for (const g of ["F", "F", "F", "F", "M", "M"] as const) await person(g, "G5", "2005-09-01");
  // NO-B: one woman hired after BEFORE.
  await person("F", "NO-B", "2015-01-05");
});

describe("women by grade as of a date", () => {
  it("counts what a person counting by hand counts, with groups, total, comparison and targets", async () => {
    await saveParityTarget(admin, { grade: "P4", targetDate: "2016-12-31", womenShare: 50 });
    await saveParityTarget(admin, { grade: "P4", targetDate: "2020-12-31", womenShare: 40 });
    await saveParityTarget(admin, { grade: "D", targetDate: "2016-12-31", womenShare: 33.33 });

    const report = await parityReport({ asOf: DATE, compare: BEFORE });
    expect(report.rows.map((r) => `${r.level}:${r.code}`)).toEqual(["grade:G5", "group:G", "grade:P4", "group:P", "grade:D2", "group:D", "grade:NO-B", "group:NO", "total:ALL"]);
    expect(report.targetDate).toBe("2016-12-31");
    expect(row(report, "P4")).toMatchObject({ now: { women: 1, staff: 4 }, share: 25, target: 50, gap: -25, then: { women: 2, staff: 4 }, shareThen: 50, change: -25 });
    expect(row(report, "G5")).toMatchObject({ now: { women: 4, staff: 6 }, share: 66.7, target: null, gap: null, shareThen: 66.7, change: 0 });
    expect(row(report, "D")).toMatchObject({ now: { women: 1, staff: 1 }, share: 100, target: 33.33, gap: 66.7 });
    expect(row(report, "NO-B")).toMatchObject({ now: { women: 1, staff: 1 }, then: { women: 0, staff: 0 }, shareThen: null, change: null });
    expect(row(report, "ALL")).toMatchObject({ now: { women: 7, staff: 12 }, share: 58.3, then: { women: 7, staff: 11 }, shareThen: 63.6, change: -5.3 });

    // Another target date, chosen or by default (the latest when none is on or after the report's date).
    expect(row(await parityReport({ asOf: DATE, targetDate: "2020-12-31" }), "P4")).toMatchObject({ target: 40, gap: -15 });
    const later = await parityReport({ asOf: "2021-06-30" });
    expect(later.targetDate).toBe("2020-12-31");
    // By 2021 the promoted man is P5, the leaver is gone and the joiner is in: P4 = 2 women of 3 (and the actors, hired 2018).
    expect(row(later, "P5").now).toEqual({ women: 0, staff: 1 });
  });

  it("lets L&D add, change and delete targets, each audited with before and after, and refuses a second target for a grade and date", async () => {
    const created = await saveParityTarget(admin, { grade: "d1", targetDate: "2021-12-31", womenShare: "37" as unknown as number, note: "Annual report" });
    expect(created).toMatchObject({ grade: "D1", targetDate: "2021-12-31", womenShare: 37 });
    // A double click: the same values again change nothing and audit nothing.
    await saveParityTarget(admin, { grade: "D1", targetDate: "2021-12-31", womenShare: 37, note: "Annual report" });
    await expect(saveParityTarget(admin, { grade: "D1", targetDate: "2021-12-31", womenShare: 38 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveParityTarget(admin, { grade: "D1", targetDate: "2021-12-31", womenShare: 37.125 })).rejects.toThrow();
    await expect(saveParityTarget(admin, { grade: "D1", targetDate: "2021-12-31", womenShare: 100.5 })).rejects.toThrow();
    const changed = await saveParityTarget(admin, { id: created.id, grade: "D1", targetDate: "2021-12-31", womenShare: 37.5 });
    expect(changed.womenShare).toBe(37.5);
    expect(await deleteParityTarget(admin, { id: created.id })).toEqual({ deleted: true });
    expect(await deleteParityTarget(admin, { id: created.id })).toEqual({ deleted: false });
    await expect(saveParityTarget(admin, { id: created.id, grade: "D1", targetDate: "2021-12-31", womenShare: 30 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listParityTargets()).some((t) => t.id === created.id)).toBe(false);

    const trail = await db.auditEntry.findMany({ where: { entity: "ParityTarget", entityId: created.id }, orderBy: { at: "asc" } });
    expect(trail.map((e) => ({ action: e.action, actorId: e.actorId, before: e.before, after: e.after }))).toEqual([
      { action: "parity.target.create", actorId: admin.id, before: null, after: { grade: "D1", targetDate: "2021-12-31", womenShare: 37 } },
      { action: "parity.target.update", actorId: admin.id, before: { grade: "D1", targetDate: "2021-12-31", womenShare: 37 }, after: { grade: "D1", targetDate: "2021-12-31", womenShare: 37.5 } },
      { action: "parity.target.delete", actorId: admin.id, before: { grade: "D1", targetDate: "2021-12-31", womenShare: 37.5 }, after: null },
    ]);
  });

  it("gives the page, the CSV download and the API exactly the same figures", async () => {
    const query = `asOf=${DATE}&compare=${BEFORE}&targetDate=2016-12-31`;
    const page = await parityPageData({ asOf: DATE, compare: BEFORE, targetDate: "2016-12-31" }, admin, new Date());
    const pageRecords = tableRecords(parityTable(page.report, parityWords(en.parity)));

    session.actor = admin;
    const download = await downloadRoute(new Request(`http://pathway.test/api/exports/parity?format=csv&${query}`));
    expect(download.status).toBe(200);
    const csv = await download.text();
    expect(csv).toBe(parityCsv(page.report));
    expect(csv.split("\r\n")[0]).toBe("level,code,name,women,staff,women_share,target,gap,women_compare,staff_compare,women_share_compare,change");
    expect(csv).toContain("grade,P4,P4,1,4,25,50,-25,2,4,50,-25");

    const { token } = await createApiToken(admin, { name: "Parity warehouse" });
    const api = (q: string) => apiRoute(new Request(`http://pathway.test/api/v1/reports/parity?${q}`, { headers: { authorization: `Bearer ${token}` } }));
    const json = await (await api(query)).json();
    expect(json).toMatchObject({ asOf: DATE, compare: BEFORE, targetDate: "2016-12-31" });
    expect(json.rows).toEqual(pageRecords);
    expect(await (await api(`${query}&format=csv`)).text()).toBe(csv);
    expect((await api("asOf=2015-02-30")).status).toBe(400);

    const xlsx = await downloadRoute(new Request(`http://pathway.test/api/exports/parity?format=xlsx&${query}`));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("hides grades of fewer than 5 staff from an auditor, keeps the total exact, and shows L&D everything", async () => {
    const exact = await parityPageData({ asOf: DATE }, admin, new Date());
    expect(exact.report.smallCells).toBeNull();
    const { report } = await parityPageData({ asOf: DATE }, auditor, new Date());
    expect(report.smallCells).toEqual({ threshold: 5 });
    const records = tableRecords(parityTable(report, parityWords(en.parity)));
    const byCode = Object.fromEntries(records.map((r) => [r.code, r]));
    // P4 (4 staff), D2 and NO-B (1 each) and their groups are hidden; G5 (6 staff) and everyone's total are not.
    for (const code of ["P4", "P", "D2", "D", "NO-B", "NO"]) expect(byCode[code]).toMatchObject({ women: "<5", staff: "<5", women_share: "<5", gap: "<5" });
    expect(byCode.P4!.target).toBe(50);
    expect(byCode.G5).toMatchObject({ women: 4, staff: 6, women_share: 66.7 });
    expect(byCode.ALL).toMatchObject({ women: 7, staff: 12, women_share: 58.3 });
  });

  it("prints the same CSV on the command line, and what an auditor sees with --small-cells", { timeout: 120_000 }, async () => {
    const operator = cli("parity", "--as-of", DATE, "--compare", BEFORE, "--target-date", "2016-12-31", "--format", "csv");
    expect(operator.stderr).toBe("");
    expect(operator.stdout).toBe(parityCsv(await parityReport({ asOf: DATE, compare: BEFORE, targetDate: "2016-12-31" })));
    const asAuditor = cli("parity", "--as-of", DATE, "--small-cells");
    expect(JSON.parse(asAuditor.stdout).rows.find((r: { code: string }) => r.code === "P4")).toMatchObject({ staff: "<5" });
    const bad = cli("parity", "--as-of", "30/06/2020");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^report parity: --as-of: Enter a date as YYYY-MM-DD/);
  });
});
