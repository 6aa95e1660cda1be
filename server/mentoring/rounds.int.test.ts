import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, actorOf, createExpertiseArea, createMentee, createMentor } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { DEFAULT_WEIGHTS } from "~/server/mentoring/compatibility";
import { createRound, previewRound, publishRound, roundRankingWindow, saveRanking } from "~/server/mentoring/rounds";
import { acceptRequest, sendRequests } from "~/server/mentoring/requests";
import { mentoringOverview } from "~/server/mentoring/overview";
import { PublishRoundInput } from "~/lib/schemas/mentoring";
import { confirmPairing, getPairing } from "~/server/mentoring/pairings";

const db = testDb();
const T0 = new Date("2026-05-04T08:00:00Z");
const weights = { ...DEFAULT_WEIGHTS };

let admin: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  admin = await createStaff(db, { roles: ["LD_ADMIN"] });
});

/** Rounds are one-open-at-a-time per database: each test opens its own after closing any other. */
async function freshRound(name: string) {
  await db.matchingRound.updateMany({ where: { status: "OPEN" }, data: { status: "CANCELLED" } });
  return createRound(actorOf(admin, "LD_ADMIN"), { name, closesOn: "2026-05-20" }, T0);
}

describe("cohort rounds", () => {
  it("publishes once: a second or concurrent publish creates nothing more and returns the same figures", async () => {
    const leadership = await createExpertiseArea(db, "Leadership");
    const [m1, m2] = await Promise.all([
      createMentor(db, { fullName: "Round Mentor One", capacity: 1, expertiseIds: [leadership.id] }),
      createMentor(db, { fullName: "Round Mentor Two", capacity: 1 }),
    ]);
    const mentees = await Promise.all([1, 2, 3].map((i) => createMentee(db, { fullName: `Round Mentee ${i}`, goalIds: [leadership.id] })));
    const round = await freshRound("Idempotent round");
    for (const e of mentees) await saveRanking(actorOf(e), { roundId: round.id, mentorIds: [m1.id, m2.id] }, T0);
    // One mentee also has an open request elsewhere: being matched withdraws it.
    const elsewhere = await createMentor(db, { capacity: 2 });
    await sendRequests(actorOf(mentees[0]!), { mentorIds: [elsewhere.id], message: "Hello, I would like to work with you on my leadership goals.", durationMonths: 6 }, T0);

    // T0 is before the closing day: publishing early is confirmed explicitly.
    const input = { roundId: round.id, algorithm: "DEFERRED_ACCEPTANCE" as const, weights, rankedOnly: true, confirmEarly: true };
    const preview = await previewRound(input, T0);
    expect(preview).toMatchObject({ entrants: 3, matched: 2 });
    expect(preview.unmatched).toHaveLength(1);

    const results = await Promise.all([publishRound(actorOf(admin), input, T0), publishRound(actorOf(admin), input, T0)]);
    expect(results.filter((r) => r.published)).toHaveLength(1);
    expect(results[0]!.summary).toEqual(results[1]!.summary);
    expect(results[0]!.summary).toMatchObject({ entrants: 3, matched: 2, unmatched: 1, firstChoice: 1 });
    const again = await publishRound(actorOf(admin), { ...input, algorithm: "OPTIMAL" }, T0);
    expect(again.published).toBe(false);

    const pairings = await db.pairing.findMany({ where: { roundId: round.id } });
    expect(pairings).toHaveLength(2);
    expect(pairings.every((p) => p.status === "PROPOSED")).toBe(true);
    const mails = await db.emailMessage.findMany({ where: { dedupeKey: { startsWith: `mentoring:round:${round.id}:` } } });
    expect(mails.filter((m) => m.subject.includes("you are matched with"))).toHaveLength(4);
    expect(mails.filter((m) => m.subject.includes("no match this time"))).toHaveLength(1);
    const matchedFirst = pairings.some((p) => p.menteeId === mentees[0]!.id);
    const request = await db.mentoringRequest.findFirstOrThrow({ where: { menteeId: mentees[0]!.id } });
    expect(request.status).toBe(matchedFirst ? "WITHDRAWN" : "OPEN");

    // Ranking after publication is refused.
    const late = await saveRanking(actorOf(mentees[2]!), { roundId: round.id, mentorIds: [m2.id] }, T0).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AppError);
    expect((late as AppError).code).toBe("ROUND_CLOSED");
  });

  it("never matches a mentee with someone above them in their reporting line, even if they ranked them", async () => {
    const boss = await createMentor(db, { fullName: "Big Boss", capacity: 3, grade: "D1" });
    const mentee = await createMentee(db, { managerId: boss.id });
    const round = await freshRound("Reporting line round");
    const refused = await saveRanking(actorOf(mentee), { roundId: round.id, mentorIds: [boss.id] }, T0).catch((e: unknown) => e);
    expect((refused as AppError).code).toBe("REPORTING_LINE");
    // Were such a ranking already stored (a reorganisation after ranking), the engine still refuses the pair.
    await db.matchingRoundEntry.create({ data: { roundId: round.id, menteeId: mentee.id, ranking: [boss.id], submittedAt: T0 } });
    for (const algorithm of ["DEFERRED_ACCEPTANCE", "OPTIMAL"] as const) {
      const p = await previewRound({ roundId: round.id, algorithm, weights, rankedOnly: false }, T0);
      expect(p.pairs.find((x) => x.menteeId === mentee.id && x.mentorId === boss.id)).toBeUndefined();
    }
  });

  it("a proposed pairing starts when both sides confirm, with the length they agree", async () => {
    const mentor = await createMentor(db, { capacity: 1 });
    const mentee = await createMentee(db, { desiredDurationMonths: 6 });
    const round = await freshRound("Confirmation round");
    await saveRanking(actorOf(mentee), { roundId: round.id, mentorIds: [mentor.id] }, T0);
    await publishRound(actorOf(admin), { roundId: round.id, algorithm: "OPTIMAL", weights, rankedOnly: true, confirmEarly: true }, T0);
    const pairing = await db.pairing.findFirstOrThrow({ where: { roundId: round.id } });
    expect(pairing.durationMonths).toBe(6);
    const later = new Date("2026-05-11T09:00:00Z");
    expect((await confirmPairing(actorOf(mentee), { pairingId: pairing.id, durationMonths: 9 }, later)).status).toBe("PROPOSED");
    const active = await confirmPairing(actorOf(mentor), { pairingId: pairing.id, durationMonths: 9 }, later);
    expect(active.status).toBe("ACTIVE");
    const detail = await getPairing(actorOf(mentee), pairing.id, later);
    expect(detail).toMatchObject({ durationMonths: 9, midpoint: "2026-09-26" });
    expect(detail.endsOn?.toISOString().slice(0, 10)).toBe("2027-02-11");
  });

  it("refuses to publish while mentees can still rank unless L&D confirms; says how many have not ranked and until when", async () => {
    const mentor = await createMentor(db, { capacity: 2 });
    const [ranked] = await Promise.all([createMentee(db, { fullName: "Early Ranked" }), createMentee(db, { fullName: "Early Not Yet" })]);
    const round = await freshRound("Early round");
    await saveRanking(actorOf(ranked), { roundId: round.id, mentorIds: [mentor.id] }, T0);

    const window = await roundRankingWindow(round.id, T0);
    expect(window).toMatchObject({ open: true, closesOn: "2026-05-20" });
    // Every active mentee without a mentor and without a ranking in this database counts, the one created here too.
    expect(window.notRanked).toBeGreaterThanOrEqual(1);
    const unranked = await db.menteeProfile.count({
      where: { staff: { active: true }, staffId: { not: ranked.id }, NOT: { staff: { pairingsAsMentee: { some: { status: { in: ["PROPOSED", "ACTIVE"] } } } } } },
    });
    expect(window.notRanked).toBe(unranked);

    const run = { roundId: round.id, algorithm: "DEFERRED_ACCEPTANCE" as const, weights, rankedOnly: true };
    const refused = await publishRound(actorOf(admin), run, T0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "ROUND_OPEN", key: "mentoring.rounds.publishWhileRanking" });
    expect((refused as AppError).message).toBe("Mentees can still rank mentors until 20 May 2026. Confirm that you want to publish before the ranking closes.");
    expect(await db.pairing.count({ where: { roundId: round.id } })).toBe(0);
    expect((await db.matchingRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("OPEN");
    // The procedure's input says "not confirmed" unless the page sends it: a stale page is refused too.
    expect(PublishRoundInput.parse(run).confirmEarly).toBe(false);

    expect(await publishRound(actorOf(admin), { ...run, confirmEarly: true }, T0)).toMatchObject({ published: true, summary: { matched: 1 } });
    expect((await roundRankingWindow(round.id, T0)).open).toBe(false);
  });

  it("after the closing day, publishing needs no confirmation", async () => {
    const mentor = await createMentor(db, { capacity: 1 });
    const mentee = await createMentee(db);
    const round = await freshRound("Closed window round");
    await saveRanking(actorOf(mentee), { roundId: round.id, mentorIds: [mentor.id] }, T0);
    const after = new Date("2026-05-21T09:00:00Z");
    expect(await roundRankingWindow(round.id, after)).toMatchObject({ open: false, notRanked: 0 });
    expect(await publishRound(actorOf(admin), { roundId: round.id, algorithm: "OPTIMAL", weights, rankedOnly: true }, after)).toMatchObject({ published: true });
  });

  it("a paired mentee is told who her mentor is: the overview shows the pairing, no round to rank, and ranking is refused", async () => {
    const mentor = await createMentor(db, { fullName: "Paired Mentor", capacity: 2 });
    const other = await createMentor(db, { capacity: 2 });
    const mentee = await createMentee(db, { fullName: "Paired Mentee" });
    const round = await freshRound("Paired round");
    // Before: looking for a mentor, with the open round offered.
    const before = await mentoringOverview(actorOf(mentee), T0);
    expect(before.pairing).toBeNull();
    expect(before.round).toMatchObject({ id: round.id, ranked: 0 });

    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on my leadership goals.", durationMonths: 6 }, T0);
    await acceptRequest(actorOf(mentor), { requestId: request!.id }, T0);

    const after = await mentoringOverview(actorOf(mentee), T0);
    expect(after.pairing).toMatchObject({ status: "ACTIVE", mentorName: "Paired Mentor", endsOn: "2026-11-04" });
    expect(after.round).toBeNull();
    const refused = await saveRanking(actorOf(mentee), { roundId: round.id, mentorIds: [other.id] }, T0).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "ALREADY_PAIRED", key: "mentoring.rounds.alreadyPaired" });
    expect((refused as AppError).message).toBe("You are paired with Paired Mentor, so you do not rank mentors in this round.");
    expect(await db.matchingRoundEntry.count({ where: { roundId: round.id, menteeId: mentee.id } })).toBe(0);
  });
});
