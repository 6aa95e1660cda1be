import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createStaff, uniq } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { AppError } from "~/server/errors";
import type { Eligibility } from "~/lib/programmes/eligibility-rules";
import { applyToProgramme, withdrawApplication } from "~/server/programmes/applications";
import { decideEndorsement, endorsementsFor } from "~/server/programmes/endorsement";
import { programmeDetail } from "~/server/programmes/catalogue";
import { programmesForHome } from "~/server/programmes/home";

const db = testDb();
const d = parseIsoDate;
const ASOF = new Date("2026-12-07T10:00:00Z");
const MOTIVATION = "I want to lead a team and grow as a manager in the organisation.";
const GOALS = "Negotiate with confidence, give feedback, and plan my next two years.";
const ISEIZE: Eligibility = {
  alternatives: [
    [
      { kind: "grade", grades: ["P3", "P4", "P5"] },
      { kind: "gender", genders: ["F"] },
    ],
    [
      { kind: "staffCategory", categories: ["G"] },
      { kind: "gender", genders: ["M"] },
    ],
  ],
};

async function programmeWithCall(o: { opensOn?: string; closesOn?: string } = {}) {
  const programme = await db.programme.create({
    data: { code: uniq("ISZ"), name: "I-seize", summary: "Women P3–P5 and General Service men", durationMonths: 12, eligibility: ISEIZE, status: "PUBLISHED" },
  });
  const cohort = await db.programmeCohort.create({
    data: {
      programmeId: programme.id,
      name: "2027",
      opensOn: d(o.opensOn ?? "2026-11-15"),
      closesOn: d(o.closesOn ?? "2027-01-15"),
      startsOn: d("2027-03-01"),
      endsOn: d("2028-02-28"),
      places: 5,
    },
  });
  return { programme, cohort };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const r = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(r, "expected the call to be refused").toBeInstanceOf(AppError);
  return r as AppError;
}

const mailsTo = (email: string) => db.emailMessage.findMany({ where: { to: email }, select: { subject: true, text: true } });

describe("applying", () => {
  it("an eligible woman applies: one row with the snapshot, her manager asked by mail and notification; a retry returns the same", async () => {
    const manager = await createStaff(db, { fullName: "Wang Wei" });
    const amina = await createStaff(db, { fullName: "Amina Diallo", grade: "P3", gender: "F", managerId: manager.id });
    const { programme, cohort } = await programmeWithCall();
    const first = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    const again = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    expect(again.id).toBe(first.id);
    const rows = await db.programmeApplication.findMany({ where: { cohortId: cohort.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ staffId: amina.id, grade: "P3", gender: "F", managerId: manager.id, endorsement: "REQUESTED", status: "SUBMITTED" });
    expect(rows[0]!.eligibility).toMatchObject({ eligible: true, checkedOn: "2026-12-07", closest: 0 });

    const toManager = await mailsTo(manager.email);
    expect(toManager.map((m) => m.subject)).toEqual(["Amina Diallo asks for your endorsement for I-seize"]);
    expect(toManager[0]!.text).toContain("/programmes/endorsements");
    expect(await db.notification.count({ where: { staffId: manager.id, namespace: "programmes.mail", path: "/programmes/endorsements" } })).toBe(1);
    expect((await mailsTo(amina.email)).map((m) => m.subject)).toEqual(["Your application to I-seize is submitted"]);

    // A second, different submission is "already applied"; still one row.
    const second = await refusal(applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: `${MOTIVATION} Again.`, goals: GOALS }, ASOF));
    expect(second.key).toBe("programmes.alreadyApplied");
    expect(await db.programmeApplication.count({ where: { cohortId: cohort.id } })).toBe(1);

    // Her page says she waits for her manager; L&D's decision is not shown before publication.
    await db.programmeApplication.update({ where: { id: first.id }, data: { status: "SELECTED" } });
    const page = await programmeDetail(amina.id, programme.code, ASOF, "en");
    expect(page?.openApplication).toMatchObject({ status: "UNDER_REVIEW", endorsement: "REQUESTED", canWithdraw: true });
    expect(page?.cohort).toBeNull();
  });

  it("two submissions at once make one application", async () => {
    const amina = await createStaff(db, { grade: "P4", gender: "F" });
    const { cohort } = await programmeWithCall();
    const input = { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS };
    const [a, b] = await Promise.all([applyToProgramme(actorOf(amina), input, ASOF), applyToProgramme(actorOf(amina), input, ASOF)]);
    expect(a.id).toBe(b.id);
    expect(await db.programmeApplication.count({ where: { cohortId: cohort.id } })).toBe(1);
    // no manager on record: no endorsement needed, only the receipt
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: a.id } })).endorsement).toBe("NOT_REQUIRED");
    expect(await db.emailMessage.count({ where: { to: amina.email } })).toBe(1);
  });

  it("an ineligible P2 woman is told why, and nothing is stored", async () => {
    const p2 = await createStaff(db, { grade: "P2", gender: "F" });
    const { cohort } = await programmeWithCall();
    const error = await refusal(applyToProgramme(actorOf(p2), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("You are not eligible for this call. It is for grades P3–P5; you are P2.");
    expect(error.messageFor("fr")).toContain("vous êtes P2");
    const man = await createStaff(db, { grade: "P4", gender: "M" });
    expect((await refusal(applyToProgramme(actorOf(man), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF))).message).toContain("It is for women; your staff record says man.");
    expect(await db.programmeApplication.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: { in: [p2.email, man.email] } } })).toBe(0);
  });

  it("a closed call refuses with its dates; the closing day itself is still open", async () => {
    const amina = await createStaff(db, { grade: "P3", gender: "F" });
    const { cohort } = await programmeWithCall({ opensOn: "2026-11-01", closesOn: "2026-12-06" });
    const error = await refusal(applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF));
    expect(error.message).toBe("The call for applications is not open: it runs from 1 November 2026 to 6 December 2026.");
    const lastDay = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, new Date("2026-12-06T22:00:00Z"));
    expect(lastDay.status).toBe("SUBMITTED");
  });

  it("withdrawing: allowed before publication, not once selected and published", async () => {
    const amina = await createStaff(db, { grade: "P3", gender: "F" });
    const { cohort } = await programmeWithCall();
    const app = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    const other = await createStaff(db);
    expect((await refusal(withdrawApplication(actorOf(other), app.id, ASOF))).code).toBe("NOT_FOUND");
    await withdrawApplication(actorOf(amina), app.id, ASOF);
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("WITHDRAWN");
    expect((await refusal(applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF))).key).toBe("programmes.withdrawnBefore");

    const bea = await createStaff(db, { grade: "P5", gender: "F" });
    const selected = await applyToProgramme(actorOf(bea), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    await db.programmeApplication.update({ where: { id: selected.id }, data: { status: "SELECTED" } });
    await db.programmeCohort.update({ where: { id: cohort.id }, data: { selectionPublishedAt: ASOF } });
    expect((await refusal(withdrawApplication(actorOf(bea), selected.id, ASOF))).key).toBe("programmes.cannotWithdraw");
  });
});

describe("endorsement", () => {
  async function applied() {
    const manager = await createStaff(db, { fullName: "Wang Wei" });
    const amina = await createStaff(db, { fullName: "Amina Diallo", grade: "P3", gender: "F", managerId: manager.id });
    const { cohort } = await programmeWithCall();
    const app = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    return { manager, amina, app };
  }

  it("the manager endorses with a comment; Amina is mailed and notified", async () => {
    const { manager, amina, app } = await applied();
    const listed = await endorsementsFor(manager.id, "en");
    expect(listed.waiting.map((a) => a.applicant)).toEqual(["Amina Diallo"]);
    await decideEndorsement(actorOf(manager), { applicationId: app.id, decision: "ENDORSED", comment: "Ready for it." }, ASOF);
    const row = await db.programmeApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ endorsement: "ENDORSED", endorsementComment: "Ready for it.", endorsedAt: ASOF });
    const mail = (await mailsTo(amina.email)).find((m) => m.subject.startsWith("Wang Wei"));
    expect(mail?.subject).toBe("Wang Wei endorsed your application to I-seize");
    expect(mail?.text).toContain("Ready for it.");
    expect(await db.notification.count({ where: { staffId: amina.id, template: "endorsed" } })).toBe(1);
    expect((await endorsementsFor(manager.id, "en")).decided.map((a) => a.endorsement)).toEqual(["ENDORSED"]);
  });

  it("refused to another manager and to the applicant; a decline needs a comment", async () => {
    const { amina, app } = await applied();
    const stranger = await createStaff(db);
    await createStaff(db, { managerId: stranger.id });
    expect((await refusal(decideEndorsement(actorOf(stranger, "MANAGER"), { applicationId: app.id, decision: "ENDORSED" }, ASOF))).code).toBe("NOT_FOUND");
    expect((await refusal(decideEndorsement(actorOf(amina), { applicationId: app.id, decision: "ENDORSED" }, ASOF))).code).toBe("FORBIDDEN");
    const { manager, app: other } = await applied();
    expect((await refusal(decideEndorsement(actorOf(manager), { applicationId: other.id, decision: "DECLINED" }, ASOF))).key).toBe("programmes.endorsement.commentRequired");
    expect((await db.programmeApplication.findUniqueOrThrow({ where: { id: app.id } })).endorsement).toBe("REQUESTED");
  });

  it("decided once: two tabs answering at the same moment, one wins and one mail leaves", async () => {
    const { manager, amina, app } = await applied();
    const results = await Promise.allSettled([
      decideEndorsement(actorOf(manager), { applicationId: app.id, decision: "ENDORSED" }, ASOF),
      decideEndorsement(actorOf(manager), { applicationId: app.id, decision: "DECLINED", comment: "Not this year." }, ASOF),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).key).toBe("programmes.endorsement.alreadyDecided");
    const answers = (await mailsTo(amina.email)).filter((m) => m.subject.startsWith("Wang Wei"));
    expect(answers).toHaveLength(1);
    // a double click with the same answer is a no-op
    const row = await db.programmeApplication.findUniqueOrThrow({ where: { id: app.id } });
    const same = row.endorsement === "ENDORSED" ? { decision: "ENDORSED" as const } : { decision: "DECLINED" as const, comment: "Not this year." };
    await decideEndorsement(actorOf(manager), { applicationId: app.id, ...same }, ASOF);
    expect((await mailsTo(amina.email)).filter((m) => m.subject.startsWith("Wang Wei"))).toHaveLength(1);
  });
});

describe("the participant's view", () => {
  it("hidden before the selection is published; then her cohort's components with links and progress, and on her home", async () => {
    const amina = await createStaff(db, { grade: "P3", gender: "F" });
    const { programme, cohort } = await programmeWithCall();
    const app = await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    await db.programmeComponent.create({ data: { cohortId: cohort.id, position: 2, kind: "GROUP_SESSION", title: "Leading through change", startsOn: d("2027-04-10"), endsOn: d("2027-04-10") } });
    const coaching = await db.programmeComponent.create({ data: { cohortId: cohort.id, position: 1, kind: "COACHING", title: "One-to-one coaching", coachingHours: 6, startsOn: d("2027-03-01"), endsOn: d("2028-02-28") } });
    await db.programmeApplication.update({ where: { id: app.id }, data: { status: "SELECTED" } });
    await db.programmeComponentProgress.create({ data: { componentId: coaching.id, applicationId: app.id, status: "IN_PROGRESS", hours: 1.5 } });

    const before = await programmeDetail(amina.id, programme.code, ASOF, "en");
    expect(before?.cohort).toBeNull();
    expect(before?.openApplication?.status).toBe("UNDER_REVIEW");
    expect((await programmesForHome(amina.id, ASOF, "en")).nextComponents).toEqual([]);

    await db.programmeCohort.update({ where: { id: cohort.id }, data: { selectionPublishedAt: ASOF } });
    const after = await programmeDetail(amina.id, programme.code, ASOF, "en");
    expect(after?.openApplication?.status).toBe("SELECTED");
    expect(after?.cohort?.components.map((c) => [c.title, c.status, c.hours])).toEqual([
      ["One-to-one coaching", "IN_PROGRESS", 1.5],
      ["Leading through change", "NOT_STARTED", null],
    ]);
    expect(after?.cohort).toMatchObject({ coachingHoursOffered: 6, coachingHoursReceived: 1.5 });
    const home = await programmesForHome(amina.id, ASOF, "en");
    expect(home.nextComponents.map((c) => c.title)).toEqual(["One-to-one coaching", "Leading through change"]);
    expect(home.pending).toEqual([]);
  });

  it("home: an open call she is eligible for and has not applied to; nothing for an ineligible colleague", async () => {
    const amina = await createStaff(db, { grade: "P4", gender: "F" });
    const p2 = await createStaff(db, { grade: "P2", gender: "F" });
    const { programme, cohort } = await programmeWithCall();
    expect((await programmesForHome(amina.id, ASOF, "en")).openCalls.filter((c) => c.cohortId === cohort.id)).toEqual([
      { cohortId: cohort.id, name: "I-seize", closesOn: d("2027-01-15"), href: `/programmes/${programme.code}` },
    ]);
    expect((await programmesForHome(p2.id, ASOF, "en")).openCalls.filter((c) => c.cohortId === cohort.id)).toEqual([]);
    await applyToProgramme(actorOf(amina), { cohortId: cohort.id, motivation: MOTIVATION, goals: GOALS }, ASOF);
    const home = await programmesForHome(amina.id, ASOF, "en");
    expect(home.openCalls.filter((c) => c.cohortId === cohort.id)).toEqual([]);
    expect(home.pending.map((a) => [a.name, a.status, a.endorsement])).toEqual([["I-seize", "UNDER_REVIEW", "NOT_REQUIRED"]]);
  });
});
