// The programme report against hand-made applications: each figure in all, by gender and by grade, per cohort and
// for the programme, the same through the CSV download and the API, and the small-cell rule for an auditor.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, uniq } from "~/tests/factories";
import type { Actor } from "~/server/auth/roles";
import { createApiToken } from "~/server/api-tokens/tokens";
import { programmeReport, programmeReportTable, programmeReportWords, type ProgrammeReport } from "~/server/programmes/report";
import { programmeCsv } from "~/server/parity/export";
import { tableRecords } from "~/server/parity/columns";
import { en } from "~/messages/en";
import { GET as apiRoute } from "~/app/api/v1/reports/programmes/route";
import { GET as downloadRoute } from "~/app/api/exports/programmes/route";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const db = testDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let admin: Actor;
let auditor: Actor;
let code: string;

type App = { gender: "F" | "M"; grade: string; eligible: boolean; endorsement: "ENDORSED" | "DECLINED" | "REQUESTED" | "NOT_REQUIRED"; status: "SUBMITTED" | "SELECTED" | "WAITLISTED" | "NOT_SELECTED" | "COMPLETED" | "WITHDRAWN" };

async function cohort(programmeId: string, name: string, opensOn: string, apps: App[]) {
  const c = await db.programmeCohort.create({
    data: { programmeId, name, opensOn: day(opensOn), closesOn: day(opensOn), startsOn: day(opensOn), endsOn: day(opensOn), places: 5 },
  });
  for (const a of apps) {
    const s = await createStaff(db, { gender: a.gender, grade: a.grade });
    await db.programmeApplication.create({
      data: {
        cohortId: c.id,
        staffId: s.id,
        motivation: "I want to lead.",
        goals: "Lead a team.",
        status: a.status,
        eligibility: { eligible: a.eligible, rules: [] },
        grade: a.grade,
        gender: a.gender,
        endorsement: a.endorsement,
      },
    });
  }
  return c;
}

const find = (report: ProgrammeReport, cohortName: string | null, dimension: string, group: string | null) =>
  report.rows.find((r) => r.programmeCode === code && r.cohort === cohortName && r.dimension === dimension && r.group === group)?.figures;

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
  auditor = await createActorWithRole(db, "AUDITOR");
  code = uniq("ISZ");
  const programme = await db.programme.create({ data: { code, name: "I-seize", durationMonths: 12 } });
  const E = true;
  await cohort(programme.id, "2019", "2019-01-07", [
    { gender: "F", grade: "P3", eligible: E, endorsement: "ENDORSED", status: "COMPLETED" },
    { gender: "F", grade: "P3", eligible: E, endorsement: "ENDORSED", status: "COMPLETED" },
    { gender: "F", grade: "P4", eligible: E, endorsement: "ENDORSED", status: "COMPLETED" },
    { gender: "F", grade: "P5", eligible: E, endorsement: "ENDORSED", status: "SELECTED" },
    { gender: "M", grade: "G5", eligible: E, endorsement: "ENDORSED", status: "COMPLETED" },
    { gender: "F", grade: "P4", eligible: E, endorsement: "DECLINED", status: "NOT_SELECTED" },
    { gender: "M", grade: "P3", eligible: false, endorsement: "REQUESTED", status: "NOT_SELECTED" },
    { gender: "F", grade: "P3", eligible: E, endorsement: "NOT_REQUIRED", status: "WAITLISTED" },
  ]);
  await cohort(programme.id, "2027", "2027-01-11", [
    { gender: "F", grade: "P3", eligible: E, endorsement: "REQUESTED", status: "SUBMITTED" },
    { gender: "M", grade: "G6", eligible: E, endorsement: "ENDORSED", status: "WITHDRAWN" },
  ]);
  await cohort(programme.id, "2028", "2028-01-10", []);
});

describe("the programme report", () => {
  it("counts applicants, eligible, endorsed, selected and completed as a person counts them, in all, by gender and grade", async () => {
    const report = await programmeReport({ programme: code });
    expect(find(report, "2019", "all", null)).toEqual({ applicants: 8, eligible: 7, endorsed: 5, selected: 5, completed: 4 });
    expect(find(report, "2019", "gender", "F")).toEqual({ applicants: 6, eligible: 6, endorsed: 4, selected: 4, completed: 3 });
    expect(find(report, "2019", "gender", "M")).toEqual({ applicants: 2, eligible: 1, endorsed: 1, selected: 1, completed: 1 });
    expect(find(report, "2019", "grade", "P3")).toEqual({ applicants: 4, eligible: 3, endorsed: 2, selected: 2, completed: 2 });
    expect(find(report, "2019", "grade", "G5")).toEqual({ applicants: 1, eligible: 1, endorsed: 1, selected: 1, completed: 1 });
    expect(find(report, "2027", "all", null)).toEqual({ applicants: 2, eligible: 2, endorsed: 1, selected: 0, completed: 0 });
    expect(find(report, "2028", "all", null)).toEqual({ applicants: 0, eligible: 0, endorsed: 0, selected: 0, completed: 0 });
    expect(report.rows.filter((r) => r.cohort === "2028")).toHaveLength(1);
    expect(find(report, null, "all", null)).toEqual({ applicants: 10, eligible: 9, endorsed: 6, selected: 5, completed: 4 });
    expect(find(report, null, "gender", "F")).toEqual({ applicants: 7, eligible: 7, endorsed: 4, selected: 4, completed: 3 });
    // Order: cohorts by opening, then all cohorts; in each: everyone, women, men, then grades G…P.
    const groups = report.rows.filter((r) => r.cohort === "2019").map((r) => r.group ?? "*");
    expect(groups).toEqual(["*", "F", "M", "G5", "P3", "P4", "P5"]);
    expect(report.rows.at(-1)!.cohort).toBeNull();
    await expect(programmeReport({ programme: "NOPE-NOT-THERE" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("gives the page's table, the CSV download and the API the same figures, and hides small groups from an auditor", async () => {
    const exact = await programmeReport({ programme: code });
    const records = tableRecords(programmeReportTable(exact, programmeReportWords(en.programmeReport)));
    session.actor = admin;
    const csv = await (await downloadRoute(new Request(`http://pathway.test/api/exports/programmes?format=csv&programme=${code}`))).text();
    expect(csv).toBe(programmeCsv(exact));
    expect(csv).toContain(`${code},I-seize,2019,gender,F,Women,6,6,4,4,3`);
    const { token } = await createApiToken(admin, { name: "Programme warehouse" });
    const json = await (await apiRoute(new Request(`http://pathway.test/api/v1/reports/programmes?programme=${code}`, { headers: { authorization: `Bearer ${token}` } }))).json();
    expect(json.rows).toEqual(records);

    const shown = await programmeReport({ programme: code }, 5);
    // Cohort totals stay; men (2 applicants) are hidden and so is their partner (women), since the total would give them back.
    expect(find(shown, "2019", "all", null)).toEqual({ applicants: 8, eligible: 7, endorsed: 5, selected: 5, completed: 4 });
    expect(find(shown, "2019", "gender", "M")!.applicants).toBeNull();
    expect(find(shown, "2019", "gender", "F")!.applicants).toBeNull();
    expect(find(shown, "2019", "grade", "G5")!.completed).toBeNull();
    const { token: auditorToken } = await createApiToken(auditor, { name: "Auditor warehouse" });
    const auditorCsv = await (await apiRoute(new Request(`http://pathway.test/api/v1/reports/programmes?format=csv&programme=${code}`, { headers: { authorization: `Bearer ${auditorToken}` } }))).text();
    expect(auditorCsv).toBe(programmeCsv(shown));
    expect(auditorCsv).toContain(`${code},I-seize,2019,gender,M,Men,<5,<5,<5,<5,<5`);
    const xlsx = await downloadRoute(new Request(`http://pathway.test/api/exports/programmes?format=xlsx&programme=${code}`));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await downloadRoute(new Request("http://pathway.test/api/exports/programmes?format=pdf"))).status).toBe(400);
  });
});
