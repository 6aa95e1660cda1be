import { db } from "~/server/db";
import { addDays, toIsoDate } from "~/lib/dates";
import type { Actor } from "~/server/auth/roles";
import { createCourseFromContent } from "~/server/courses/content-import";
import { zonedTimeToUtc } from "~/server/enrolment/zoned-time";
import { recordParticipation } from "~/server/records/ledger";
import { openEnrollments, transitionEnrollment } from "~/server/enrolment/transition-enrollment";
import { ensureEvaluationRequests } from "~/server/evaluations/requests";
import { submitEvaluation } from "~/server/evaluations/answer";
import type { Answers } from "~/lib/evaluations/questionnaire";
import { createRng, type Rng } from "./random";

// Evaluation results for the "Respect in the workplace" workshop (course RESPECT, sessions from prisma/seed/sessions.ts):
// reactions from about half the participants of its recent past sessions and some weeks-later follow-ups, answered
// through the evaluations module itself. And, for the end-to-end test, the "Giving and receiving feedback" workshop:
// one past session with exactly 4 responses and an open evaluation for the demo mentor (Carlos García), so that L&D
// sees its results hidden until he answers. Deterministic (own random seed).

type Person = { id: string; employeeId: string };
type Demo = Record<"LEARNER" | "MENTOR" | "MANAGER" | "LD_ADMIN" | "AUDITOR", Person>;

export const E2E_EVALUATION_COURSE = { code: "FEEDBACK-SKILLS", title: "Giving and receiving feedback" };

const COMMENTS = [
  "The role plays felt awkward at first but were the most useful part.",
  "Good facilitator, very respectful of everyone's views.",
  "I would have liked more time on what to do as a bystander.",
  "Clear examples that match what we see in the office.",
  "Too much content for half a day.",
  "The case about remarks in meetings opened a good discussion in our group.",
  "Please offer a follow-up session for teams.",
  "Useful reminder of the reporting channels and who to contact.",
  "Some slides repeated the online course.",
  "Mixed group of grades and departments made it richer.",
  "I appreciated that it was offered in French.",
  "The room was too small for the exercises.",
];
const APPLY = [
  "Speak up when a joke in a meeting goes too far.",
  "Check in privately with a colleague after a difficult exchange.",
  "Use the 'describe, don't judge' approach in feedback.",
  "Share the reporting channels with my team.",
  "Pay attention to who gets interrupted in our meetings.",
  "Agree on meeting ground rules with my unit.",
];
const EXAMPLES = [
  "I raised a comment in a meeting that made a colleague uncomfortable; the chair thanked me afterwards.",
  "Our unit agreed on rules for our weekly meeting.",
  "Not yet: our team has been on mission most of the time.",
  "I used the feedback structure with a new colleague.",
];

const scale = (rng: Rng, weights: Record<"1" | "2" | "3" | "4" | "5", number>) => Number(rng.weighted(weights));

function actor(p: Person): Actor {
  return { id: p.id, employeeId: p.employeeId, email: "", fullName: "", locale: "en", roles: ["LEARNER"] };
}

/** A day and a half-hour later: when a participant answers, never after `asOf`. */
const answeredAt = (end: Date, days: number, asOf: Date) => new Date(Math.min(end.getTime() + days * 86_400_000 + 1_800_000, asOf.getTime()));

async function respectResults(rng: Rng, asOf: Date, log?: (line: string) => void): Promise<number> {
  const course = await db.course.findUnique({ where: { code: "RESPECT" }, select: { id: true } });
  if (!course) {
    log?.("Evaluations: the RESPECT course is not seeded; its results are skipped.");
    return 0;
  }
  const sessions = await db.courseSession.findMany({
    where: { courseId: course.id, status: "SCHEDULED", endsAt: { lt: addMs(asOf, -3 * 86_400_000) } },
    orderBy: { endsAt: "desc" },
    take: 6,
    select: { id: true, endsAt: true },
  });
  const answers: { id: string; at: Date; answers: Answers }[] = [];
  for (const session of sessions) {
    const learners = await db.$queryRaw<{ staffId: string }[]>`
      SELECT r."staffId" FROM "Enrollment" e JOIN "TrainingRecord" r ON r."sourceKey" = 'enrolment:' || e.id JOIN "Staff" s ON s.id = r."staffId"
      WHERE e."sessionId" = ${session.id} AND r.status IN ('ATTENDED', 'COMPLETED') AND s."employeeId" NOT LIKE '9001%'`;
    // Requested as they would have been a few days after the session (the demo accounts' own lists stay as they are).
    await ensureEvaluationRequests({ learnerIds: learners.map((l) => l.staffId), asOf: answeredAt(session.endsAt, 3, asOf) });
    const requests = await db.$queryRaw<{ id: string; kind: string; opensAt: Date }[]>`
      SELECT er.id, er.kind::text AS kind, er."opensAt" FROM "EvaluationRequest" er JOIN "Staff" s ON s.id = er."staffId"
      WHERE er."sessionId" = ${session.id} AND er."answeredAt" IS NULL AND s."employeeId" NOT LIKE '9001%' ORDER BY s."employeeId", er.kind`;
    for (const q of requests) {
      if (q.kind === "REACTION" && rng.chance(0.55)) {
        const a: Answers = {
          satisfaction: scale(rng, { "1": 2, "2": 5, "3": 13, "4": 38, "5": 42 }),
          relevance: scale(rng, { "1": 3, "2": 7, "3": 20, "4": 40, "5": 30 }),
        };
        if (rng.chance(0.5)) a.apply = rng.pick(APPLY);
        if (rng.chance(0.35)) a.comment = rng.pick(COMMENTS);
        answers.push({ id: q.id, at: answeredAt(q.opensAt, rng.int(0, 5), asOf), answers: a });
      } else if (q.kind === "FOLLOW_UP_LEARNER" && q.opensAt < asOf && rng.chance(0.35)) {
        const a: Answers = { applied: rng.weighted({ yes: 5, partly: 4, notYet: 2 }) };
        if (rng.chance(0.5)) a.example = rng.pick(EXAMPLES);
        answers.push({ id: q.id, at: answeredAt(q.opensAt, rng.int(1, 6), asOf), answers: a });
      } else if (q.kind === "FOLLOW_UP_MANAGER" && q.opensAt < asOf && rng.chance(0.3)) {
        answers.push({ id: q.id, at: answeredAt(q.opensAt, rng.int(1, 9), asOf), answers: { seenApplied: rng.weighted({ yes: 4, partly: 4, notYet: 3 }) } });
      }
    }
  }
  // Answered in bulk, in the shape submitEvaluation writes (server/evaluations/answer.ts): the request marked
  // answered, the answer stored apart with what was evaluated and the month only.
  return db.$executeRaw`
    WITH a AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(answers)}::jsonb) AS x(id text, at timestamptz, answers jsonb)),
    claimed AS (
      UPDATE "EvaluationRequest" er SET "answeredAt" = a.at FROM a WHERE er.id = a.id AND er."answeredAt" IS NULL
      RETURNING er.kind, er."questionnaireId", er."courseId", er."sessionId", er."categoryId", a.at, a.answers
    )
    INSERT INTO "EvaluationResponse" (id, kind, "questionnaireId", "courseId", "sessionId", "trainerId", "categoryId", "answeredMonth", answers)
    SELECT 'evs_' || replace(gen_random_uuid()::text, '-', ''), c.kind, c."questionnaireId", c."courseId", c."sessionId", cs."trainerId", c."categoryId",
           date_trunc('month', c.at AT TIME ZONE 'UTC')::date, c.answers
    FROM claimed c LEFT JOIN "CourseSession" cs ON cs.id = c."sessionId"`;
}

const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** The end-to-end test's workshop: one session 3 weeks ago, 5 participants, 4 answered, the demo mentor's still open. */
async function feedbackWorkshop(rng: Rng, staff: Person[], demo: Demo, asOf: Date): Promise<void> {
  const category = await db.category.findUniqueOrThrow({ where: { code: "ETHICS" }, select: { id: true } });
  const { courseId } = await db.$transaction((tx) =>
    createCourseFromContent(
      tx,
      {
        code: E2E_EVALUATION_COURSE.code,
        title: E2E_EVALUATION_COURSE.title,
        summary: "A half-day workshop on giving feedback that helps, and receiving it without getting defensive.",
        categoryCode: "ETHICS",
        mode: "CLASSROOM",
        trainingDays: "0.5",
        languages: ["en"],
        validityMonths: null,
        mandatory: false,
        lessons: [],
      },
      { categoryId: category.id, ownerId: demo.LD_ADMIN.id, publishedAt: addMs(asOf, -120 * 86_400_000) },
    ),
  );
  const day = addDays(toIsoDate(asOf), -21);
  const startsAt = zonedTimeToUtc(day, "09:00", "Europe/Zurich");
  const endsAt = zonedTimeToUtc(day, "13:00", "Europe/Zurich");
  const demoIds = new Set(Object.values(demo).map((d) => d.id));
  const others = staff.filter((s) => !demoIds.has(s.id));
  const trainer = others[40]!;
  const participants = [others[101]!, others[202]!, others[303]!, others[404]!, demo.MENTOR];
  const session = await db.courseSession.create({
    data: {
      courseId,
      delivery: "IN_PERSON",
      location: "AB building, room 2.210, Geneva",
      trainerId: trainer.id,
      capacity: 12,
      timeZone: "Europe/Zurich",
      startsAt,
      endsAt,
      trainingDays: "0.5",
      days: { create: [{ dayNumber: 1, startsAt, endsAt }] },
    },
    select: { id: true },
  });
  for (const [i, p] of participants.entries()) {
    const enrolment = await db.$transaction(async (tx) => {
      const [opened] = await openEnrollments(tx, [{ staffId: p.id, courseId, sessionId: session.id, state: "ENROLLED", origin: "SELF" }], { actorId: p.id, asOf: addMs(startsAt, -14 * 86_400_000) });
      await transitionEnrollment(tx, [opened!.id], "ATTENDED", { actorId: demo.LD_ADMIN.id, asOf: addMs(endsAt, 3_600_000) });
      return opened!;
    });
    await recordParticipation(db, {
      staffId: p.id,
      courseId,
      categoryId: category.id,
      mode: "CLASSROOM",
      startDate: new Date(`${day}T00:00:00Z`),
      endDate: new Date(`${day}T00:00:00Z`),
      trainingDays: "0.5",
      status: "ATTENDED",
      source: "SESSION",
      sourceKey: `enrolment:${enrolment.id}`,
    });
    if (p.id === demo.MENTOR.id) {
      await ensureEvaluationRequests({ staffId: p.id, asOf });
      continue;
    }
    await ensureEvaluationRequests({ staffId: p.id, asOf: addMs(endsAt, 86_400_000) });
    const request = await db.evaluationRequest.findFirstOrThrow({ where: { staffId: p.id, sessionId: session.id, kind: "REACTION" }, select: { id: true } });
    const answers: Answers = { satisfaction: [4, 5, 3, 4][i]!, relevance: [4, 4, 3, 5][i]! };
    if (rng.chance(0.6)) answers.comment = rng.pick(["Practical and well paced.", "The feedback model is easy to remember.", "More practice time, please."]);
    await submitEvaluation(actor(p), { requestId: request.id, answers }, addMs(endsAt, (i + 1) * 86_400_000));
  }
}

export async function seedEvaluations(opts: { staff: Person[]; demo: Demo; asOf: Date; log?: (line: string) => void }) {
  const started = Date.now();
  const rng = createRng(20191001);
  const respect = await respectResults(rng, opts.asOf, opts.log);
  const respectMs = Date.now() - started;
  await feedbackWorkshop(rng, opts.staff, opts.demo, opts.asOf);
  opts.log?.(`Evaluations: ${respect} answers for Respect in the workplace (${respectMs} ms), and the feedback workshop (4 answers, one open): ${Date.now() - started} ms.`);
}
