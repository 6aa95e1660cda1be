import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createActorWithRole, createCategory, createCourse, createEnrolment, createMentee, createMentor, createStaff, recordTrainings } from "~/tests/factories";
import { childEnv } from "~/tests/env";
import { repoRoot } from "~/scripts/db/embedded";
import type { Actor } from "~/server/auth/roles";
import { createApiToken } from "~/server/api-tokens/tokens";
import { reportPageData } from "~/server/reports/page-data";
import { trainingReportCsv } from "~/server/reports/export";
import { acceptRequest, sendRequests } from "~/server/mentoring/requests";
import { logMeeting } from "~/server/mentoring/pairings";
import { getPrivacySettings, updatePrivacySettings, SMALL_CELL_KEY } from "~/server/privacy/settings";
import { MY_DATA_SECTIONS, myData } from "~/server/privacy/my-data";
import { GET as apiRoute } from "~/app/api/v1/reports/training/route";
import { GET as downloadRoute } from "~/app/api/exports/reports/training/route";
import { GET as myDataRoute } from "~/app/api/me/data/route";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const db = testDb();
const YEAR = { from: "2017-01-01", to: "2017-12-31" };
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
let admin: Actor;
let auditor: Actor;
let category: { code: string };

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/cli.ts", "report", "training", ...args], {
    cwd: repoRoot,
    env: childEnv({ NODE_OPTIONS: "" }),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const api = (query: string, token: string) => apiRoute(new Request(`http://pathway.test/api/v1/reports/training?${query}`, { headers: { authorization: `Bearer ${token}` } }));

beforeAll(async () => {
  // 6 women, 6 men, 2 people of gender X, each with one completion in 2017 in one category.
  const cat = await createCategory(db, "Privacy");
  category = cat;
  const course = await createCourse(db, { categoryId: cat.id, mode: "ONLINE", trainingDays: "1" });
  const people = [
    ...(await Promise.all(Array.from({ length: 6 }, () => createStaff(db, { gender: "F" })))),
    ...(await Promise.all(Array.from({ length: 6 }, () => createStaff(db, { gender: "M" })))),
    ...(await Promise.all(Array.from({ length: 2 }, () => createStaff(db, { gender: "X" })))),
  ];
  await recordTrainings(db, people.map((p) => ({ staffId: p.id, course, endDate: "2017-05-05" })));
  admin = await createActorWithRole(db, "LD_ADMIN");
  auditor = await createActorWithRole(db, "AUDITOR");
});

describe("the small-cell rule", () => {
  const state = { period: YEAR, comparePeriod: null, by: "gender" as const, filters: {} };

  it("shows an auditor '<5' for a small group and for the partner that would give it away; an L&D admin sees every figure", async () => {
    const exact = await reportPageData(state, undefined, admin);
    expect(exact.current.breakdown!.map((g) => [g.code, g.participants])).toEqual([["F", 6], ["M", 6], ["X", 2]]);
    expect(exact.current.smallCells).toBeUndefined();

    const shown = await reportPageData(state, undefined, auditor);
    expect(shown.current.smallCells).toEqual({ threshold: 5 });
    // X (2) is hidden; with one hidden group the total (14, exact) minus F and M would give it: F goes too.
    expect(shown.current.breakdown!.map((g) => [g.code, g.participants, g.suppressed ?? false])).toEqual([["F", null, true], ["M", 6, false], ["X", null, true]]);
    const x = shown.current.breakdown!.find((g) => g.code === "X")!;
    expect(x.byCategory.find((c) => c.code === category.code)).toMatchObject({ participants: null, uniqueLearners: null, trainingDays: null, suppressed: true });
    // The whole organisation's figures stay exact.
    expect(shown.current.totals).toEqual(exact.current.totals);
  });

  it("prints the same '<5' on the page, in the download, in the API (auditor's token) and in the CLI (--small-cells); exact for an admin's token", async () => {
    const page = await reportPageData(state, undefined, auditor);
    const csv = trainingReportCsv(page.current);
    expect(csv).toMatch(/\r\nX,[^\r\n]*,All categories,<5,<5,<5(\r\n|$)/);

    session.actor = auditor;
    const download = await downloadRoute(new Request(`http://pathway.test/api/exports/reports/training?format=csv&from=${YEAR.from}&to=${YEAR.to}&by=gender`));
    expect(await download.text()).toBe(csv);

    const { token: auditorToken } = await createApiToken(auditor, { name: "Auditor warehouse" });
    const { token: adminToken } = await createApiToken(admin, { name: "Admin warehouse" });
    const query = `from=${YEAR.from}&to=${YEAR.to}&by=gender`;
    expect(await (await api(`${query}&format=csv`, auditorToken)).text()).toBe(csv);
    const json = await (await api(query, auditorToken)).json();
    expect(json.smallCells).toEqual({ threshold: 5 });
    expect(json.breakdown.find((g: { code: string }) => g.code === "X")).toMatchObject({ participants: null, suppressed: true });
    const exact = await (await api(query, adminToken)).json();
    expect(exact.breakdown.find((g: { code: string }) => g.code === "X")).toMatchObject({ participants: 2, uniqueLearners: 2 });

    const operator = cli("--from", YEAR.from, "--to", YEAR.to, "--by", "gender");
    expect(JSON.parse(operator.stdout)).toEqual(exact);
    const asAuditor = cli("--from", YEAR.from, "--to", YEAR.to, "--by", "gender", "--small-cells");
    expect(asAuditor.code).toBe(0);
    expect(JSON.parse(asAuditor.stdout)).toEqual(json);
  });

  it("hides a gender-filtered report's own small totals, and leaves other breakdowns alone", async () => {
    const filtered = await reportPageData({ ...state, by: "department" as const, filters: { gender: ["X"] } }, undefined, auditor);
    expect(filtered.current.totals).toMatchObject({ participants: null, suppressed: true });
    const byMode = await reportPageData({ ...state, by: "mode" as const }, undefined, auditor);
    expect(byMode.current.breakdown!.every((g) => !g.suppressed)).toBe(true);
  });

  it("follows the threshold L&D sets (2–20), audited with before and after", async () => {
    await expect(updatePrivacySettings(admin, { smallCellThreshold: 1 })).rejects.toThrow();
    await updatePrivacySettings(admin, { smallCellThreshold: 2 });
    try {
      expect(await getPrivacySettings()).toEqual({ smallCellThreshold: 2 });
      const shown = await reportPageData(state, undefined, auditor);
      expect(shown.current.breakdown!.map((g) => g.participants)).toEqual([6, 6, 2]);
      const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "privacy.settings", entityId: SMALL_CELL_KEY }, orderBy: { at: "desc" } });
      expect(entry).toMatchObject({ actorId: admin.id, entity: "Setting", before: { value: 5 }, after: { value: 2 } });
    } finally {
      await updatePrivacySettings(admin, { smallCellThreshold: 5 });
    }
  });
});

describe("download my data", () => {
  it("holds every section of the person's data, and not another person's private note or records", async () => {
    const mentor = await createMentor(db, { fullName: "Pat Mentor" });
    const mentee = await createMentee(db, { fullName: "Sam Mentee" });
    const other = await createStaff(db, { fullName: "Olga Other" });
    const course = await createCourse(db, { mode: "ONLINE", trainingDays: "0.5" });
    const T0 = new Date("2026-01-12T09:00:00Z");
    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on leadership.", durationMonths: 6 }, T0);
    const { pairing } = await acceptRequest(actorOf(mentor), { requestId: request!.id }, T0);
    const later = new Date("2026-01-20T09:00:00Z");
    await logMeeting(actorOf(mentee), { pairingId: pairing.id, heldOn: "2026-01-19", minutes: 60, topics: "Goals", notes: "My own private thought", notesShared: false }, later);
    await logMeeting(actorOf(mentor), { pairingId: pairing.id, heldOn: "2026-01-19", minutes: 60, topics: "Goals", notes: "The mentor's private note", notesShared: false }, later);
    await createEnrolment(db, { staffId: mentee.id, courseId: course.id });
    await recordTrainings(db, [
      { staffId: mentee.id, course, endDate: "2025-03-03" },
      { staffId: other.id, course, endDate: "2025-03-04" },
    ]);
    await db.notification.create({ data: { staffId: mentee.id, namespace: "mentoring.mail", template: "privacyCheck", values: {}, path: "/mentoring", dedupeKey: `privacy-${mentee.id}` } });

    const data = await myData(mentee.id, later);
    expect(Object.keys(data)).toEqual(expect.arrayContaining([...MY_DATA_SECTIONS]));
    expect(data.sections).toEqual([...MY_DATA_SECTIONS]);
    expect(data.profile).toMatchObject({ employeeId: mentee.employeeId, fullName: "Sam Mentee" });
    expect(data.enrolments.map((e) => e.course.code)).toEqual([course.code]);
    expect(data.trainingRecords).toHaveLength(1);
    expect(data.mentoring.menteeProfile).not.toBeNull();
    expect(data.mentoring.requests[0]).toMatchObject({ role: "mentee", otherPerson: "Pat Mentor" });
    expect(data.mentoring.pairings[0]!.meetings.map((m) => m.notes)).toEqual(["My own private thought"]);
    expect(data.notifications.map((n) => n.template)).toContain("privacyCheck");
    const text = JSON.stringify(data);
    expect(text).not.toContain("The mentor's private note");
    expect(text).not.toContain(other.employeeId);
    expect(text).not.toContain(mentor.email);

    // The route: the signed-in person's own file, named after them.
    session.actor = actorOf(mentee);
    const res = await myDataRoute(new Request("http://pathway.test/api/me/data"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="pathway-data-${mentee.employeeId}-\\d{4}-\\d{2}-\\d{2}\\.json"`));
    expect((await res.json()).profile.employeeId).toBe(mentee.employeeId);
    session.actor = null;
    expect((await myDataRoute(new Request("http://pathway.test/api/me/data"))).status).toBe(401);
  });

  it("lists an API token's name and prefix, never its hash", async () => {
    const { item } = await createApiToken(auditor, { name: "Mine" });
    const data = await myData(auditor.id);
    expect(data.apiTokens).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Mine", prefix: item.prefix })]));
    const hash = (await db.apiToken.findUniqueOrThrow({ where: { id: item.id } })).tokenHash;
    expect(JSON.stringify(data)).not.toContain(hash);
  });
});
