import { describe, expect, it } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { testDb } from "~/tests/db";
import { actorOf, createActorWithRole, createCourse, createStaff, recordTraining, uniq } from "~/tests/factories";
import { addStep, assignPath, createPath, publishPath, retirePath } from "~/server/paths/admin";
import { enrolInPath, leavePath, pathForLearner } from "~/server/paths/learner";
import { syncPathCompletions, runPathsDaily } from "~/server/paths/completion";
import { pathsForHome } from "~/server/paths/home";
import { declareExternal, reviewExternal } from "~/server/records/external";
import { categoryByCode } from "~/tests/factories";

const db = testDb();
const AT = new Date("2026-06-15T09:00:00Z");

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

type Course = Awaited<ReturnType<typeof createCourse>>;

/** A path of the given courses, through L&D's own functions; published unless `draft`. */
async function pathOf(admin: Actor, courses: Course[], o: { order?: "SEQUENTIAL" | "FREE"; requiredSteps?: number | null; draft?: boolean } = {}) {
  const code = uniq("P").toUpperCase().replace(/[^A-Z0-9-]/g, "");
  const path = await createPath(admin, { code, title: `Path ${code}`, summary: "", order: o.order ?? "SEQUENTIAL", requiredSteps: o.requiredSteps ?? null });
  for (const c of courses) await addStep(admin, { pathId: path.id, kind: "COURSE", courseId: c.id });
  if (!o.draft) await publishPath(admin, path.id);
  return path;
}

async function learner(): Promise<Actor> {
  return actorOf(await createStaff(db), "LEARNER");
}

describe("a path's steps, read from the ledger", () => {
  it("counts an online completion and a session attended, not another course's, nor a lapsed recertification", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const online = await createCourse(db, { lessons: [] });
    const classroom = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const recert = await createCourse(db, { lessons: [], validityMonths: 12 });
    const other = await createCourse(db, { lessons: [] });
    const path = await pathOf(admin, [online, classroom, recert]);
    const me = await learner();
    // Completed before enrolling: counts.
    await recordTraining(db, { staffId: me.id, course: online, endDate: "2026-03-02" });
    await recordTraining(db, { staffId: me.id, course: classroom, endDate: "2026-05-20", status: "ATTENDED", source: "SESSION" });
    // Valid 12 months from 2025-01-10: lapsed by June 2026.
    await recordTraining(db, { staffId: me.id, course: recert, endDate: "2025-01-10" });
    await recordTraining(db, { staffId: me.id, course: other, endDate: "2026-04-01" });
    // A no-show is no participation.
    await recordTraining(db, { staffId: me.id, course: recert, endDate: "2026-06-01", status: "NO_SHOW" });
    await enrolInPath(me, path.id, AT);

    const view = await pathForLearner(path.code, me.id, AT, "en");
    expect(view.steps.map((s) => s.state)).toEqual(["done", "done", "next"]);
    expect(view.progress).toMatchObject({ done: 2, required: 3, complete: false });
    expect(view.enrolment?.completedAt).toBeNull();
    // The same person a year earlier: the recertification was still valid, the classroom course not yet attended.
    const before = await pathForLearner(path.code, me.id, new Date("2025-06-01T09:00:00Z"), "en");
    expect(before.steps.map((s) => s.state)).toEqual(["next", "locked", "done"]);
    // Training days are information only: the sum of the courses' own.
    expect(view.totalDays).toBe("1.5");
  });

  it("completes a path of N of M once N steps are done, and tells the learner once", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const courses = [await createCourse(db, { lessons: [] }), await createCourse(db, { lessons: [] }), await createCourse(db, { lessons: [] })];
    const path = await pathOf(admin, courses, { order: "FREE", requiredSteps: 2 });
    const me = await learner();
    await enrolInPath(me, path.id, AT);
    await recordTraining(db, { staffId: me.id, course: courses[2]!, endDate: "2026-06-10" });
    expect((await pathForLearner(path.code, me.id, AT, "en")).progress.complete).toBe(false);
    expect(await pathsForHome(me.id, AT, "en")).toEqual([expect.objectContaining({ code: path.code, done: 1, required: 2, next: expect.objectContaining({ href: `/courses/${courses[0]!.code}` }) })]);

    await recordTraining(db, { staffId: me.id, course: courses[0]!, endDate: "2026-06-12" });
    const view = await pathForLearner(path.code, me.id, AT, "en");
    expect(view.progress.complete).toBe(true);
    expect(view.enrolment?.completedAt).toEqual(AT);
    expect(await pathsForHome(me.id, AT, "en")).toEqual([]);
    expect(await db.notification.count({ where: { staffId: me.id, namespace: "paths.email", template: "completed" } })).toBe(1);
    expect(await db.emailMessage.count({ where: { to: me.email.toLowerCase(), subject: `You completed the path Path ${path.code}` } })).toBe(1);
  });
});

describe("an external step", () => {
  it("is done once the learner's declaration naming it is approved, not while it waits", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { lessons: [] });
    const path = await pathOf(admin, [course], { draft: true });
    await addStep(admin, { pathId: path.id, kind: "EXTERNAL", title: "Negotiation basics", provider: "LinkedIn Learning", url: "https://www.linkedin.com/learning/" });
    await publishPath(admin, path.id);
    const me = await learner();
    await enrolInPath(me, path.id, AT);
    await recordTraining(db, { staffId: me.id, course, endDate: "2026-06-01" });
    const step = (await pathForLearner(path.code, me.id, AT, "en")).steps[1]!;
    expect(step).toMatchObject({ external: true, state: "next", href: "https://www.linkedin.com/learning/" });
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n").toString("base64");
    const category = await categoryByCode(db, "COMM");
    const declared = await declareExternal(
      me,
      { title: "Negotiation basics", provider: "LinkedIn Learning", categoryId: category.id, startDate: "2026-06-02", endDate: "2026-06-03", trainingDays: "0.25", description: "", pathStepId: step.id, certificate: { name: "c.pdf", base64: pdf } },
      AT,
    );
    expect((await pathForLearner(path.code, me.id, AT, "en")).progress.complete).toBe(false);
    await reviewExternal(admin, { id: declared.id, decision: "approve", note: "" }, AT);
    const view = await pathForLearner(path.code, me.id, AT, "en");
    expect(view.steps.map((s) => s.state)).toEqual(["done", "done"]);
    expect(view.enrolment?.completedAt).toEqual(AT);
    // A course step cannot be claimed by a declaration.
    const courseStep = view.steps[0]!.id;
    await expect(
      declareExternal(me, { title: "x".repeat(5), provider: "Elsewhere", categoryId: category.id, startDate: "2026-06-02", endDate: "2026-06-03", trainingDays: "0.25", description: "", pathStepId: courseStep, certificate: { name: "c.pdf", base64: pdf } }, AT),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("recording a completion", () => {
  it("records it once when two syncs race (the learner's visit and the daily run)", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { lessons: [] });
    const path = await pathOf(admin, [course]);
    const people = await Promise.all([learner(), learner(), learner()]);
    for (const p of people) {
      await enrolInPath(p, path.id, new Date("2026-06-01T09:00:00Z"));
      await recordTraining(db, { staffId: p.id, course, endDate: "2026-06-10" });
    }
    const results = await Promise.all([
      ...people.map((p) => syncPathCompletions({ staffId: p.id }, AT)),
      ...people.map((p) => syncPathCompletions({ staffId: p.id }, AT)),
      runPathsDaily(AT),
    ]);
    const enrolments = await db.pathEnrolment.findMany({ where: { pathId: path.id } });
    expect(enrolments.every((e) => e.completedAt !== null)).toBe(true);
    // Each of the three completions counted by exactly one of the racing syncs (the daily run may see others' paths too).
    const mine = results.slice(0, 6).reduce((s, r) => s + r.completed, 0);
    expect(mine).toBeLessThanOrEqual(3);
    expect(await db.notification.count({ where: { staffId: { in: people.map((p) => p.id) }, namespace: "paths.email", template: "completed" } })).toBe(3);
    expect(await db.emailMessage.count({ where: { dedupeKey: { in: enrolments.map((e) => `path-completed:${e.id}`) } } })).toBe(3);
    // A later run changes nothing: the date stays the first one.
    await runPathsDaily(new Date("2026-07-01T09:00:00Z"));
    expect((await db.pathEnrolment.findMany({ where: { pathId: path.id } })).map((e) => e.completedAt)).toEqual([AT, AT, AT]);
  });
});

describe("enrolling", () => {
  it("is idempotent, works again after leaving, and is refused for a draft or retired path", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { lessons: [] });
    const path = await pathOf(admin, [course]);
    const me = await learner();
    await Promise.all([enrolInPath(me, path.id, AT), enrolInPath(me, path.id, AT)]);
    expect(await db.pathEnrolment.count({ where: { pathId: path.id, staffId: me.id } })).toBe(1);
    expect(await leavePath(me, path.id, AT)).toEqual({ left: true });
    expect(await leavePath(me, path.id, AT)).toEqual({ left: false });
    expect((await pathForLearner(path.code, me.id, AT, "en")).enrolment).toBeNull();
    await enrolInPath(me, path.id, AT);
    expect((await pathForLearner(path.code, me.id, AT, "en")).enrolment).not.toBeNull();

    const draft = await pathOf(admin, [course], { draft: true });
    expect((await refusal(enrolInPath(me, draft.id, AT))).code).toBe("ENROLMENT_CLOSED");
    expect((await refusal(pathForLearner(draft.code, me.id, AT, "en"))).code).toBe("NOT_FOUND");
    await retirePath(admin, path.id);
    const other = await learner();
    expect((await refusal(enrolInPath(other, path.id, AT))).code).toBe("ENROLMENT_CLOSED");
    expect(await db.pathEnrolment.count({ where: { pathId: draft.id } })).toBe(0);
  });

  it("refuses to publish a path without steps, and audits publishing with before and after", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const empty = await pathOf(admin, [], { draft: true });
    expect((await refusal(publishPath(admin, empty.id))).code).toBe("NOT_PUBLISHABLE");
    const course = await createCourse(db, { lessons: [] });
    await addStep(admin, { pathId: empty.id, kind: "COURSE", courseId: course.id });
    await publishPath(admin, empty.id);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "LearningPath", entityId: empty.id, action: "path.publish" } });
    expect(entry.before).toMatchObject({ status: "DRAFT" });
    expect(entry.after).toMatchObject({ status: "PUBLISHED", steps: [`course:${course.code}`] });
  });
});

describe("L&D's changes", () => {
  it("assigns a path to people by employee ID: new enrolments of origin ADMIN, each told once, twice = once", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { lessons: [] });
    const path = await pathOf(admin, [course]);
    const a = await createStaff(db);
    const b = await createStaff(db);
    const input = { pathId: path.id, people: { by: "list" as const, text: `${a.employeeId}, ${b.email}, nobody-${uniq()}` } };
    expect(await assignPath(admin, input, AT, "en")).toEqual({ assigned: 2, alreadyEnrolled: 0, unknown: 1, inactive: 0 });
    expect(await assignPath(admin, input, AT, "en")).toEqual({ assigned: 0, alreadyEnrolled: 2, unknown: 1, inactive: 0 });
    const rows = await db.pathEnrolment.findMany({ where: { pathId: path.id } });
    expect(rows.map((r) => r.origin)).toEqual(["ADMIN", "ADMIN"]);
    expect(await db.notification.count({ where: { staffId: { in: [a.id, b.id] }, namespace: "paths.email", template: "assigned" } })).toBe(2);
  });
});
