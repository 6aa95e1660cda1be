import { describe, expect, it } from "vitest";
import { Prisma } from "~/server/generated/prisma/client";
import { testDb } from "~/tests/db";
import { actorOf, createMentee, createMentor, createStaff } from "~/tests/factories";
import { acceptRequest, declineRequest, sendRequests } from "~/server/mentoring/requests";
import { closePairing, giveFeedback } from "~/server/mentoring/pairings";
import { mentoringStats, mentoringStatsCsv } from "~/server/mentoring/stats";

const db = testDb();
const MESSAGE = "I would like to work with you on my goals for this year.";

describe("mentoringStats", () => {
  it("counts pairings, answers within 7 days, satisfaction from 5 answers, mentors at capacity and coaching hours, for the period only", async () => {
    // Everything in this test file's database happens in 2030, so the figures are this test's own.
    const t = (iso: string) => new Date(`${iso}T09:00:00Z`);
    const full = await createMentor(db, { capacity: 1 });
    const roomy = await createMentor(db, { capacity: 3 });
    const mentees = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createMentee(db)));

    // Three pairings: one started and completed in the period (3 months), one ended early, one still running.
    const ids: string[] = [];
    for (const [i, e] of mentees.slice(0, 3).entries()) {
      const mentor = i === 0 ? full : roomy;
      const [r] = await sendRequests(actorOf(e), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 3 }, t("2030-01-06"));
      // Answered after 2, 5 and 9 days: two within 7 days.
      ids.push((await acceptRequest(actorOf(mentor), { requestId: r!.id }, t(["2030-01-08", "2030-01-11", "2030-01-15"][i]!))).pairing.id);
    }
    // Mentor "full" stays at capacity: their pairing (ids[0]) keeps running; the other two close.
    await closePairing(actorOf(roomy), { pairingId: ids[1]! }, t("2030-04-20"));
    await closePairing(actorOf(roomy), { pairingId: ids[2]!, reason: "SCHEDULES" }, t("2030-03-01"));
    // A request declined after 1 day, one never answered.
    const [d] = await sendRequests(actorOf(mentees[3]!), { mentorIds: [roomy.id], message: MESSAGE, durationMonths: 6 }, t("2030-02-01"));
    await declineRequest(actorOf(roomy), { requestId: d!.id, reason: "FULL" }, t("2030-02-02"));
    await sendRequests(actorOf(mentees[4]!), { mentorIds: [roomy.id], message: MESSAGE, durationMonths: 6 }, t("2030-02-03"));

    // (The fifth answer below is written directly: the running pairing cannot take feedback yet.)
    // Four feedback answers: the average stays hidden until the fifth.
    await giveFeedback(actorOf(mentees[1]!), { pairingId: ids[1]!, rating: 5, comment: "", rematchRequested: false }, t("2030-04-21"));
    await giveFeedback(actorOf(roomy), { pairingId: ids[1]!, rating: 4, comment: "", rematchRequested: false }, t("2030-04-21"));
    await giveFeedback(actorOf(mentees[2]!), { pairingId: ids[2]!, rating: 2, comment: "", rematchRequested: false }, t("2030-03-02"));
    await giveFeedback(actorOf(roomy), { pairingId: ids[2]!, rating: 3, comment: "", rematchRequested: false }, t("2030-03-02"));

    // Coaching: two people, 1.5 + 2.25 + 1 hours in the period, one session outside it.
    const coachStaff = await createStaff(db);
    const coach = await db.coach.create({ data: { staffId: coachStaff.id, languages: ["en"] } });
    for (const [who, iso, h] of [[mentees[0]!, "2030-02-10", "1.5"], [mentees[0]!, "2030-03-10", "2.25"], [mentees[5]!, "2030-05-05", "1"], [mentees[5]!, "2031-01-05", "3"]] as const) {
      await db.coachingSession.create({ data: { coachId: coach.id, coacheeId: who.id, heldOn: new Date(`${iso}T00:00:00Z`), hours: new Prisma.Decimal(h) } });
    }

    const period = { from: "2030-01-01", to: "2030-06-30" };
    const s = await mentoringStats(period);
    expect(s).toMatchObject({
      activePairings: 1,
      pairingsStarted: 3,
      pairingsCompleted: 1,
      pairingsEndedEarly: 1,
      requests: 5,
      answeredInTime: 3,
      satisfaction: { answers: 4, average: null },
      coaching: { people: 2, sessions: 3, hours: "4.75" },
    });
    // 2030-01-15 → 2030-04-20 is 95 days, 2030-01-11 → 2030-03-01 is 49: the median of the two is 72.
    expect(s.medianDurationDays).toBe(72);
    expect(s.answeredInTimeShare).toBeCloseTo(0.6);
    expect(s.mentorsAtCapacity).toBeGreaterThanOrEqual(1);

    await db.pairingFeedback.create({ data: { pairingId: ids[0]!, authorId: full.id, rating: 1, createdAt: t("2030-05-01") } });
    expect((await mentoringStats(period)).satisfaction).toEqual({ answers: 5, average: 3 });

    const csv = mentoringStatsCsv(await mentoringStats(period));
    expect(csv).toContain("Coaching hours,4.75\r\n");
    expect(csv).toContain("Share answered within 7 days (%),60\r\n");
  });
});
