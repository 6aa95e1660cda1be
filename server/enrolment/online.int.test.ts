import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createCourse, createStaff } from "~/tests/factories";
import { ensureOnlineEnrolment, ensureOnlineEnrolments, markOnlineEnrolment } from "~/server/enrolment/online";

const db = testDb();
// Far from the wall clock, so that a timestamp taken from it could not pass for this one.
const asOf = new Date("2031-05-06T07:08:09.123Z");

async function enrolmentOf(staffId: string, courseId: string) {
  return db.enrollment.findMany({
    where: { staffId, courseId },
    select: { state: true, origin: true, stateChangedAt: true, stateChangedBy: true, history: { select: { state: true, at: true, actorId: true, note: true }, orderBy: { at: "asc" } } },
  });
}

describe("online enrolments", () => {
  it("stamps the caller's asOf, not the wall clock, when it opens and moves an enrolment", async () => {
    const [person, course] = await Promise.all([createStaff(db), createCourse(db)]);
    const started = new Date(asOf.getTime() + 60_000);

    await db.$transaction((tx) => ensureOnlineEnrolment(tx, person.id, course.id, { actorId: person.id, asOf }));
    await db.$transaction((tx) => markOnlineEnrolment(tx, person.id, course.id, "IN_PROGRESS", { actorId: person.id, asOf: started }));

    const [e] = await enrolmentOf(person.id, course.id);
    expect(e).toMatchObject({ state: "IN_PROGRESS", origin: "SELF", stateChangedAt: started, stateChangedBy: person.id });
    expect(e!.history).toEqual([
      { state: "ENROLLED", at: asOf, actorId: person.id, note: null },
      { state: "IN_PROGRESS", at: started, actorId: person.id, note: null },
    ]);
  });

  it("moves an enrolment once: the same step again records nothing", async () => {
    const [person, course] = await Promise.all([createStaff(db), createCourse(db)]);
    for (let i = 0; i < 2; i++) {
      await db.$transaction((tx) => markOnlineEnrolment(tx, person.id, course.id, "IN_PROGRESS", { actorId: person.id, asOf }));
    }
    const rows = await enrolmentOf(person.id, course.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.history.map((h) => h.state)).toEqual(["ENROLLED", "IN_PROGRESS"]);
  });

  it("opens the daily run's enrolments at its asOf, once per person and course, and leaves open ones alone", async () => {
    const [a, b, course] = await Promise.all([createStaff(db), createStaff(db), createCourse(db)]);
    await db.$transaction((tx) => ensureOnlineEnrolment(tx, b.id, course.id, { actorId: b.id, asOf: new Date("2031-01-01T00:00:00Z") }));

    const wanted = [{ staffId: a.id, courseId: course.id }, { staffId: a.id, courseId: course.id }, { staffId: b.id, courseId: course.id }];
    expect(await ensureOnlineEnrolments(wanted, { asOf })).toBe(1);
    expect(await ensureOnlineEnrolments(wanted, { asOf })).toBe(0);

    const [opened] = await enrolmentOf(a.id, course.id);
    expect(opened).toMatchObject({ state: "ENROLLED", origin: "REQUIREMENT", stateChangedAt: asOf, stateChangedBy: null });
    expect(opened!.history).toEqual([{ state: "ENROLLED", at: asOf, actorId: null, note: "Mandatory training: enrolled by the requirement" }]);
    expect(await enrolmentOf(b.id, course.id)).toHaveLength(1);
  });
});
