import { describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { actorOf, createCourse, createEnrolment, createSession, createStaff, uniq } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { recordParticipation } from "~/server/records/ledger";
import { ensureEvaluationRequests, myEvaluations } from "~/server/evaluations/requests";
import { declineEvaluation, submitEvaluation } from "~/server/evaluations/answer";
import { evaluationResults } from "~/server/evaluations/results";
import { runEvaluationsDaily } from "~/server/evaluations/daily";
import { evaluationsForHome } from "~/server/evaluations/home";
import type { ParticipationStatus, RecordSource } from "~/server/generated/prisma/enums";

const db = testDb();
const DAY = 86_400_000;

async function person(o: { managerId?: string | null; roles?: ("LD_ADMIN" | "AUDITOR")[] } = {}) {
  const s = await createStaff(db, { managerId: o.managerId ?? null, roles: o.roles ?? [] });
  return { staff: s, actor: actorOf(s, ...(o.roles ?? []), "LEARNER") as Actor };
}

async function participation(
  staffId: string,
  course: { id: string; categoryId: string },
  endDate: string,
  o: { source?: RecordSource; status?: ParticipationStatus; sourceKey?: string } = {},
) {
  const { record } = await recordParticipation(db, {
    staffId,
    courseId: course.id,
    categoryId: course.categoryId,
    mode: "ONLINE",
    startDate: parseIsoDate(endDate),
    endDate: parseIsoDate(endDate),
    trainingDays: "0.5",
    status: o.status ?? "COMPLETED",
    source: o.source ?? "ONLINE",
    sourceKey: o.sourceKey ?? `test:${uniq()}`,
  });
  return record;
}

/** A session of a new classroom course trained by `trainerId`, attended by `count` new people (their ledger rows written). */
async function attendedSession(trainerId: string | null, count: number, endDate: string, course?: { id: string; categoryId: string }) {
  const c = course ?? (await createCourse(db, { mode: "CLASSROOM", lessons: [] }));
  const session = await createSession(db, { courseId: c.id, trainerId, asOf: new Date(parseIsoDate(endDate).getTime() - 8 * DAY) });
  const people = [];
  for (let i = 0; i < count; i++) {
    const p = await person();
    const enrolment = await createEnrolment(db, { staffId: p.staff.id, courseId: c.id, sessionId: session.id, state: "ATTENDED" });
    await participation(p.staff.id, c, endDate, { source: "SESSION", status: "ATTENDED", sourceKey: `enrolment:${enrolment.id}` });
    people.push(p);
  }
  return { course: c, session, people };
}

async function answerAll(people: { staff: { id: string }; actor: Actor }[], asOf: Date, satisfaction: (i: number) => number, comment?: string) {
  for (const [i, p] of people.entries()) {
    await ensureEvaluationRequests({ staffId: p.staff.id, asOf });
    const request = await db.evaluationRequest.findFirstOrThrow({ where: { staffId: p.staff.id, kind: "REACTION" } });
    await submitEvaluation(p.actor, { requestId: request.id, answers: { satisfaction: satisfaction(i), relevance: 4, ...(comment ? { comment: `${comment} ${i}` } : {}) } }, asOf);
  }
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("evaluation requests", () => {
  it("asks the learner right away and, weeks later, the learner and their manager; nothing for imports, external learning or no-shows", async () => {
    const manager = await person();
    const learner = await person({ managerId: manager.staff.id });
    const course = await createCourse(db);
    const record = await participation(learner.staff.id, course, "2026-03-10");
    const imported = await participation(learner.staff.id, course, "2026-03-11", { source: "IMPORT" });
    const external = await participation(learner.staff.id, course, "2026-03-12", { source: "EXTERNAL" });
    const noShow = await participation(learner.staff.id, course, "2026-03-13", { source: "SESSION", status: "NO_SHOW" });
    const asOf = new Date("2026-03-20T10:00:00Z");

    await ensureEvaluationRequests({ staffId: learner.staff.id, asOf });
    await ensureEvaluationRequests({ staffId: manager.staff.id, asOf });
    const requests = await db.evaluationRequest.findMany({ where: { trainingRecordId: { in: [record.id, imported.id, external.id, noShow.id] } }, orderBy: { kind: "asc" } });
    expect(requests.map((r) => [r.kind, r.staffId, r.trainingRecordId, r.opensAt.toISOString()])).toEqual([
      ["REACTION", learner.staff.id, record.id, "2026-03-10T00:00:00.000Z"],
      ["FOLLOW_UP_LEARNER", learner.staff.id, record.id, "2026-04-21T00:00:00.000Z"],
      ["FOLLOW_UP_MANAGER", manager.staff.id, record.id, "2026-04-21T00:00:00.000Z"],
    ]);

    // Idempotent: a second run, for the person or for everyone, writes nothing more.
    expect((await ensureEvaluationRequests({ staffId: learner.staff.id, asOf })).created).toBe(0);
    await ensureEvaluationRequests({ asOf });
    expect(await db.evaluationRequest.count({ where: { trainingRecordId: record.id } })).toBe(3);

    // Only the reaction is open now; the follow-ups open six weeks after the course.
    const mine = await myEvaluations(learner.staff.id, asOf, "en");
    expect(mine.open.map((e) => e.kind)).toEqual(["REACTION"]);
    expect((await myEvaluations(manager.staff.id, asOf, "en")).open).toEqual([]);
    const later = await myEvaluations(manager.staff.id, new Date("2026-04-22T00:00:00Z"), "en");
    expect(later.open).toMatchObject([{ kind: "FOLLOW_UP_MANAGER", about: learner.staff.fullName, course: course.title }]);
    expect((await evaluationsForHome(learner.staff.id, asOf, "en"))?.first.course).toBe(course.title);
  });

  it("asks no manager when there is none, records the session of a classroom participation, and skips old participations", async () => {
    const trainer = await person();
    const { session, people } = await attendedSession(trainer.staff.id, 1, "2026-05-04");
    const learner = people[0]!;
    await ensureEvaluationRequests({ staffId: learner.staff.id, asOf: new Date("2026-05-05T00:00:00Z") });
    const requests = await db.evaluationRequest.findMany({ where: { staffId: learner.staff.id } });
    expect(requests.map((r) => r.kind).sort()).toEqual(["FOLLOW_UP_LEARNER", "REACTION"]);
    expect(requests.every((r) => r.sessionId === session.id)).toBe(true);

    const old = await person();
    await participation(old.staff.id, await createCourse(db), "2025-12-01");
    expect((await ensureEvaluationRequests({ staffId: old.staff.id, asOf: new Date("2026-05-05T00:00:00Z") })).created).toBe(0);
  });
});

describe("answering", () => {
  it("stores one anonymous response when the same evaluation is submitted twice at once", async () => {
    const learner = await person();
    const course = await createCourse(db);
    const record = await participation(learner.staff.id, course, "2026-06-02");
    const asOf = new Date("2026-06-15T09:30:00Z");
    await ensureEvaluationRequests({ staffId: learner.staff.id, asOf });
    const request = await db.evaluationRequest.findFirstOrThrow({ where: { trainingRecordId: record.id, kind: "REACTION" } });
    const input = { requestId: request.id, answers: { satisfaction: 5, relevance: 4, comment: "Clear and practical." } };

    const outcomes = await Promise.allSettled([submitEvaluation(learner.actor, input, asOf), submitEvaluation(learner.actor, input, asOf)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", key: "evaluations.alreadyAnswered" });

    const responses = await db.evaluationResponse.findMany({ where: { courseId: course.id } });
    expect(responses).toHaveLength(1);
    // Nothing in the stored answer leads back to the person: no person, request or record, and only the month.
    const stored = JSON.stringify(responses[0]);
    for (const id of [learner.staff.id, learner.staff.employeeId, learner.staff.email, request.id, record.id]) expect(stored).not.toContain(id);
    expect(Object.keys(responses[0]!).sort()).toEqual(["answeredMonth", "answers", "categoryId", "courseId", "id", "kind", "questionnaireId", "sessionId", "trainerId"]);
    expect(responses[0]!.answeredMonth.toISOString()).toBe("2026-06-01T00:00:00.000Z");

    const again = await refusal(submitEvaluation(learner.actor, input, asOf));
    expect(again.key).toBe("evaluations.alreadyAnswered");
    expect((await myEvaluations(learner.staff.id, asOf, "en")).answered.map((e) => e.id)).toEqual([request.id]);
  });

  it("refuses missing required answers and out-of-range scales, and another person's evaluation, changing nothing", async () => {
    const learner = await person();
    const other = await person();
    const course = await createCourse(db);
    await participation(learner.staff.id, course, "2026-06-03");
    const asOf = new Date("2026-06-10T00:00:00Z");
    await ensureEvaluationRequests({ staffId: learner.staff.id, asOf });
    const request = await db.evaluationRequest.findFirstOrThrow({ where: { staffId: learner.staff.id, kind: "REACTION" } });

    expect(await refusal(submitEvaluation(learner.actor, { requestId: request.id, answers: { relevance: 3 } }, asOf))).toMatchObject({ code: "INVALID", field: "answers.satisfaction" });
    expect(await refusal(submitEvaluation(learner.actor, { requestId: request.id, answers: { satisfaction: 7, relevance: 3 } }, asOf))).toMatchObject({ code: "INVALID", key: "evaluations.scaleRange" });
    expect(await refusal(submitEvaluation(other.actor, { requestId: request.id, answers: { satisfaction: 4, relevance: 3 } }, asOf))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(declineEvaluation(other.actor, request.id, asOf))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.evaluationResponse.count({ where: { courseId: course.id } })).toBe(0);
    expect((await db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } })).answeredAt).toBeNull();

    // "Not now" hides it from the list, twice over without error.
    await declineEvaluation(learner.actor, request.id, asOf);
    await declineEvaluation(learner.actor, request.id, asOf);
    expect((await myEvaluations(learner.staff.id, asOf, "en")).open).toEqual([]);
  });
});

describe("results", () => {
  it("withholds everything below 5 responses — in the router's output too — and shows averages from the fifth", async () => {
    const admin = await person({ roles: ["LD_ADMIN"] });
    const ld = { ...admin.actor, roles: ["LD_ADMIN" as const] };
    const { course, people } = await attendedSession(null, 5, "2026-07-01");
    const asOf = new Date("2026-07-03T12:00:00Z");
    await answerAll(people.slice(0, 4), asOf, (i) => [5, 4, 4, 3][i]!, "Secret remark");

    const caller = createCaller({ actor: ld });
    const hidden = await caller.evaluations.results({ courseId: course.id });
    expect(hidden).toEqual({ hidden: true, responses: 4 });
    const json = JSON.stringify(hidden);
    expect(json).not.toContain("Secret remark");
    expect(json).not.toMatch(/average|distribution|rate|comments/);

    await answerAll(people.slice(4), asOf, () => 2, "Fifth remark");
    const shown = await caller.evaluations.results({ courseId: course.id });
    expect(shown.hidden).toBe(false);
    if (shown.hidden) return;
    expect(shown.responses).toBe(5);
    expect(shown.requests).toBe(5);
    expect(shown.rate).toBe(100);
    expect(shown.questions.find((q) => q.id === "satisfaction")).toMatchObject({ average: 3.6, distribution: [0, 1, 1, 2, 1], count: 5 });
    expect(shown.questions.find((q) => q.id === "relevance")).toMatchObject({ average: 4 });
    expect(shown.comments?.find((c) => c.id === "comment")?.texts.sort()).toEqual(["Fifth remark 0", "Secret remark 0", "Secret remark 1", "Secret remark 2", "Secret remark 3"]);

    // An auditor sees the figures but not the comments.
    const auditor = await person({ roles: ["AUDITOR"] });
    const audited = await createCaller({ actor: { ...auditor.actor, roles: ["AUDITOR"] } }).evaluations.results({ courseId: course.id });
    expect(!audited.hidden && audited.comments).toBeNull();
    expect(JSON.stringify(audited)).not.toContain("remark");
  });

  it("shows a trainer only their own sessions' results, without comments, and nothing to anyone else", async () => {
    const mine = await person();
    const theirs = await person();
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const a = await attendedSession(mine.staff.id, 5, "2026-08-03", course);
    const b = await attendedSession(theirs.staff.id, 5, "2026-08-04", course);
    const asOf = new Date("2026-08-10T00:00:00Z");
    await answerAll(a.people, asOf, () => 5, "About trainer A");
    await answerAll(b.people, asOf, () => 1, "About trainer B");

    const own = await evaluationResults(mine.actor, { kind: "REACTION", courseId: course.id }, asOf, "en");
    expect(own).toMatchObject({ hidden: false, responses: 5, comments: null });
    expect(!own.hidden && own.questions.find((q) => q.id === "satisfaction")).toMatchObject({ average: 5 });
    expect(JSON.stringify(own)).not.toContain("trainer");

    expect(await refusal(evaluationResults(mine.actor, { kind: "REACTION", courseId: course.id, trainerId: theirs.staff.id }, asOf, "en"))).toMatchObject({ code: "FORBIDDEN" });
    const learner = a.people[0]!;
    await expect(createCaller({ actor: learner.actor }).evaluations.results({ courseId: course.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ld = await person({ roles: ["LD_ADMIN"] });
    const everyone = await evaluationResults({ ...ld.actor, roles: ["LD_ADMIN"] }, { kind: "REACTION", courseId: course.id }, asOf, "en");
    expect(everyone).toMatchObject({ hidden: false, responses: 10 });
    const byTrainer = await evaluationResults({ ...ld.actor, roles: ["LD_ADMIN"] }, { kind: "REACTION", courseId: course.id, trainerId: theirs.staff.id }, asOf, "en");
    expect(!byTrainer.hidden && byTrainer.questions.find((q) => q.id === "satisfaction")).toMatchObject({ average: 1 });
  });
});

describe("reminders", () => {
  it("reminds an unanswered evaluation once, by mail and in the app, after 7 days — and never an answered or declined one", async () => {
    const course = await createCourse(db);
    const waiting = await person();
    const answered = await person();
    const declined = await person();
    const recent = await person();
    for (const p of [waiting, answered, declined]) await participation(p.staff.id, course, "2026-09-01");
    await participation(recent.staff.id, course, "2026-09-08");
    const asOf = new Date("2026-09-09T06:00:00Z");
    for (const p of [waiting, answered, declined, recent]) await ensureEvaluationRequests({ staffId: p.staff.id, asOf });
    const requestOf = (staffId: string) => db.evaluationRequest.findFirstOrThrow({ where: { staffId, kind: "REACTION" } });
    await submitEvaluation(answered.actor, { requestId: (await requestOf(answered.staff.id)).id, answers: { satisfaction: 4, relevance: 4 } }, asOf);
    await declineEvaluation(declined.actor, (await requestOf(declined.staff.id)).id, asOf);

    await runEvaluationsDaily(asOf);
    const target = await requestOf(waiting.staff.id);
    expect(target.remindedAt?.toISOString()).toBe(asOf.toISOString());
    for (const p of [answered, declined, recent]) expect((await requestOf(p.staff.id)).remindedAt).toBeNull();
    const mails = await db.emailMessage.findMany({ where: { dedupeKey: { startsWith: "evaluation-reminder:" }, to: { in: [waiting, answered, declined, recent].map((p) => p.staff.email) } } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[waiting.staff.email, `Reminder: tell us about ${course.title}`]]);
    expect(mails[0]!.text).toContain(`/evaluations/${target.id}`);
    expect(await db.notification.count({ where: { staffId: waiting.staff.id, dedupeKey: `evaluation-reminder:${target.id}` } })).toBe(1);

    // A second run (the next day) sends nothing more.
    await runEvaluationsDaily(new Date("2026-09-10T06:00:00Z"));
    expect(await db.emailMessage.count({ where: { to: waiting.staff.email } })).toBe(1);
    expect((await requestOf(waiting.staff.id)).remindedAt?.toISOString()).toBe(asOf.toISOString());
  });
});
