import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, actorOf, createMentee, createMentor } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { acceptRequest, sendRequests } from "~/server/mentoring/requests";
import { addGoal, answerExtension, checkIn, closePairing, getPairing, proposeExtension, withdrawExtension, giveFeedback, listRematchRequests, logMeeting, resolveRematch, sendPairingPrompts, setGoalProgress } from "~/server/mentoring/pairings";

const db = testDb();
const T0 = new Date("2026-01-12T09:00:00Z");
const DAY = 86_400_000;
const later = (days: number) => new Date(T0.getTime() + days * DAY);

async function activePairing(months = 6) {
  const mentor = await createMentor(db, { fullName: "Pat Mentor", capacity: 2 });
  const mentee = await createMentee(db, { fullName: "Sam Mentee" });
  const [r] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on leadership.", durationMonths: months as 6 }, T0);
  const { pairing } = await acceptRequest(actorOf(mentor), { requestId: r!.id }, T0);
  return { mentor, mentee, pairingId: pairing.id };
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("inside a pairing", () => {
  it("only the two members and L&D see a pairing; notes stay private unless shared; L&D never reads notes", async () => {
    const { mentor, mentee, pairingId } = await activePairing();
    await logMeeting(actorOf(mentee), { pairingId, heldOn: "2026-01-19", minutes: 60, topics: "Goals", notes: "My private worry about the reorganisation", notesShared: false }, later(8));
    await logMeeting(actorOf(mentor), { pairingId, heldOn: "2026-01-19", minutes: 60, topics: "Goals", notes: "Shared: read the strategy paper", notesShared: true }, later(8));

    const asMentor = await getPairing(actorOf(mentor, "MENTOR"), pairingId, later(9));
    expect(asMentor.meetings.map((m) => m.notes)).toEqual(expect.arrayContaining([null, "Shared: read the strategy paper"]));
    const asMentee = await getPairing(actorOf(mentee), pairingId, later(9));
    expect(asMentee.meetings.map((m) => m.notes)).toEqual(expect.arrayContaining(["My private worry about the reorganisation", "Shared: read the strategy paper"]));

    const ld = await createStaff(db, { roles: ["LD_ADMIN"] });
    const asLd = await getPairing(actorOf(ld, "LD_ADMIN"), pairingId, later(9));
    expect(asLd.view).toBe("PROGRAMME");
    expect(asLd.meetings.every((m) => m.notes === null)).toBe(true);
    expect(asLd.minutesTotal).toBe(120);

    const stranger = await createStaff(db);
    expect((await refusal(getPairing(actorOf(stranger), pairingId, later(9)))).code).toBe("NOT_FOUND");
    expect((await refusal(logMeeting(actorOf(ld, "LD_ADMIN"), { pairingId, heldOn: "2026-01-19", minutes: 30, topics: "x y z", notes: "", notesShared: false }, later(9)))).code).toBe("NOT_FOUND");
    const auditor = await createStaff(db, { roles: ["AUDITOR"] });
    expect((await refusal(getPairing(actorOf(auditor, "AUDITOR"), pairingId, later(9)))).code).toBe("NOT_FOUND");
  });

  it("refuses meetings before the start or in the future", async () => {
    const { mentee, pairingId } = await activePairing();
    expect((await refusal(logMeeting(actorOf(mentee), { pairingId, heldOn: "2026-01-05", minutes: 60, topics: "Too early", notes: "", notesShared: false }, later(3)))).field).toBe("heldOn");
    expect((await refusal(logMeeting(actorOf(mentee), { pairingId, heldOn: "2026-01-20", minutes: 60, topics: "Tomorrow", notes: "", notesShared: false }, later(7)))).field).toBe("heldOn");
  });

  it("goals with progress, the mid-point check-in prompt, extension, early close with a reason, feedback once, rematch for L&D", async () => {
    const { mentor, mentee, pairingId } = await activePairing(6);
    const goal = await addGoal(actorOf(mentee), { pairingId, title: "Lead my first project" }, later(1));
    await setGoalProgress(actorOf(mentor), { goalId: goal.id, progress: 50 }, later(30));

    // 2026-01-12 + 6 months = 2026-07-12 (181 days); half-way is 90 days in, 2026-04-12.
    expect((await getPairing(actorOf(mentee), pairingId, new Date("2026-04-11T12:00:00Z"))).checkInDue).toBe(false);
    const due = await getPairing(actorOf(mentee), pairingId, new Date("2026-04-12T12:00:00Z"));
    expect(due).toMatchObject({ checkInDue: true, midpoint: "2026-04-12" });
    expect(due.goals[0]).toMatchObject({ title: "Lead my first project", progress: 50 });
    expect(await sendPairingPrompts(new Date("2026-04-12T12:00:00Z"))).toBeGreaterThanOrEqual(2);
    expect(await db.emailMessage.count({ where: { dedupeKey: { startsWith: `mentoring:pairing:${pairingId}:midpoint:` } } })).toBe(2);
    await sendPairingPrompts(new Date("2026-04-14T12:00:00Z"));
    expect(await db.emailMessage.count({ where: { dedupeKey: { startsWith: `mentoring:pairing:${pairingId}:midpoint:` } } })).toBe(2);
    await checkIn(actorOf(mentee), { pairingId, onTrack: true, note: "Going well" }, new Date("2026-04-13T12:00:00Z"));
    expect((await getPairing(actorOf(mentee), pairingId, new Date("2026-04-14T12:00:00Z"))).checkInDue).toBe(false);

    expect((await refusal(proposeExtension(actorOf(mentee), { pairingId, durationMonths: 6 }, later(100)))).field).toBe("durationMonths");
    expect(await proposeExtension(actorOf(mentee), { pairingId, durationMonths: 9 }, later(100))).toMatchObject({ endsOn: "2026-10-12" });
    expect(await answerExtension(actorOf(mentor), { pairingId, durationMonths: 9, accept: true }, later(101))).toMatchObject({ endsOn: "2026-10-12", extended: true });

    const early = await refusal(closePairing(actorOf(mentor), { pairingId }, later(120)));
    expect(early.field).toBe("reason");
    expect(await closePairing(actorOf(mentor), { pairingId, reason: "ROLE_CHANGE", note: "New post in Singapore" }, later(120))).toMatchObject({ outcome: "ENDED_EARLY" });
    expect((await db.emailMessage.findFirstOrThrow({ where: { dedupeKey: `mentoring:pairing:${pairingId}:closed` } })).to).toBe(mentee.email);

    await giveFeedback(actorOf(mentee), { pairingId, rating: 4, comment: "Helpful", rematchRequested: true }, later(121));
    expect((await refusal(giveFeedback(actorOf(mentee), { pairingId, rating: 5, comment: "", rematchRequested: false }, later(122)))).code).toBe("FEEDBACK_GIVEN");
    const rematch = (await listRematchRequests()).find((r) => r.pairing.id === pairingId)!;
    expect(rematch).toMatchObject({ side: "MENTEE", rating: 4, rematchResolvedAt: null });
    const ld = await createStaff(db, { roles: ["LD_ADMIN"] });
    await resolveRematch(actorOf(ld, "LD_ADMIN"), rematch.id, later(125));
    expect((await listRematchRequests()).find((r) => r.id === rematch.id)?.rematchResolvedAt).not.toBeNull();
    // Each member sees only their own feedback; L&D sees both.
    await giveFeedback(actorOf(mentor), { pairingId, rating: 3, comment: "Schedules were hard", rematchRequested: false }, later(121));
    expect((await getPairing(actorOf(mentor), pairingId, later(130))).feedback.map((f) => f.rating)).toEqual([3]);
    expect((await getPairing(actorOf(ld, "LD_ADMIN"), pairingId, later(130))).feedback).toHaveLength(2);
  });

  it("closing from the planned end on counts as completed, with no reason needed", async () => {
    const { mentor, pairingId } = await activePairing(3);
    expect(await closePairing(actorOf(mentor), { pairingId }, new Date("2026-04-12T10:00:00Z"))).toMatchObject({ outcome: "COMPLETED" });
  });

  it("an extension proposed by one member changes nothing until the other confirms; the proposer cannot confirm it, may withdraw it", async () => {
    const { mentor, mentee, pairingId } = await activePairing(6);
    const endsOn = async () => (await db.pairing.findUniqueOrThrow({ where: { id: pairingId } })).endsOn?.toISOString().slice(0, 10);
    expect(await endsOn()).toBe("2026-07-12");

    await proposeExtension(actorOf(mentee), { pairingId, durationMonths: 12 }, later(150));
    // Stored with who proposed and the new end date; the pairing itself is unchanged.
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pairingId } })).toMatchObject({ durationMonths: 6, extensionMonths: 12, extensionProposedById: mentee.id });
    expect(await endsOn()).toBe("2026-07-12");
    const proposedMail = await db.emailMessage.findFirstOrThrow({ where: { to: mentor.email, subject: "Sam Mentee proposes to extend your pairing" } });
    expect(proposedMail.text).toContain("to 12 months, until 12 January 2027. Nothing changes until you confirm");
    // Each side sees what it may do.
    expect((await getPairing(actorOf(mentee), pairingId, later(151))).extension).toMatchObject({ months: 12, endsOn: "2027-01-12", mine: true, toAnswer: false });
    expect((await getPairing(actorOf(mentor), pairingId, later(151))).extension).toMatchObject({ mine: false, toAnswer: true, proposedByName: "Sam Mentee" });

    const own = await refusal(answerExtension(actorOf(mentee), { pairingId, durationMonths: 12, accept: true }, later(152)));
    expect(own).toMatchObject({ code: "PAIRING_STATE", key: "mentoring.pairings.extensionOwnProposal" });
    expect(own.message).toBe("You proposed this extension: Pat Mentor confirms or declines it. You can withdraw it.");
    expect((await refusal(proposeExtension(actorOf(mentor), { pairingId, durationMonths: 9 }, later(152)))).key).toBe("mentoring.pairings.extensionFromPartner");
    expect((await refusal(withdrawExtension(actorOf(mentor), pairingId, later(152)))).key).toBe("mentoring.pairings.extensionNotYours");
    // A page showing an older proposal cannot confirm a different length.
    expect((await refusal(answerExtension(actorOf(mentor), { pairingId, durationMonths: 9, accept: true }, later(152)))).key).toBe("mentoring.pairings.extensionChanged");
    expect(await endsOn()).toBe("2026-07-12");

    // Withdrawn: the partner is told and nothing is left to confirm.
    await withdrawExtension(actorOf(mentee), pairingId, later(153));
    expect(await db.emailMessage.count({ where: { to: mentor.email, subject: "Sam Mentee withdrew the proposed extension" } })).toBe(1);
    expect((await refusal(answerExtension(actorOf(mentor), { pairingId, durationMonths: 12, accept: true }, later(154)))).key).toBe("mentoring.pairings.noExtensionProposed");

    // Proposed by the mentor, declined by the mentee: still ends as planned.
    await proposeExtension(actorOf(mentor), { pairingId, durationMonths: 9 }, later(155));
    expect(await answerExtension(actorOf(mentee), { pairingId, durationMonths: 9, accept: false }, later(156))).toMatchObject({ extended: false, endsOn: "2026-07-12" });
    expect(await db.emailMessage.count({ where: { to: mentor.email, subject: "Sam Mentee declined the proposed extension" } })).toBe(1);
    expect(await endsOn()).toBe("2026-07-12");

    // Proposed again and confirmed by the other member: only now the length and end date change.
    await proposeExtension(actorOf(mentor), { pairingId, durationMonths: 9 }, later(157));
    await answerExtension(actorOf(mentee), { pairingId, durationMonths: 9, accept: true }, later(158));
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pairingId } })).toMatchObject({ durationMonths: 9, extensionMonths: null, extensionProposedById: null });
    expect(await endsOn()).toBe("2026-10-12");
    const confirmed = await db.emailMessage.findFirstOrThrow({ where: { to: mentor.email, subject: "Your pairing with Sam Mentee is extended" } });
    expect(confirmed.text).toContain("Sam Mentee confirmed your proposal: your pairing now runs for 9 months, until 12 October 2026.");
  });
});
