import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, createCourse } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { recordParticipations, type ParticipationInput } from "./ledger";

const db = testDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("recordParticipations (bulk writes into the ledger)", () => {
  it("writes each participation once per sourceKey, and refuses a batch with an end before its start, writing none of it", async () => {
    const course = await createCourse(db);
    const people = await Promise.all([createStaff(db), createStaff(db), createStaff(db)]);
    const row = (staffId: string, end = "2020-02-03"): ParticipationInput => ({
      staffId, courseId: course.id, categoryId: course.categoryId, mode: "ONLINE", startDate: day("2020-02-03"), endDate: day(end),
      trainingDays: "0.250", status: "COMPLETED", source: "ONLINE", sourceKey: `bulk-test:${staffId}:${course.id}`,
    });
    expect(await recordParticipations(db, people.map((p) => row(p.id)))).toBe(3);
    expect(await recordParticipations(db, people.map((p) => row(p.id)))).toBe(0);
    expect(await db.trainingRecord.count({ where: { courseId: course.id } })).toBe(3);

    const late = await createStaff(db);
    const other = await createStaff(db);
    const refused = await recordParticipations(db, [row(other.id), row(late.id, "2020-01-31")]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).userMessage).toContain("The end date is before the start date");
    expect(await db.trainingRecord.count({ where: { courseId: course.id } })).toBe(3);
  });
});
