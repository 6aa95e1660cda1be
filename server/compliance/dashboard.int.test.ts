import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createDepartment, createSector, createStaff, answers, createCourse, lessonsOf, createRequirementRow, recordTraining, retireBootstrapRequirements } from "~/tests/factories";
import { parseCsv } from "~/lib/csv";
import { en } from "~/messages/en";
import type { Actor } from "~/server/auth/roles";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { grantExemption } from "~/server/compliance/requirements";
import { allPeopleStates, complianceOnDay, dashboardOverview, listPeopleStates, myStates, requirementCounts, requirementOverview, streamPeopleStates, teamStates } from "~/server/compliance/dashboard";
import { complianceCsv, complianceCsvStream } from "~/server/compliance/export";
import { explainRequirement } from "~/server/compliance/explain";
import { completeLesson, startCourse, submitQuiz, attestLesson } from "~/server/courses/player";

const db = testDb();
const addYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4).replace("-02-29", "-02-28")}`;
const asActor = (s: { id: string; employeeId: string; email: string; fullName: string; locale: string }, roles: Actor["roles"] = ["LEARNER"]): Actor => ({ ...s, roles });

beforeAll(async () => {
  await retireBootstrapRequirements(db);
});

/** Two departments in one sector: 3 people in A (one compliant, one due, one long overdue), 1 in B (compliant). */
async function organisation() {
  const sector = await createSector(db);
  const [a, b] = await Promise.all([createDepartment(db, "Alpha"), createDepartment(db, "Beta")]);
  const manager = await createStaff(db, { departmentId: a.id, sectorId: sector.id, fullName: "Mia Manager" });
  const done = await createStaff(db, { departmentId: a.id, sectorId: sector.id, managerId: manager.id, fullName: "Dora Done" });
  const late = await createStaff(db, { departmentId: a.id, sectorId: sector.id, managerId: manager.id, fullName: "Larry Late" });
  const other = await createStaff(db, { departmentId: b.id, sectorId: sector.id, fullName: "Otto Other" });
  const course = await createCourse(db, { title: "Working Together" });
  const r = await createRequirementRow(db, course.id, { audienceKind: "SECTOR", audienceValues: [sector.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-31", dueAfterDays: 30 });
  await recordTraining(db, { staffId: done.id, course, endDate: "2026-02-10" });
  await recordTraining(db, { staffId: other.id, course, endDate: "2026-02-11" });
  // Larry moved into the sector long ago; Mia was hired in 2018 like everyone: both due 2026-03-31.
  return { sector, a, b, manager, done, late, other, course, r };
}

describe("the dashboard's figures", () => {
  it("counts states per requirement, by department, and the escalation list", async () => {
    const o = await organisation();
    const overview = await dashboardOverview("2026-05-15", { escalateAfterDays: 30, escalationLimit: 1 });
    expect(overview.byRequirement.get(o.r.id)).toEqual({ counts: { OVERDUE: 2, DUE: 0, NOT_DUE_YET: 0, COMPLIANT: 2, EXEMPT: 0, total: 4 }, escalated: 2 });
    // The escalation list: longest overdue first, limited, with its full length.
    expect(overview.escalation).toHaveLength(1);
    expect(overview.escalation[0]).toMatchObject({ state: "OVERDUE", daysOverdue: 45 });
    expect(overview.escalatedTotal).toBeGreaterThanOrEqual(2);
    // The Reports page's counts agree with the dashboard's.
    expect((await requirementCounts("2026-05-15", { escalateAfterDays: 30 })).get(o.r.id)).toEqual(overview.byRequirement.get(o.r.id));
    const filtered = await dashboardOverview("2026-05-15", { departmentId: o.b.id, escalateAfterDays: 30, escalationLimit: 15 });
    expect(filtered.byRequirement.get(o.r.id)?.counts).toMatchObject({ COMPLIANT: 1, total: 1 });
    expect(filtered.escalation.filter((r) => r.requirementId === o.r.id)).toEqual([]);

    const one = await requirementOverview("2026-05-15", o.r.id, 30);
    expect(one.counts).toEqual({ OVERDUE: 2, DUE: 0, NOT_DUE_YET: 0, COMPLIANT: 2, EXEMPT: 0, total: 4 });
    expect(one.escalated).toBe(2);
    expect(one.byDepartment.map((row) => [row.name, row.total, row.COMPLIANT, row.OVERDUE])).toEqual([
      [o.a.name, 3, 1, 2],
      [o.b.name, 1, 1, 0],
    ]);
    expect(one.bySector).toHaveLength(1);
    expect(one.bySector[0]).toMatchObject({ id: o.sector.id, total: 4 });
  });

  it("lists people most urgent first, filters them, and exports the same rows as CSV", async () => {
    const o = await organisation();
    const page = await listPeopleStates("2026-04-10", { requirementId: o.r.id, page: 1 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.fullName, r.state])).toEqual([
      ["Larry Late", "OVERDUE"],
      ["Mia Manager", "OVERDUE"],
      ["Dora Done", "COMPLIANT"],
      ["Otto Other", "COMPLIANT"],
    ]);
    expect(page.rows[0]).toMatchObject({ daysOverdue: 10, dueOn: "2026-03-31", manager: "Mia Manager", department: o.a.name, courseTitle: "Working Together" });
    expect((await listPeopleStates("2026-04-10", { requirementId: o.r.id, state: "COMPLIANT", departmentId: o.a.id, page: 1 })).rows.map((r) => r.fullName)).toEqual(["Dora Done"]);
    expect((await listPeopleStates("2026-04-10", { requirementId: o.r.id, search: "larry", page: 1 })).rows.map((r) => r.fullName)).toEqual(["Larry Late"]);
    expect((await listPeopleStates("2026-04-10", { requirementId: o.r.id, minDaysOverdue: 11, page: 1 })).total).toBe(0);
    expect((await listPeopleStates("2026-04-10", { requirementId: o.r.id, search: "100%_", page: 1 })).total).toBe(0);

    const header = ["Employee id", "Name", "E-mail", "Department", "Sector", "Duty station", "Grade", "Manager", "Course code", "Course", "State", "Due on", "Valid until", "Last completed on", "Days overdue", "Exemption reason"];
    const csv = complianceCsv(await allPeopleStates("2026-04-10", { requirementId: o.r.id }), en.compliance);
    expect(csv.split("\r\n")[0]).toBe(header.join(","));
    const { rows } = parseCsv(csv, { columns: header });
    expect(rows.map((r) => [r.values.Name, r.values.State, r.values["Due on"], r.values["Days overdue"]])).toEqual([
      ["Larry Late", "Overdue", "2026-03-31", "10"],
      ["Mia Manager", "Overdue", "2026-03-31", "10"],
      ["Dora Done", "Compliant", "", ""],
      ["Otto Other", "Compliant", "", ""],
    ]);

    // The download streams the same bytes from a cursor (here two rows at a time), with Excel's byte-order mark.
    const streamed: string[] = [];
    expect(await streamPeopleStates("2026-04-10", { requirementId: o.r.id }, "en", (chunk) => void streamed.push(...chunk.map((r) => r.fullName)), 2)).toBe(4);
    expect(streamed).toEqual(["Larry Late", "Mia Manager", "Dora Done", "Otto Other"]);
    const { body, fileName } = await complianceCsvStream(new URLSearchParams({ requirement: o.r.id }), en, new Date("2026-04-10T09:00:00Z"), "en", { bom: true });
    expect(fileName).toBe("compliance-2026-04-10.csv");
    expect(Buffer.from(await new Response(body).arrayBuffer()).toString("utf8")).toBe(`\uFEFF${csv}`);
  });

  it("a manager sees only their own direct reports; a learner their own courses", async () => {
    const o = await organisation();
    const team = await teamStates(o.manager.id, "2026-04-10");
    expect(team.map((r) => r.fullName).sort()).toEqual(["Dora Done", "Larry Late"]);
    expect((await myStates(o.late.id, "2026-04-10")).map((r) => [r.courseCode, r.state])).toEqual([[o.course.code, "OVERDUE"]]);
  });

  it("names a person's mandatory courses in their language when the course has it", async () => {
    const o = await organisation();
    await db.course.update({ where: { id: o.course.id }, data: { translations: { fr: { title: "Travailler ensemble" }, zh: { title: "携手共事" } } } });
    expect((await myStates(o.late.id, "2026-04-10", "fr")).map((r) => r.courseTitle)).toEqual(["Travailler ensemble"]);
    expect((await myStates(o.late.id, "2026-04-10", "zh")).map((r) => r.courseTitle)).toEqual(["携手共事"]);
    expect((await myStates(o.late.id, "2026-04-10", "en")).map((r) => r.courseTitle)).toEqual([o.course.title]);
  });
});

describe("compliance as of a past day (the Reports page's annual-report year)", () => {
  it("counts the people employed then, the requirements in force then, exemptions and completions by then", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const sector = await createSector(db);
    const person = (fullName: string, hireDate: string) => createStaff(db, { sectorId: sector.id, fullName, hireDate: parseIsoDate(hireDate) });
    const course = await createCourse(db, { title: "Working Together" });
    // Entered today (createdAt), in effect since 2019: effectiveFrom decides.
    const r = await createRequirementRow(db, course.id, { audienceKind: "SECTOR", audienceValues: [sector.id], effectiveFrom: "2019-07-01", dueDate: "2019-12-31", dueAfterDays: 30 });
    const laterCourse = await createCourse(db);
    const later = await createRequirementRow(db, laterCourse.id, { audienceKind: "SECTOR", audienceValues: [sector.id], effectiveFrom: "2021-01-01", dueDate: "2021-06-30" });
    const retiredCourse = await createCourse(db);
    const retired = await createRequirementRow(db, retiredCourse.id, { audienceKind: "SECTOR", audienceValues: [sector.id], effectiveFrom: "2019-01-01", dueDate: "2019-06-30" });
    await db.requirement.update({ where: { id: retired.id }, data: { retiredAt: new Date("2020-05-01T08:00:00Z") } });

    const done = await person("Dora Done", "2012-03-01");
    const lateCompleter = await person("Carl Completed-Later", "2014-05-01");
    const exemptLater = await person("Erin Exempted-Later", "2015-09-01");
    const leftAfter = await person("Lena Left-Later", "2016-01-04");
    const leftBefore = await person("Leo Left-Before", "2016-01-04");
    await person("Hugo Hired-After", "2021-02-01");
    await person("Fay Future", addYears(toIsoDate(new Date()), 1));
    await recordTraining(db, { staffId: done.id, course, endDate: "2020-01-10" });
    await recordTraining(db, { staffId: lateCompleter.id, course, endDate: "2020-09-01" });
    await grantExemption(admin, { requirementId: r.id, staffId: exemptLater.id, reason: "Seconded to another agency" }, new Date("2021-03-01T10:00:00Z"));
    await db.staff.update({ where: { id: leftBefore.id }, data: { active: false, leftOn: parseIsoDate("2020-03-31") } });
    await db.staff.update({ where: { id: leftAfter.id }, data: { active: false, leftOn: parseIsoDate("2021-01-15") } });

    const onDay = await complianceOnDay("2020-06-30");
    // Only the requirement in force that day (not the later one, not the one retired in May 2020).
    expect(onDay.map((x) => x.requirementId).filter((id) => [r.id, later.id, retired.id].includes(id))).toEqual([r.id]);
    // Dora compliant; Carl (completed in September), Erin (exempted in 2021) and Lena (left in 2021) overdue;
    // Hugo (hired 2021), Fay (hired next year) and Leo (left in March 2020) not counted at all.
    expect(onDay.find((x) => x.requirementId === r.id)?.counts).toEqual({ OVERDUE: 3, DUE: 0, NOT_DUE_YET: 0, COMPLIANT: 1, EXEMPT: 0, total: 4 });

    // The live dashboard is as before: today's staff, looking ahead (Fay is not due yet), exemptions and completions to date.
    const today = toIsoDate(new Date());
    const live = await dashboardOverview(today, { escalateAfterDays: 30, escalationLimit: 15 });
    expect(live.byRequirement.get(r.id)?.counts).toEqual({ OVERDUE: 1, DUE: 0, NOT_DUE_YET: 1, COMPLIANT: 2, EXEMPT: 1, total: 5 });
    expect(live.byRequirement.has(retired.id)).toBe(false);
    expect((await requirementCounts(today, { escalateAfterDays: 30 })).get(r.id)?.counts).toEqual(live.byRequirement.get(r.id)?.counts);
    // As of today the report counts the same people, except the one not hired yet.
    expect((await complianceOnDay(today)).find((x) => x.requirementId === r.id)?.counts).toEqual({ OVERDUE: 1, DUE: 0, NOT_DUE_YET: 0, COMPLIANT: 2, EXEMPT: 1, total: 4 });
  });
});

describe("why not complete?", () => {
  it("explains in terms of the course: lessons not done, the best quiz score against the pass mark, the deadline", async () => {
    const dept = await createDepartment(db);
    const course = await createCourse(db, { passMark: 80 });
    const r = await createRequirementRow(db, course.courseId, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-12-01" });
    const manager = await createStaff(db);
    const learnerRow = await createStaff(db, { departmentId: dept.id, managerId: manager.id });
    const learner = asActor(learnerRow);
    const lessons = await lessonsOf(db, course.versionId);
    const quiz = lessons.find((l) => l.kind === "QUIZ")!;

    let e = await explainRequirement(learner, learner.id, r.id, new Date("2026-06-01T10:00:00Z"));
    expect(e.state).toMatchObject({ state: "DUE", dueOn: "2026-12-01" });
    expect(e.basis).toEqual({ kind: "IN_PLACE_FIXED", effectiveFrom: "2026-01-01", dueOn: "2026-12-01" });
    expect(e.progress).toMatchObject({ started: false, completed: false });

    await startCourse(learner, course.courseId);
    await completeLesson(learner, lessons[0]!.id);
    await attestLesson(learner, lessons[2]!.id);
    await submitQuiz(learner, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 3) }); // 60%
    e = await explainRequirement(learner, learner.id, r.id, new Date("2026-06-01T10:00:00Z"));
    expect(e.progress).toMatchObject({
      started: true,
      completed: false,
      lessonsDone: 2,
      lessonsRequired: 4,
      missingLessons: [{ position: lessons[1]!.position, title: "How to act" }, { position: quiz.position, title: "Check your understanding" }],
      quiz: { bestScore: 60, passMark: 80, attempts: 1, maxAttempts: null },
    });

    // The manager may look; another manager may not; L&D may.
    const asManager = asActor(manager, ["LEARNER", "MANAGER"]);
    expect((await explainRequirement(asManager, learner.id, r.id, new Date("2026-06-01T10:00:00Z"))).person.id).toBe(learner.id);
    const stranger = await createActorWithRole(db, "MANAGER");
    await expect(explainRequirement(stranger, learner.id, r.id, new Date())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createActorWithRole(db, "LD_ADMIN");
    expect((await explainRequirement(admin, learner.id, r.id, new Date("2026-06-01T10:00:00Z"))).state?.state).toBe("DUE");

    // Completing the course makes it compliant, and the explanation lists the completion.
    await completeLesson(learner, lessons[1]!.id);
    await submitQuiz(learner, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    e = await explainRequirement(learner, learner.id, r.id, new Date());
    expect(e.state?.state).toBe("COMPLIANT");
    expect(e.completions).toHaveLength(1);
  });

  it("says when a requirement does not apply to the person", async () => {
    const dept = await createDepartment(db);
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id] });
    const outsider = await createStaff(db);
    const e = await explainRequirement(asActor(outsider), outsider.id, r.id, new Date("2026-03-01T10:00:00Z"));
    expect(e.state).toBeNull();
    expect(e.requirement.audienceLabels).toEqual([dept.name]);
  });
});
