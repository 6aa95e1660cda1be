import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, recordTraining, actorOf, createExpertiseArea, createMentee, createMentor, setTrainingRequired } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { toIsoDate } from "~/lib/dates";
import { acceptRequest, declineRequest, expireMentoringRequests, listMyRequests, mentorInbox, sendRequests, withdrawRequest } from "~/server/mentoring/requests";
import { browseMentors, getMentorCard } from "~/server/mentoring/directory";
import { saveMentorProfile } from "~/server/mentoring/profiles";
import { MENTOR_COURSE_CODE } from "~/server/mentoring/profiles";

const db = testDb();
const DAY = 86_400_000;
const T0 = new Date("2026-03-02T09:00:00Z");
const MESSAGE = "I would like to work on negotiation and on leading a small team.";

async function mailsTo(email: string) {
  return db.emailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true, dedupeKey: true } });
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const r = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(r, "expected the call to be refused").toBeInstanceOf(AppError);
  return r as AppError;
}

let negotiation: { id: string; name: string };
beforeAll(async () => {
  negotiation = await createExpertiseArea(db, "Negotiation");
});

describe("open mode: requests from a mentee to mentors", () => {
  it("a decline with a reason reaches the mentee; an acceptance starts the pairing and withdraws the other open request, telling its mentor", async () => {
    const [a, b, c] = await Promise.all([
      createMentor(db, { fullName: "Ana Declines", expertiseIds: [negotiation.id] }),
      createMentor(db, { fullName: "Ben Accepts", expertiseIds: [negotiation.id] }),
      createMentor(db, { fullName: "Cleo Third", expertiseIds: [negotiation.id] }),
    ]);
    const mentee = await createMentee(db, { fullName: "Mia Mentee", goalIds: [negotiation.id] });
    const sent = await sendRequests(actorOf(mentee), { mentorIds: [a.id, b.id, c.id], message: MESSAGE, durationMonths: 6 }, T0);
    expect(sent).toHaveLength(3);
    expect((await mailsTo(a.email))[0]?.subject).toBe("Mia Mentee asks you to be their mentor");

    const toA = sent.find((r) => r.mentorId === a.id)!;
    await declineRequest(actorOf(a), { requestId: toA.id, reason: "OUTSIDE_EXPERTISE" }, new Date(T0.getTime() + DAY));
    const declined = (await mailsTo(mentee.email)).find((m) => m.subject.includes("declined"));
    expect(declined?.text).toContain("Outside my expertise");

    const toB = sent.find((r) => r.mentorId === b.id)!;
    const { pairing, withdrawn } = await acceptRequest(actorOf(b), { requestId: toB.id }, new Date(T0.getTime() + 2 * DAY));
    expect(pairing.status).toBe("ACTIVE");
    expect(withdrawn).toBe(1);

    const mine = await listMyRequests(actorOf(mentee));
    expect(Object.fromEntries(mine.map((r) => [r.mentor.fullName, [r.status, r.declineReason ?? r.withdrawReason]]))).toEqual({
      "Ana Declines": ["DECLINED", "OUTSIDE_EXPERTISE"],
      "Ben Accepts": ["ACCEPTED", null],
      "Cleo Third": ["WITHDRAWN", "PAIRED_ELSEWHERE"],
    });
    expect((await mailsTo(c.email)).map((m) => m.subject)).toContain("Mia Mentee has found a mentor");
    expect((await mailsTo(mentee.email)).map((m) => m.subject)).toContain("Ben Accepts accepted your mentoring request");

    // The withdrawn mentor cannot accept any more, and is told why.
    const toC = sent.find((r) => r.mentorId === c.id)!;
    const refused = await rejection(acceptRequest(actorOf(c), { requestId: toC.id }, new Date(T0.getTime() + 3 * DAY)));
    expect(refused.userMessage).toBe("Mia Mentee has already been paired with another mentor.");
  });

  it("a mentee with a mentor cannot ask another one", async () => {
    const [m1, m2] = await Promise.all([createMentor(db), createMentor(db)]);
    const mentee = await createMentee(db);
    const [r] = await sendRequests(actorOf(mentee), { mentorIds: [m1.id], message: MESSAGE, durationMonths: 3 }, T0);
    await acceptRequest(actorOf(m1), { requestId: r!.id }, T0);
    const e = await rejection(sendRequests(actorOf(mentee), { mentorIds: [m2.id], message: MESSAGE, durationMonths: 3 }, T0));
    expect(e.code).toBe("ALREADY_PAIRED");
  });

  it("refuses a batch over the open-request limit and sends none of it", async () => {
    const mentors = await Promise.all([1, 2, 3, 4].map(() => createMentor(db)));
    const mentee = await createMentee(db);
    await sendRequests(actorOf(mentee), { mentorIds: [mentors[0]!.id, mentors[1]!.id], message: MESSAGE, durationMonths: 6 }, T0);
    const e = await rejection(
      sendRequests(actorOf(mentee), { mentorIds: [mentors[2]!.id, mentors[3]!.id], message: MESSAGE, durationMonths: 6 }, T0),
    );
    expect(e.code).toBe("TOO_MANY_REQUESTS");
    expect(e.userMessage).toContain("you can ask 1 more mentor now");
    expect(await db.mentoringRequest.count({ where: { menteeId: mentee.id } })).toBe(2);
  });

  it("refuses a mentor who is paused, full or already asked", async () => {
    const paused = await createMentor(db, { pausedUntil: new Date("2026-04-30T00:00:00Z") });
    const mentee = await createMentee(db);
    const e = await rejection(sendRequests(actorOf(mentee), { mentorIds: [paused.id], message: MESSAGE, durationMonths: 6 }, T0));
    expect(e.code).toBe("MENTOR_PAUSED");
    expect(e.userMessage).toContain("30 April 2026");

    const busy = await createMentor(db, { capacity: 1 });
    const other = await createMentee(db);
    const [r] = await sendRequests(actorOf(other), { mentorIds: [busy.id], message: MESSAGE, durationMonths: 6 }, T0);
    await sendRequests(actorOf(mentee), { mentorIds: [busy.id], message: MESSAGE, durationMonths: 6 }, T0).then(async () => {
      const again = await rejection(sendRequests(actorOf(mentee), { mentorIds: [busy.id], message: MESSAGE, durationMonths: 6 }, T0));
      expect(again.code).toBe("ALREADY_ASKED");
    });
    await acceptRequest(actorOf(busy), { requestId: r!.id }, T0);
    const third = await createMentee(db);
    const full = await rejection(sendRequests(actorOf(third), { mentorIds: [busy.id], message: MESSAGE, durationMonths: 6 }, T0));
    expect(full.code).toBe("NO_FREE_PLACE");
  });

  it("expires unanswered requests after the answer time, tells the mentee once, and the mentor can no longer accept", async () => {
    const mentor = await createMentor(db, { fullName: "Slow Mentor" });
    const mentee = await createMentee(db, { fullName: "Patient Mentee" });
    const [r] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    expect(await expireMentoringRequests(new Date(T0.getTime() + 14 * DAY - 1000))).toBe(0);
    expect((await mentorInbox(actorOf(mentor), new Date(T0.getTime() + 13 * DAY))).open).toHaveLength(1);

    const at = new Date(T0.getTime() + 14 * DAY);
    expect(await expireMentoringRequests(at)).toBeGreaterThanOrEqual(1);
    expect(await expireMentoringRequests(at)).toBe(0);
    const mails = (await mailsTo(mentee.email)).filter((m) => m.subject === "Your mentoring request to Slow Mentor expired");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("within 14 days");
    const e = await rejection(acceptRequest(actorOf(mentor), { requestId: r!.id }, at));
    expect(e.code).toBe("REQUEST_CLOSED");
    expect((await db.mentoringRequest.findUniqueOrThrow({ where: { id: r!.id } })).status).toBe("EXPIRED");
  });

  it("a mentee withdraws an open request and the mentor is told", async () => {
    const mentor = await createMentor(db);
    const mentee = await createMentee(db, { fullName: "Changed Mind" });
    const [r] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    await withdrawRequest(actorOf(mentee), r!.id, T0);
    expect((await mailsTo(mentor.email)).map((m) => m.subject)).toContain("Changed Mind withdrew their mentoring request");
    const e = await rejection(withdrawRequest(actorOf(mentor), r!.id, T0));
    expect(e.code).toBe("NOT_FOUND");
  });

  it("declining for another reason needs the reason in words; only the addressed mentor may answer", async () => {
    const mentor = await createMentor(db);
    const stranger = await createMentor(db);
    const mentee = await createMentee(db);
    const [r] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    expect((await rejection(acceptRequest(actorOf(stranger), { requestId: r!.id }, T0))).code).toBe("NOT_FOUND");
    expect((await rejection(declineRequest(actorOf(stranger), { requestId: r!.id, reason: "FULL" }, T0))).code).toBe("NOT_FOUND");
    await declineRequest(actorOf(mentor), { requestId: r!.id, reason: "OTHER", text: "I am moving to another duty station next month" }, T0);
    const mail = (await mailsTo(mentee.email)).find((m) => m.subject.includes("declined"));
    expect(mail?.text).toContain("I am moving to another duty station next month");
  });
});

describe("capacity under concurrency", () => {
  it("two acceptances at once for the last place give one pairing and one clear 'no free place'", async () => {
    for (let round = 0; round < 3; round++) {
      const mentor = await createMentor(db, { capacity: 1 });
      const [e1, e2] = await Promise.all([createMentee(db), createMentee(db)]);
      const [r1] = await sendRequests(actorOf(e1), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
      const [r2] = await sendRequests(actorOf(e2), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
      const results = await Promise.allSettled([acceptRequest(actorOf(mentor), { requestId: r1!.id }, T0), acceptRequest(actorOf(mentor), { requestId: r2!.id }, T0)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(failed.reason).toBeInstanceOf(AppError);
      expect((failed.reason as AppError).code).toBe("NO_FREE_PLACE");
      expect((failed.reason as AppError).userMessage).toMatch(/^No free place: all your 1 place is taken/);
      expect(await db.pairing.count({ where: { mentorId: mentor.id } })).toBe(1);
      // The refused request is still open: the mentor can decline it as full.
      const open = await db.mentoringRequest.count({ where: { mentorId: mentor.id, status: "OPEN" } });
      expect(open).toBe(1);
    }
  });

  it("two mentors accepting the same mentee at once give one pairing", async () => {
    const [m1, m2] = await Promise.all([createMentor(db, { capacity: 3 }), createMentor(db, { capacity: 3 })]);
    const mentee = await createMentee(db);
    const sent = await sendRequests(actorOf(mentee), { mentorIds: [m1.id, m2.id], message: MESSAGE, durationMonths: 6 }, T0);
    const results = await Promise.allSettled(
      sent.map((r) => acceptRequest(actorOf(r.mentorId === m1.id ? m1 : m2), { requestId: r.id }, T0)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.pairing.count({ where: { menteeId: mentee.id } })).toBe(1);
  });
});

describe("browsing mentors", () => {
  it("a search finds mentors by name, by their bio and by an area of expertise", async () => {
    const ipLaw = await createExpertiseArea(db, "IP law");
    await createMentor(db, { fullName: "Zanele Searchable", bio: "Ten years in the Madrid registry." });
    await createMentor(db, { fullName: "Yusuf Expert", expertiseIds: [ipLaw.id] });
    const me = actorOf(await createMentee(db));
    const names = async (q: string) => (await browseMentors(me, { q, freeOnly: false }, T0)).map((c) => c.fullName);
    expect(await names("zanele search")).toEqual(["Zanele Searchable"]);
    expect(await names("madrid REGISTRY")).toEqual(["Zanele Searchable"]);
    expect(await names(ipLaw.name)).toEqual(["Yusuf Expert"]);
  });
});

describe("the reporting line", () => {
  it("never lists, suggests or allows a mentor above the mentee in their reporting line", async () => {
    const director = await createMentor(db, { fullName: "Dora Director", grade: "D1", capacity: 3 });
    const chief = await createMentor(db, { fullName: "Chris Chief", grade: "P5", managerId: director.id, capacity: 3 });
    const outsider = await createMentor(db, { fullName: "Olga Outside", capacity: 3 });
    const mentee = await createMentee(db, { managerId: chief.id });
    const me = actorOf(mentee);

    const listed = (await browseMentors(me, { freeOnly: false }, T0)).map((c) => c.fullName);
    expect(listed).toContain("Olga Outside");
    expect(listed).not.toContain("Dora Director");
    expect(listed).not.toContain("Chris Chief");
    expect((await rejection(getMentorCard(me, director.id, T0))).code).toBe("NOT_FOUND");

    for (const above of [chief, director]) {
      const e = await rejection(sendRequests(me, { mentorIds: [outsider.id, above.id], message: MESSAGE, durationMonths: 6 }, T0));
      expect(e.code).toBe("REPORTING_LINE");
    }
    expect(await db.mentoringRequest.count({ where: { menteeId: mentee.id } })).toBe(0);
  });

  it("refuses the acceptance when the mentor has come into the mentee's line since the request", async () => {
    const mentor = await createMentor(db, { capacity: 2 });
    const mentee = await createMentee(db);
    const [r] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    const newManager = await createStaff(db, { managerId: mentor.id });
    await db.staff.update({ where: { id: mentee.id }, data: { managerId: newManager.id } });
    const e = await rejection(acceptRequest(actorOf(mentor), { requestId: r!.id }, T0));
    expect(e.code).toBe("REPORTING_LINE");
    expect(await db.pairing.count({ where: { menteeId: mentee.id } })).toBe(0);
  });
});

describe("listing as a mentor", () => {
  const profile = (expertiseId: string) => ({
    bio: "Negotiator in three regional offices; I like helping colleagues find their voice.",
    expertiseIds: [expertiseId],
    languages: ["en" as const, "fr" as const],
    yearsExperience: 12,
    capacity: 2,
    pausedUntil: null,
    listed: true,
  });

  it("needs the Mentoring essentials course in the training ledger, unless L&D switched the requirement off", async () => {
    const person = await createStaff(db);
    const e = await rejection(saveMentorProfile(actorOf(person), profile(negotiation.id), T0));
    expect(e.code).toBe("TRAINING_REQUIRED");
    expect(await db.mentorProfile.count({ where: { staffId: person.id } })).toBe(0);

    // Unlisted, the profile can be saved meanwhile.
    await saveMentorProfile(actorOf(person), { ...profile(negotiation.id), listed: false }, T0);

    const course = await db.course.findUniqueOrThrow({ where: { code: MENTOR_COURSE_CODE } });
    await recordTraining(db, { staffId: person.id, course, endDate: toIsoDate(T0), source: "ONLINE" });
    const saved = await saveMentorProfile(actorOf(person), profile(negotiation.id), T0);
    expect(saved.listed).toBe(true);

    const untrained = await createStaff(db);
    await setTrainingRequired(db, false);
    try {
      expect((await saveMentorProfile(actorOf(untrained), profile(negotiation.id), T0)).listed).toBe(true);
    } finally {
      await setTrainingRequired(db, true);
    }
  });

  it("a mentor accepting can add a message: kept as plain text, shown on the mentee's requests page and in the mail", async () => {
    const mentor = await createMentor(db, { fullName: "Rosa Welcomes" });
    const mentee = await createMentee(db, { fullName: "Theo Hopeful" });
    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    // Typed with Windows line breaks, a bidirectional override and extra blank lines: stored as plain, tidy text.
    const typed = "  Welcome, Theo!\r\n\r\n\r\n\r\nLet us meet on Tuesday <b>at 10</b>.\u202E  ";
    await acceptRequest(actorOf(mentor), { requestId: request!.id, message: typed }, T0);

    const stored = "Welcome, Theo!\n\nLet us meet on Tuesday <b>at 10</b>.";
    expect((await listMyRequests(actorOf(mentee)))[0]).toMatchObject({ status: "ACCEPTED", acceptMessage: stored });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: mentee.email, subject: "Rosa Welcomes accepted your mentoring request" } });
    expect(mail.text).toContain(`Rosa Welcomes wrote to you:\n\n${stored}\n\nAgree your first meeting`);
    // In the HTML part it is text, never markup.
    expect(mail.html).toContain("Let us meet on Tuesday &lt;b&gt;at 10&lt;/b&gt;.");
    expect(mail.html).not.toContain("<b>at 10</b>");
  });

  it("accepting without a message says nothing of one; a message over 1,000 characters is refused and changes nothing", async () => {
    const mentor = await createMentor(db, { fullName: "Quiet Accepts" });
    const mentee = await createMentee(db);
    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: MESSAGE, durationMonths: 6 }, T0);
    await expect(acceptRequest(actorOf(mentor), { requestId: request!.id, message: "x".repeat(1001) }, T0)).rejects.toThrow();
    expect((await db.mentoringRequest.findUniqueOrThrow({ where: { id: request!.id } })).status).toBe("OPEN");
    await acceptRequest(actorOf(mentor), { requestId: request!.id, message: "   " }, T0);
    expect((await db.mentoringRequest.findUniqueOrThrow({ where: { id: request!.id } })).acceptMessage).toBeNull();
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: mentee.email, subject: "Quiet Accepts accepted your mentoring request" } });
    expect(mail.text).not.toContain("wrote to you");
  });
});
