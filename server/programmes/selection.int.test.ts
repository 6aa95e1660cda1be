import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createActorWithRole, createCourse, createStaff, uniq } from "~/tests/factories";
import { AddComponentInput, CreateCohortInput } from "~/lib/schemas/programme-admin";
import { addComponent, createCohort, createProgramme, moveComponent, removeComponent, updateCohort } from "~/server/programmes/admin";
import { decide, publishSelection, reviewBoard, saveReview } from "~/server/programmes/selection";
import { cohortGrid, completeCohort, setOutcome, setProgress } from "~/server/programmes/cohort";

const db = testDb();
const asOf = new Date("2026-11-20T10:00:00Z");
const ELIGIBLE = { eligible: true, inService: true, closest: 0, alternatives: [{ met: true, rules: [{ kind: "grade", met: true, actual: "P3" }] }] };
const INELIGIBLE = { eligible: false, inService: true, closest: 0, alternatives: [{ met: false, rules: [{ kind: "grade", met: false, actual: "G5" }] }] };

async function setup(places = 3) {
  const admin = actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN");
  const programme = await createProgramme(admin, {
    code: uniq("P").toUpperCase().slice(0, 12),
    name: "Leadership test",
    summary: "",
    description: "",
    durationMonths: 9,
    eligibility: { alternatives: [[{ kind: "grade", grades: ["P3"] }]] },
  });
  const cohort = await createCohort(admin, { programmeId: programme.id, name: "2027", opensOn: "2026-11-01", closesOn: "2026-12-15", startsOn: "2027-03-01", endsOn: "2027-11-30", places });
  return { admin, programmeId: programme.id, cohortId: cohort.id };
}

async function apply(cohortId: string, o: { eligible?: boolean; name?: string } = {}) {
  const staff = await createStaff(db, { fullName: o.name ?? `Applicant ${uniq()}` });
  return db.programmeApplication.create({
    data: { cohortId, staffId: staff.id, motivation: "I want to lead.", goals: "Lead a team.", eligibility: o.eligible === false ? INELIGIBLE : ELIGIBLE, grade: staff.grade, gender: staff.gender, endorsement: "NOT_REQUIRED" },
    include: { staff: true },
  });
}

describe("cohorts and components", () => {
  it("refuses a cohort whose dates are out of order or that has no place", () => {
    const base = { programmeId: "p1", name: "2027", opensOn: "2026-11-01", closesOn: "2026-12-15", startsOn: "2027-03-01", endsOn: "2027-11-30", places: 5 };
    expect(CreateCohortInput.safeParse(base).success).toBe(true);
    const field = (v: object) => {
      const r = CreateCohortInput.safeParse({ ...base, ...v });
      return r.success ? null : r.error.issues[0]!.path.join(".");
    };
    expect(field({ closesOn: "2026-11-01" })).toBe("closesOn");
    expect(field({ startsOn: "2026-12-10" })).toBe("startsOn");
    expect(field({ endsOn: "2027-02-01" })).toBe("endsOn");
    expect(field({ places: 0 })).toBe("places");
  });

  it("refuses a second cohort of the same name and fewer places than people selected", async () => {
    const { admin, programmeId, cohortId } = await setup(3);
    await expect(createCohort(admin, { programmeId, name: "2027", opensOn: "2027-11-01", closesOn: "2027-12-15", startsOn: "2028-03-01", endsOn: "2028-11-30", places: 3 })).rejects.toMatchObject({ code: "CONFLICT", key: "programmeAdmin.cohortNameTaken" });
    for (let i = 0; i < 2; i++) await decide(admin, { applicationId: (await apply(cohortId)).id, decision: "select" }, asOf);
    const dates = { cohortId, name: "2027", opensOn: "2026-11-01", closesOn: "2026-12-15", startsOn: "2027-03-01", endsOn: "2027-11-30" };
    await expect(updateCohort(admin, { ...dates, places: 1 })).rejects.toMatchObject({ key: "programmeAdmin.placesBelowSelected" });
    await updateCohort(admin, { ...dates, places: 2 });
    expect((await db.programmeCohort.findUniqueOrThrow({ where: { id: cohortId } })).places).toBe(2);
  });

  it("checks a component's link and keeps the order when components are moved and removed", async () => {
    const { admin, cohortId } = await setup();
    expect(AddComponentInput.safeParse({ cohortId, kind: "COURSE", title: "A course" }).success).toBe(false);
    expect(AddComponentInput.safeParse({ cohortId, kind: "GROUP_SESSION", title: "Group", coachingHours: 2 }).success).toBe(false);
    const draft = await createCourse(db, { status: "DRAFT" });
    await expect(addComponent(admin, { cohortId, kind: "COURSE", title: "Draft", courseId: draft.id })).rejects.toMatchObject({ key: "programmeAdmin.linkUnavailable" });
    const a = await addComponent(admin, { cohortId, kind: "COACHING", title: "Coaching", coachingHours: 6 });
    const b = await addComponent(admin, { cohortId, kind: "GROUP_SESSION", title: "Group sessions" });
    const c = await addComponent(admin, { cohortId, kind: "ASSESSMENT", title: "360° assessment" });
    await moveComponent(admin, { componentId: c.id, direction: "up" });
    await removeComponent(admin, a.id);
    const order = await db.programmeComponent.findMany({ where: { cohortId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    expect(order).toEqual([
      { id: c.id, position: 1 },
      { id: b.id, position: 2 },
    ]);
    const audited = await db.auditEntry.count({ where: { entity: "ProgrammeComponent", entityId: { in: [a.id, b.id, c.id] } } });
    expect(audited).toBe(5);
  });
});

describe("reviewing and selecting", () => {
  it("keeps one review per reviewer, shows everyone's and sorts by the average", async () => {
    const { admin, cohortId } = await setup();
    const other = actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN");
    const low = await apply(cohortId, { name: "Low Scored" });
    const high = await apply(cohortId, { name: "High Scored" });
    await saveReview(admin, { applicationId: low.id, score: 2, note: "" });
    await saveReview(admin, { applicationId: high.id, score: 3, note: "first thought" });
    await saveReview(admin, { applicationId: high.id, score: 5, note: "strong goals" });
    await saveReview(other, { applicationId: high.id, score: 4, note: "" });
    const board = (await reviewBoard(cohortId, admin.id))!;
    expect(board.applications.map((a) => [a.name, a.average])).toEqual([
      ["High Scored", 4.5],
      ["Low Scored", 2],
    ]);
    expect(board.applications[0]!.reviews.find((r) => r.mine)).toMatchObject({ score: 5, note: "strong goals" });
    expect(await db.programmeReview.count({ where: { applicationId: high.id } })).toBe(2);
  });

  it("puts the person on the waiting list when every place is taken, in order", async () => {
    const { admin, cohortId } = await setup(2);
    const apps = await Promise.all([1, 2, 3, 4].map(() => apply(cohortId)));
    const outcomes = [];
    for (const a of apps) outcomes.push(await decide(admin, { applicationId: a.id, decision: "select" }, asOf));
    expect(outcomes.map((o) => [o.status, o.waitlistPosition, o.full])).toEqual([
      ["SELECTED", null, false],
      ["SELECTED", null, false],
      ["WAITLISTED", 1, true],
      ["WAITLISTED", 2, true],
    ]);
    // A selected person set back frees the place; the waiting list closes its gaps when someone leaves it.
    await decide(admin, { applicationId: apps[0]!.id, decision: "undo" }, asOf);
    await decide(admin, { applicationId: apps[2]!.id, decision: "reject" }, asOf);
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: apps[3]!.id } })).waitlistPosition).toBe(1);
    expect(await decide(admin, { applicationId: apps[3]!.id, decision: "select" }, asOf)).toMatchObject({ status: "SELECTED", full: false });
  });

  it("selects exactly as many people as places when two reviewers select five each at once", async () => {
    const { cohortId } = await setup(3);
    const [r1, r2] = [actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN"), actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN")];
    const apps = await Promise.all(Array.from({ length: 10 }, () => apply(cohortId)));
    await Promise.all(apps.map((a, i) => decide(i % 2 ? r2 : r1, { applicationId: a.id, decision: "select" }, asOf)));
    const rows = await db.programmeApplication.findMany({ where: { cohortId }, select: { status: true, waitlistPosition: true } });
    expect(rows.filter((r) => r.status === "SELECTED")).toHaveLength(3);
    expect(rows.filter((r) => r.status === "WAITLISTED").map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("selects someone who did not meet the rule only with a reason, kept in the audit trail", async () => {
    const { admin, cohortId } = await setup();
    const app = await apply(cohortId, { eligible: false });
    await expect(decide(admin, { applicationId: app.id, decision: "select" }, asOf)).rejects.toMatchObject({ code: "CONFLICT", key: "programmeAdmin.notEligible" });
    await decide(admin, { applicationId: app.id, decision: "select", overrideReason: "Acting P3 since March" }, asOf);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "ProgrammeApplication", entityId: app.id, action: "programme.application.select" } });
    expect(entry.reason).toBe("Acting P3 since March");
  });
});

describe("publishing the selection and running the cohort", () => {
  it("tells every applicant once, closes undecided applications and opens each participant's components", async () => {
    const { admin, cohortId } = await setup(2);
    await addComponent(admin, { cohortId, kind: "COACHING", title: "Coaching", coachingHours: 6 });
    await addComponent(admin, { cohortId, kind: "GROUP_SESSION", title: "Group sessions" });
    const [s1, s2, w1, undecided, withdrawn] = await Promise.all([1, 2, 3, 4, 5].map(() => apply(cohortId)));
    for (const a of [s1!, s2!, w1!]) await decide(admin, { applicationId: a.id, decision: "select" }, asOf);
    await db.programmeApplication.update({ where: { id: withdrawn!.id }, data: { status: "WITHDRAWN" } });

    const [first, again] = [await publishSelection(admin, cohortId, asOf), await publishSelection(admin, cohortId, asOf)];
    expect(first).toEqual({ published: true, told: 4 });
    expect(again).toEqual({ published: false, told: 0 });
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: undecided!.id } })).status).toBe("NOT_SELECTED");
    const mails = await db.emailMessage.findMany({ where: { to: { in: [s1, s2, w1, undecided, withdrawn].map((a) => a!.staff.email) } }, select: { to: true, subject: true, text: true } });
    expect(mails).toHaveLength(4);
    expect(mails.find((m) => m.to === w1!.staff.email)?.text).toContain("number 1 on the waiting list");
    expect(mails.find((m) => m.to === undecided!.staff.email)?.subject).toContain("Your application to Leadership test 2027");
    expect(await db.notification.count({ where: { staffId: { in: [s1!.staffId, s2!.staffId, w1!.staffId, undecided!.staffId] } } })).toBe(4);
    expect(await db.programmeComponentProgress.count({ where: { application: { cohortId } } })).toBe(4);
    await expect(decide(admin, { applicationId: undecided!.id, decision: "select" }, asOf)).rejects.toMatchObject({ key: "programmeAdmin.selectionPublished" });
  });

  it("promotes the first person waiting when a participant drops out, and tells them", async () => {
    const { admin, cohortId } = await setup(1);
    await addComponent(admin, { cohortId, kind: "ASSESSMENT", title: "Assessment" });
    const [p, w1, w2] = await Promise.all([1, 2, 3].map(() => apply(cohortId)));
    for (const a of [p!, w1!, w2!]) await decide(admin, { applicationId: a.id, decision: "select" }, asOf);
    await publishSelection(admin, cohortId, asOf);

    expect(await setOutcome(admin, { applicationId: p!.id, outcome: "DROPPED" }, asOf)).toEqual({ changed: true, promoted: 1 });
    expect(await setOutcome(admin, { applicationId: p!.id, outcome: "DROPPED" }, asOf)).toEqual({ changed: false, promoted: 0 });
    const rows = await db.programmeApplication.findMany({ where: { cohortId }, select: { id: true, status: true, waitlistPosition: true } });
    expect(rows.find((r) => r.id === w1!.id)).toMatchObject({ status: "SELECTED", waitlistPosition: null });
    expect(rows.find((r) => r.id === w2!.id)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    const promoted = await db.emailMessage.findMany({ where: { to: w1!.staff.email }, select: { subject: true } });
    expect(promoted.map((m) => m.subject)).toEqual(expect.arrayContaining(["A place is yours: Leadership test 2027"]));

    const grid = (await cohortGrid(cohortId))!;
    const component = grid.components[0]!.id;
    await setProgress(admin, { applicationId: w1!.id, componentId: component, status: "COMPLETED" }, asOf);
    await expect(setProgress(admin, { applicationId: p!.id, componentId: component, status: "COMPLETED" }, asOf)).rejects.toMatchObject({ key: "programmeAdmin.notParticipant" });
    await setOutcome(admin, { applicationId: w1!.id, outcome: "COMPLETED" }, asOf);
    await completeCohort(admin, cohortId, asOf);
    await expect(setProgress(admin, { applicationId: w1!.id, componentId: component, status: "MISSED" }, asOf)).rejects.toMatchObject({ key: "programmeAdmin.cohortCompleted" });
    const after = (await cohortGrid(cohortId))!;
    expect(after.participants.find((x) => x.applicationId === w1!.id)).toMatchObject({ status: "COMPLETED", cells: [{ status: "COMPLETED" }] });
  });

  it("gives new places of a running cohort to the people waiting, in order", async () => {
    const { admin, cohortId } = await setup(1);
    const [p, w1, w2] = await Promise.all([1, 2, 3].map(() => apply(cohortId)));
    for (const a of [p!, w1!, w2!]) await decide(admin, { applicationId: a.id, decision: "select" }, asOf);
    await publishSelection(admin, cohortId, asOf);
    await updateCohort(admin, { cohortId, name: "2027", opensOn: "2026-11-01", closesOn: "2026-12-15", startsOn: "2027-03-01", endsOn: "2027-11-30", places: 2 });
    const rows = await db.programmeApplication.findMany({ where: { cohortId }, select: { id: true, status: true, waitlistPosition: true } });
    expect(rows.find((r) => r.id === w1!.id)).toMatchObject({ status: "SELECTED" });
    expect(rows.find((r) => r.id === w2!.id)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
  });

  it("suggests a participant's logged coaching hours within the cohort's dates", async () => {
    const { admin, cohortId } = await setup(1);
    await addComponent(admin, { cohortId, kind: "COACHING", title: "Coaching", coachingHours: 6 });
    const p = await apply(cohortId);
    await decide(admin, { applicationId: p.id, decision: "select" }, asOf);
    await publishSelection(admin, cohortId, asOf);
    const coach = await db.coach.create({ data: { staffId: (await createStaff(db)).id } });
    await db.coachingSession.createMany({
      data: [
        { coachId: coach.id, coacheeId: p.staffId, heldOn: new Date("2027-04-02"), hours: 1.5 },
        { coachId: coach.id, coacheeId: p.staffId, heldOn: new Date("2027-05-07"), hours: 2 },
        { coachId: coach.id, coacheeId: p.staffId, heldOn: new Date("2026-01-10"), hours: 4 },
      ],
    });
    const grid = (await cohortGrid(cohortId))!;
    expect(grid.participants[0]!.cells[0]!.suggestedHours).toBe(3.5);
  });
});

describe("who may call", () => {
  it("refuses a learner and an auditor every change, and lets the auditor read", async () => {
    const { createCaller } = await import("~/server/api/root");
    const { cohortId } = await setup(1);
    const app = await apply(cohortId);
    const learner = await createActorWithRole(db, "LEARNER");
    const auditor = await createActorWithRole(db, "AUDITOR");
    await expect(createCaller({ actor: learner }).programmeAdmin.decide({ applicationId: app.id, decision: "select" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCaller({ actor: learner }).programmeAdmin.board({ cohortId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCaller({ actor: auditor }).programmeAdmin.publish({ cohortId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await createCaller({ actor: auditor }).programmeAdmin.board({ cohortId, sort: "name" })).applications).toHaveLength(1);
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("SUBMITTED");
    expect(await db.programmeCohort.count({ where: { id: cohortId, selectionPublishedAt: null } })).toBe(1);
  });
});
