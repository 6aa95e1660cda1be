// Object-level access, generated from the router: every procedure a person without an administrative role may call
// that takes the id of something owned by a person is called by A with B's id, and must answer FORBIDDEN or
// NOT_FOUND (never success, never a 500) and leave B's rows as they were. Every id-like field of such a procedure is
// either mapped to a kind of owned object below or listed as shared with the reason, so a new procedure taking a new
// kind of id fails this test until someone says who owns it. The special owner rules (a manager and their team, a
// session's trainer, the mentor of a pairing) are written by hand at the end.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import { procedureRoles } from "~/server/api/permissions";
import { loadActor } from "~/server/auth/actor";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { createCourse, createEnrolment, createMentee, createMentor, createSession, createStaff, uniq } from "~/tests/factories";
import { inputSchema, invoke, plausible, positions, procedurePaths, replaceAt, type Path } from "~/tests/attacks/schema";

const db = testDb();

/** Kinds of objects a person owns (or takes part in), and how to read one back to see it unchanged. */
const KINDS = {
  staff: (id: string) => db.staff.findUnique({ where: { id }, omit: { updatedAt: true } }),
  enrollment: (id: string) => db.enrollment.findUnique({ where: { id } }),
  trainerSession: (id: string) => db.courseSession.findUnique({ where: { id }, include: { enrollments: true } }),
  mentoringRequest: (id: string) => db.mentoringRequest.findUnique({ where: { id } }),
  pairing: (id: string) => db.pairing.findUnique({ where: { id }, include: { goals: true } }),
  pairingGoal: (id: string) => db.pairingGoal.findUnique({ where: { id } }),
  coachingRequest: (id: string) => db.coachingRequest.findUnique({ where: { id } }),
  notification: (id: string) => db.notification.findUnique({ where: { id } }),
  evaluationRequest: (id: string) => db.evaluationRequest.findUnique({ where: { id } }),
  programmeApplication: (id: string) => db.programmeApplication.findUnique({ where: { id }, omit: { updatedAt: true } }),
} as const;
type Kind = keyof typeof KINDS;

/** Which kind of B's object an id field names, by procedure namespace and field. */
function kindOf(path: string, field: string): Kind | undefined {
  const [ns] = path.split(".");
  if (field === "staffId") return "staff";
  if (field === "enrollmentId") return "enrollment";
  if (field === "pairingId") return "pairing";
  if (field === "goalId") return "pairingGoal";
  if (field === "requestId") return ns === "mentoring" ? "mentoringRequest" : ns === "coaching" ? "coachingRequest" : ns === "evaluations" ? "evaluationRequest" : undefined;
  if (ns === "evaluations" && field === "trainerId") return "staff";
  if (ns === "notifications" && field === "id") return "notification";
  if (ns === "programmes" && field === "applicationId") return "programmeApplication";
  if (ns === "sessions" && field === "sessionId" && (path === "sessions.roster" || path === "sessions.markAttendance")) return "trainerSession";
  return undefined;
}

/** Id fields that name something shared, not owned by a person: anyone allowed to call may name any of them. */
const SHARED: Record<string, string> = {
  courseId: "courses are the catalogue's; visibility of drafts is checked by the player (server/courses/policy.ts)",
  lessonId: "lessons belong to courses; the player refuses a lesson of a course the person has not started",
  sessionId: "sessions are offered to everyone (sessions.get/enrol); the roster is the trainer's (mapped above)",
  categoryId: "categories are shared reference data",
  coachId: "listed coaches are public to every staff member",
  mentorIds: "listed mentors are public to every staff member",
  roundId: "a matching round is open to every eligible mentee",
  goalIds: "mentee goals are a shared list",
  expertiseIds: "areas of expertise are a shared list",
  requirementId: "requirements are organisation-wide rules; whose compliance is asked is staffId (mapped)",
  submissionId: "a client-made idempotency key of the person's own quiz submission, never looked up across people",
  questionId: "questions belong to a course's quiz",
  optionIds: "options belong to a course's quiz",
  assetId: "videos belong to lessons (media policy)",
  dayId: "days belong to the session, whose trainer alone may mark attendance (trainerSession)",
  cohortId: "a programme cohort's call is open to every staff member; eligibility is checked on applying (server/programmes/applications.ts)",
  poolId: "licence pools are offered to every staff member; a person's own licence is found by pool and caller (server/licences/requests.ts)",
  pathId: "learning paths are the catalogue's; paths.enrol/leave always act on the caller's own enrolment",
  pathStepId: "path steps are the catalogue's; a declaration naming one is the caller's own (records.declareExternal)",
};

/** Procedures whose id-like fields the generator cannot map, with why (kept explicit so the list stays complete). */
const HAND_WRITTEN: Record<string, string> = {
  "team.remind": "requestId there is a client-made idempotency key; staffId (B, not in A's team) is checked by hand below",
};

/** Only people without an administrative role are attacked here: L&D admins and auditors may name anyone's objects. */
function openToNonAdmins(path: string): boolean {
  const access = procedureRoles[path];
  return access === "authenticated" || (Array.isArray(access) && access.some((r) => r === "MENTOR" || r === "MANAGER" || r === "LEARNER"));
}

const ID_FIELD = /^(id|[a-zA-Z]+Ids?)$/;
type Target = { path: string; fields: { at: Path; field: string; kind: Kind | undefined }[] };

const targets: Target[] = procedurePaths
  .filter(openToNonAdmins)
  .flatMap((path) => {
    const schema = inputSchema(path);
    if (!schema) return [];
    const fields = positions(schema)
      .map((p) => ({ at: p.path, field: String(p.path.filter((k) => typeof k === "string").at(-1) ?? "") }))
      .filter((f) => ID_FIELD.test(f.field))
      .map((f) => ({ ...f, kind: kindOf(path, f.field) }));
    return fields.length ? [{ path, fields }] : [];
  });
const generated = targets.filter((t) => !(t.path in HAND_WRITTEN) && t.fields.some((f) => f.kind));

/** Valid inputs the generator cannot make up (text with a minimum length, a choice among values…). */
const INPUTS: Record<string, Record<string, unknown>> = {
  "mentoring.logMeeting": { occurredOn: "2030-01-15", minutes: 45, mode: "IN_PERSON", note: "We met." },
  "evaluations.results": { from: "2026-01", to: "2026-12" },
  "programmes.endorse": { decision: "ENDORSED", comment: "Ready for it." },
};

function errorCode(error: unknown): string {
  return error instanceof TRPCError ? error.code : `not a tRPC error: ${String(error)}`;
}

describe("another person's id", () => {
  let a: Actor;
  const ids = {} as Record<Kind, string>;
  const people = {} as Record<"b" | "mentor" | "trainer" | "report" | "coach", string>;
  const asOf = new Date();

  beforeAll(async () => {
    // A: a learner who is also a mentor and a manager, the most a non-administrator can be.
    const aStaff = await createMentor(db);
    await createStaff(db, { managerId: aStaff.id });
    a = (await loadActor(aStaff.id))!;
    expect(a.roles).toEqual(expect.arrayContaining(["LEARNER", "MENTOR", "MANAGER"]));

    // B, and the people B's objects involve: B's mentor, a trainer, a coach.
    const b = await createMentee(db);
    const mentor = await createMentor(db);
    const trainer = await createStaff(db);
    const coachStaff = await createStaff(db);
    Object.assign(people, { b: b.id, mentor: mentor.id, trainer: trainer.id, coach: coachStaff.id });

    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: course.id, trainerId: trainer.id });
    const enrollment = await createEnrolment(db, { staffId: b.id, courseId: course.id, sessionId: session.id });
    const later = new Date(asOf.getTime() + 30 * 86_400_000);
    const request = await db.mentoringRequest.create({
      data: { menteeId: b.id, mentorId: mentor.id, message: "Would you mentor me?", durationMonths: 6, createdAt: asOf, expiresAt: later },
    });
    const pairing = await db.pairing.create({
      data: { menteeId: b.id, mentorId: mentor.id, origin: "ROUND", status: "ACTIVE", durationMonths: 6, proposedAt: asOf, menteeConfirmedAt: asOf, mentorConfirmedAt: asOf, startedOn: asOf, endsOn: later },
    });
    const goal = await db.pairingGoal.create({ data: { pairingId: pairing.id, title: "Negotiate better", createdById: b.id } });
    const coach = await db.coach.create({ data: { staffId: coachStaff.id } });
    const coaching = await db.coachingRequest.create({ data: { coacheeId: b.id, coachId: coach.id, message: "Coach me", createdAt: asOf } });
    const notification = await db.notification.create({
      data: { staffId: b.id, namespace: "notifications", template: "test", values: {}, path: "/", dedupeKey: uniq("attack-") },
    });
    const evaluationRequest = await db.evaluationRequest.create({
      data: { kind: "REACTION", trainingRecordId: uniq("rec-"), staffId: b.id, questionnaireId: uniq("q-"), courseId: course.id, categoryId: course.categoryId, opensAt: asOf },
    });
    // B's application to a programme, whose endorsement is asked of B's manager (not A).
    const programme = await db.programme.create({ data: { code: uniq("PRG"), name: "Programme", durationMonths: 9, status: "PUBLISHED" } });
    const cohort = await db.programmeCohort.create({
      data: { programmeId: programme.id, name: "2030", opensOn: asOf, closesOn: later, startsOn: later, endsOn: later, places: 5 },
    });
    const programmeApplication = await db.programmeApplication.create({
      data: { cohortId: cohort.id, staffId: b.id, motivation: "I want to grow.", goals: "Lead a team.", eligibility: {}, grade: "P3", gender: "F", managerId: mentor.id, endorsement: "REQUESTED" },
    });
    Object.assign(ids, {
      staff: b.id,
      enrollment: enrollment.id,
      trainerSession: session.id,
      mentoringRequest: request.id,
      pairing: pairing.id,
      pairingGoal: goal.id,
      coachingRequest: coaching.id,
      notification: notification.id,
      evaluationRequest: evaluationRequest.id,
      programmeApplication: programmeApplication.id,
    } satisfies Record<Kind, string>);
  });

  it("maps or explains every id field of every procedure a non-administrator may call", () => {
    const unmapped = targets
      .filter((t) => !(t.path in HAND_WRITTEN))
      .flatMap((t) => t.fields.filter((f) => !f.kind && !(f.field in SHARED)).map((f) => `${t.path}: ${f.field}`));
    expect(unmapped).toEqual([]);
    expect(generated.length).toBeGreaterThan(15);
  });

  it.each(generated.map((t) => [t.path, t] as const))("%s refuses B's id to A and leaves B's rows unchanged", async (path, target) => {
    const schema = inputSchema(path)!;
    let input = { ...(plausible(schema) as Record<string, unknown>), ...INPUTS[path] } as unknown;
    const owned = target.fields.filter((f) => f.kind);
    for (const f of owned) input = replaceAt(input, f.at, ids[f.kind!]);
    // The input must be valid but for whose id it holds, or a BAD_REQUEST would hide a missing check.
    expect(schema.safeParse(input).success, `${path}: the generated input is invalid; add one to INPUTS: ${JSON.stringify(input)}`).toBe(true);

    const before = await Promise.all(owned.map((f) => KINDS[f.kind!](ids[f.kind!])));
    let code = "SUCCEEDED";
    try {
      await invoke(createCaller({ actor: a }), path, input);
    } catch (error) {
      code = errorCode(error);
    }
    expect({ path, code }).toEqual({ path, code: expect.toBeOneOf(["FORBIDDEN", "NOT_FOUND"]) });
    expect(await Promise.all(owned.map((f) => KINDS[f.kind!](ids[f.kind!])))).toEqual(before);
  });

  // ─── Special owner rules, by hand ───

  it("a manager may explain their team member's compliance, not another person's", async () => {
    const report = await db.staff.findFirstOrThrow({ where: { managerId: a.id } });
    const requirement = await db.requirement.findFirstOrThrow({ where: { retiredAt: null } });
    const caller = createCaller({ actor: a });
    await expect(caller.compliance.explain({ staffId: report.id, requirementId: requirement.id })).resolves.toBeDefined();
    await expect(caller.compliance.explain({ staffId: people.b, requirementId: requirement.id })).rejects.toMatchObject({ code: expect.toBeOneOf(["FORBIDDEN", "NOT_FOUND"]) });
  });

  it("a manager may remind their team member, not another person", async () => {
    const requirement = await db.requirement.findFirstOrThrow({ where: { retiredAt: null } });
    const input = { ...(plausible(inputSchema("team.remind")!) as Record<string, unknown>), staffId: people.b, requirementId: requirement.id };
    const before = await db.notification.count({ where: { staffId: people.b } });
    await expect(invoke(createCaller({ actor: a }), "team.remind", input)).rejects.toMatchObject({ code: expect.toBeOneOf(["FORBIDDEN", "NOT_FOUND"]) });
    expect(await db.notification.count({ where: { staffId: people.b } })).toBe(before);
  });

  it("the session's trainer may see its roster; A may not", async () => {
    const trainer = (await loadActor(people.trainer))!;
    const roster = await createCaller({ actor: trainer }).sessions.roster({ sessionId: ids.trainerSession });
    expect(JSON.stringify(roster)).toContain(ids.enrollment);
    await expect(createCaller({ actor: a }).sessions.roster({ sessionId: ids.trainerSession })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the mentor of B's pairing may set its goal's progress; A, another mentor, may not", async () => {
    const mentor = (await loadActor(people.mentor))!;
    await expect(createCaller({ actor: a }).mentoring.setGoalProgress({ goalId: ids.pairingGoal, progress: 40 })).rejects.toMatchObject({
      code: expect.toBeOneOf(["FORBIDDEN", "NOT_FOUND"]),
    });
    await createCaller({ actor: mentor }).mentoring.setGoalProgress({ goalId: ids.pairingGoal, progress: 40 });
    expect((await db.pairingGoal.findUniqueOrThrow({ where: { id: ids.pairingGoal } })).progress).toBe(40);
  });

  it("B's own notification is B's to mark read, and stays unread when A tries", async () => {
    const b = (await loadActor(people.b))!;
    await expect(createCaller({ actor: a }).notifications.markRead({ id: ids.notification })).rejects.toMatchObject({ code: expect.toBeOneOf(["FORBIDDEN", "NOT_FOUND"]) });
    expect((await db.notification.findUniqueOrThrow({ where: { id: ids.notification } })).readAt).toBeNull();
    await createCaller({ actor: b }).notifications.markRead({ id: ids.notification });
    expect((await db.notification.findUniqueOrThrow({ where: { id: ids.notification } })).readAt).not.toBeNull();
  });
});
