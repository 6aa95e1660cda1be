import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedCourses } from "./courses";
import { seedSessions } from "./sessions";
import { listOpenSessions } from "~/server/enrolment/sessions";
import { enrolSelf } from "~/server/enrolment/session-places";
import { markAttendance, sessionRoster } from "~/server/enrolment/attendance";
import { learningHistory } from "~/server/records/history";

const db = testDb();

describe("the demo sessions", () => {
  it("seeds past sessions with attendance in the ledger, upcoming ones with a nearly full session, and one open for late registration", { timeout: 180_000 }, async () => {
    const asOf = new Date("2026-11-24T10:20:00Z");
    const org = await seedOrganisation(createRng(20200630), asOf);
    await seedCourses({ staff: org.staff, demo: org.demo, asOf });
    await seedSessions({ staff: org.staff, demo: org.demo, asOf });

    // The ledger holds exactly one row per participant of a past session, ATTENDED or NO_SHOW like the enrolment.
    const [consistency] = await db.$queryRaw<{ participants: number; records: number; mismatched: number }[]>`
      SELECT count(*)::int AS participants, count(r.id)::int AS records,
             count(*) FILTER (WHERE r.status::text IS DISTINCT FROM e.state::text)::int AS mismatched
      FROM "Enrollment" e LEFT JOIN "TrainingRecord" r ON r."sourceKey" = 'enrolment:' || e.id
      WHERE e.state IN ('ATTENDED', 'NO_SHOW')`;
    expect(consistency!.participants).toBeGreaterThan(400);
    expect(consistency!.records).toBe(consistency!.participants);
    expect(consistency!.mismatched).toBe(0);
    // Training days of a record never exceed what its session scheduled.
    const [over] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "TrainingRecord" r JOIN "Enrollment" e ON r."sourceKey" = 'enrolment:' || e.id
      JOIN "CourseSession" s ON s.id = e."sessionId" WHERE r."trainingDays" > s."trainingDays"`;
    expect(over!.n).toBe(0);

    // The catalogue's length of a Respect workshop is what its sessions credit (scheduled hours × 0.125): half a day.
    const disagreeing = await db.$queryRaw<{ code: string; course: string; session: string }[]>`
      SELECT DISTINCT c.code, c."trainingDays"::text AS course, s."trainingDays"::text AS session
      FROM "CourseSession" s JOIN "Course" c ON c.id = s."courseId"
      WHERE c.code IN ('RESPECT', 'RESPECT-MGR') AND s."trainingDays" <> c."trainingDays"`;
    expect(disagreeing).toEqual([]);
    expect(await db.courseSession.count({ where: { course: { code: "RESPECT" } } })).toBeGreaterThan(20);

    const open = await listOpenSessions({ id: org.demo.LEARNER.id }, {}, asOf);
    const nearlyFull = open.find((s) => s.course.code === "RESPECT-MGR");
    expect(nearlyFull).toMatchObject({ seatsLeft: 1, capacity: 16 });
    const late = open.find((s) => s.inProgress);
    expect(late?.course.code).toBe("COMM-MEDIA");
    expect(late!.days).toHaveLength(2);

    // The journey of the end-to-end test, through the domain: the learner joins late, L&D takes both days.
    const { enrollmentId } = await enrolSelf({ id: org.demo.LEARNER.id }, late!.id, asOf);
    const ld = org.demo.LD_ADMIN;
    const admin = { id: ld.id, employeeId: ld.employeeId, email: "x@example.org", fullName: "L&D", locale: "en", roles: ["LEARNER" as const, "LD_ADMIN" as const] };
    const roster = await sessionRoster(admin, late!.id, asOf);
    expect(roster.session.days.every((d) => d.started)).toBe(true);
    await markAttendance(admin, { sessionId: late!.id, marks: roster.session.days.map((d) => ({ enrollmentId, dayId: d.id, mark: "ATTENDED" as const })) }, asOf);
    const history = await learningHistory(org.demo.LEARNER.id);
    expect(history.records.find((r) => r.course.code === "COMM-MEDIA")).toMatchObject({ status: "ATTENDED", trainingDays: "0.875" });
    expect(history.records.filter((r) => r.source === "SESSION").length).toBeGreaterThanOrEqual(3);
  });
});
