import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCourse, createSession, createStaff, uniq } from "~/tests/factories";
import { enrolSelf } from "~/server/enrolment/session-places";
import { enrolPeople } from "~/server/enrolment/people";
import { cancelSession } from "~/server/enrolment/sessions";
import { sessionRoster } from "~/server/enrolment/attendance";
import { renderError } from "~/server/errors";

const db = testDb();
const asOf = new Date("2026-03-02T10:00:00Z");
// Tuesday 3 March 2026, 09:00–12:30 in Geneva (UTC+1 in winter).
const days = [{ startsAt: new Date("2026-03-03T08:00:00Z"), endsAt: new Date("2026-03-03T11:30:00Z") }];

async function learnerIn(locale: "en" | "fr" | "zh") {
  const staff = await createStaff(db);
  return db.staff.update({ where: { id: staff.id }, data: { locale } });
}

describe("session dates in enrolment mail, in the recipient's language", () => {
  it("writes the dates and the zone of an 'enrolled' mail in French, Chinese and (unchanged) English", async () => {
    const session = await createSession(db, { days, asOf });
    const [en, fr, zh] = [await learnerIn("en"), await learnerIn("fr"), await learnerIn("zh")];
    for (const p of [en, fr, zh]) await enrolSelf({ id: p.id }, session.id, asOf);
    const mailTo = async (email: string) => db.emailMessage.findFirstOrThrow({ where: { to: email } });

    const english = await mailTo(en.email);
    expect(english.subject).toMatch(/^You are enrolled: .*, 3 March 2026$/);
    expect(english.text).toMatch(/- Tuesday,? 3 March 2026, 09:00–12:30 \(Geneva time\)/);

    const french = await mailTo(fr.email);
    expect(french.subject).toMatch(/, 3 mars 2026$/);
    expect(french.text).toContain("- mardi 3 mars 2026, 09:00–12:30 (heure de Genève)");
    expect(french.text).not.toMatch(/March|Tuesday|Geneva/);

    const chinese = await mailTo(zh.email);
    expect(chinese.subject).toContain("2026年3月3日");
    expect(chinese.text).toContain("- 2026年3月3日星期二，09:00–12:30（日内瓦时间）");
    expect(chinese.text).not.toMatch(/March|Tuesday|Geneva/);
  });

  it("dates a cancellation and its list of other sessions in the recipient's language", async () => {
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: course.id, days, asOf });
    await createSession(db, { courseId: course.id, asOf, days: [{ startsAt: new Date("2026-03-17T08:00:00Z"), endsAt: new Date("2026-03-17T11:30:00Z") }] });
    const fr = await learnerIn("fr");
    await enrolSelf({ id: fr.id }, session.id, asOf);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    await cancelSession(admin, { sessionId: session.id, reason: "Formateur malade" }, asOf);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: fr.email, dedupeKey: { startsWith: "session-cancelled:" } } });
    expect(mail.subject).toMatch(/3 mars 2026$/);
    expect(mail.text).toContain("- 17 mars 2026, ");
  });

  it("words a place held in another session with that session's date where it takes place, in the reader's language", async () => {
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    // 00:30 on Tuesday 17 March in Tokyo is still Monday 16 March in UTC: the refusal must say the 17th.
    const tokyo = await createSession(db, { courseId: course.id, asOf, days: [{ startsAt: new Date("2026-03-16T15:30:00Z"), endsAt: new Date("2026-03-16T19:00:00Z") }] });
    await db.courseSession.update({ where: { id: tokyo.id }, data: { timeZone: "Asia/Tokyo" } });
    const geneva = await createSession(db, { courseId: course.id, days, asOf });
    const learner = await createStaff(db, { fullName: `Held ${uniq()}` });
    await enrolSelf({ id: learner.id }, tokyo.id, asOf);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const result = await enrolPeople(admin, { target: { kind: "session", sessionId: geneva.id }, people: { by: "list", text: learner.employeeId } }, asOf);
    expect(result.rejected).toHaveLength(1);
    const { reason } = result.rejected[0]!;
    expect(reason.key).toBe("enrolment.placement.heldElsewhere");
    expect(renderError("en", reason.key, reason.params)).toBe("already has a place in the session of 17 March 2026");
    expect(renderError("fr", reason.key, reason.params)).toBe("a déjà une place dans la session du 17 mars 2026");
    expect(renderError("zh", reason.key, reason.params)).toBe("已在2026年3月17日的场次中占有位置");
  });
});

describe("the roster, sorted by the reader's collation", () => {
  it("lists Chinese names by pinyin for a Chinese reader (李 before 张) and by radical and stroke otherwise (张 before 李)", async () => {
    const session = await createSession(db, { days, asOf, capacity: 5 });
    for (const fullName of ["张伟", "李娜"]) {
      const staff = await createStaff(db, { fullName });
      await enrolSelf({ id: staff.id }, session.id, asOf);
    }
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const names = async (locale: "en" | "zh") => (await sessionRoster(admin, session.id, asOf, locale)).participants.map((p) => p.staff.fullName);
    expect(await names("zh")).toEqual(["李娜", "张伟"]);
    expect(await names("en")).toEqual(["张伟", "李娜"]);
  });
});
