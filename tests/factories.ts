// The one set of factories for integration tests: every test creates its own uniquely-named rows through these, so
// files run in parallel and never depend on the demo seed. Each kind of row has one factory with one set of defaults;
// a test states what matters to it through the options.
import { randomUUID } from "node:crypto";
import { copyFile, mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { Db } from "~/server/db";
import type { CourseMode, CourseStatus, EnrollmentState, ParticipationStatus, RecordSource } from "~/server/generated/prisma/enums";
import type { ContentCourse, ContentLesson, ContentQuestion, ContentQuizRules } from "~/lib/courses/content/types";
import type { Actor, Role } from "~/server/auth/roles";
import { parseIsoDate, type IsoDate } from "~/lib/dates";
import { createCourseFromContent } from "~/server/courses/content-import";
import { minutesToDays } from "~/server/enrolment/schedule";
import { mediaRoot } from "~/server/media/paths";
import { loadActor } from "~/server/auth/actor";
import { recordParticipation } from "~/server/records/ledger";

/** A short unique suffix so that parallel tests never collide on unique columns. */
export function uniq(prefix = ""): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

// ─────────────────────── People and actors ───────────────────────

export type StaffOverrides = Partial<{
  employeeId: string;
  email: string;
  fullName: string;
  gender: "F" | "M" | "X";
  grade: string;
  departmentId: string | null;
  sectorId: string | null;
  dutyStationId: string | null;
  hireDate: Date | null;
  managerId: string | null;
  active: boolean;
  roles: ("LD_ADMIN" | "AUDITOR")[];
}>;

/** An active P3 staff member hired on 15 January 2018, with no unit, manager or granted role. */
export async function createStaff(db: Db, o: StaffOverrides = {}) {
  const id = uniq();
  return db.staff.create({
    data: {
      employeeId: o.employeeId ?? `T${id}`,
      email: o.email ?? `t.${id}@test.example.org`,
      fullName: o.fullName ?? `Test Person ${id}`,
      gender: o.gender ?? "F",
      grade: o.grade ?? "P3",
      departmentId: o.departmentId ?? null,
      sectorId: o.sectorId ?? null,
      dutyStationId: o.dutyStationId ?? null,
      hireDate: o.hireDate ?? new Date(Date.UTC(2018, 0, 15)),
      managerId: o.managerId ?? null,
      active: o.active ?? true,
      roles: o.roles ?? [],
    },
  });
}

export async function createDepartment(db: Db, name = "Test Department") {
  return db.department.create({ data: { code: uniq("D"), name: `${name} ${uniq()}` } });
}

export async function createSector(db: Db, name = "Test Sector") {
  return db.sector.create({ data: { code: uniq("S"), name: `${name} ${uniq()}` } });
}

export async function createDutyStation(db: Db, name = "Test Station") {
  return db.dutyStation.create({ data: { code: uniq("DS"), name: `${name} ${uniq()}` } });
}

/**
 * A staff member given exactly `role` besides LEARNER by the data that makes it (a manager has an active direct
 * report, a mentor a mentor profile; L&D admins and auditors are granted it in Staff.roles).
 */
export async function createStaffWithRole(db: Db, role: Role) {
  const staff = await createStaff(db, { roles: role === "LD_ADMIN" || role === "AUDITOR" ? [role] : [] });
  if (role === "MANAGER") await createStaff(db, { managerId: staff.id });
  if (role === "MENTOR") await db.mentorProfile.create({ data: { staffId: staff.id } });
  return staff;
}

/** The actor of a new staff member holding `role`, loaded by the app's own loadActor as for a signed-in person. */
export async function createActorWithRole(db: Db, role: Role): Promise<Actor> {
  const staff = await createStaffWithRole(db, role);
  const actor = await loadActor(staff.id);
  if (!actor) throw new Error(`loadActor found no active staff member ${staff.id}.`);
  return actor;
}

/** The Actor a domain function receives for this staff member, with the roles the test says it holds. */
export function actorOf(staff: { id: string; employeeId: string; email: string; fullName: string; locale: string }, ...roles: Role[]): Actor {
  return { id: staff.id, employeeId: staff.employeeId, email: staff.email, fullName: staff.fullName, locale: staff.locale, roles: ["LEARNER", ...roles] };
}

// ─────────────────────── Categories and courses ───────────────────────

/** A category from the bootstrap list (every test database has them). */
export async function categoryByCode(db: Db, code = "ETHICS") {
  return db.category.findUniqueOrThrow({ where: { code } });
}

/** A category of the test's own, so its figures never mix with another test's or the bootstrap's (its code sorts after theirs). */
export async function createCategory(db: Db, name = "Test category") {
  return db.category.create({ data: { code: uniq("Z").toUpperCase().slice(0, 16), name: `${name} ${uniq()}` } });
}

/** A question whose first option is the correct one (SINGLE) or the first two (MULTIPLE). */
export function question(prompt: string, kind: "SINGLE" | "MULTIPLE" = "SINGLE"): ContentQuestion {
  return {
    prompt,
    kind,
    explanation: `Because of ${prompt}.`,
    options:
      kind === "SINGLE"
        ? [{ text: "Right", correct: true }, { text: "Wrong", correct: false }, { text: "Also wrong", correct: false }]
        : [{ text: "Right one", correct: true }, { text: "Right two", correct: true }, { text: "Wrong", correct: false }],
  };
}

export type CourseOptions = Partial<{
  code: string;
  title: string;
  /** a bootstrap category (default HSS) … */
  categoryCode: string;
  /** … or the test's own (wins over categoryCode) */
  categoryId: string;
  mode: CourseMode;
  status: CourseStatus;
  trainingDays: string;
  validityMonths: number | null;
  mandatory: boolean;
  /** version 1's lessons; [] for a course known only to sessions or the ledger */
  lessons: ContentLesson[];
  /** the default quiz's questions, pass mark, attempts and shuffling */
  questions: ContentQuestion[];
  passMark: number;
  shuffle: boolean;
  /** questions each attempt draws from the quiz's pool (default all) */
  drawCount: number;
  /** the course's quiz rules (default: unlimited attempts, the quiz open at any time) */
  quizRules: ContentQuizRules;
  /** false leaves version 1 a draft */
  published: boolean;
}>;

const PUBLISHED_AT = new Date(Date.UTC(2024, 0, 1));

/**
 * The course factory: a published online course of half a training day in HSS, valid forever, whose version 1
 * (published 1 January 2024) holds two readings, an attestation and a quiz of five questions (pass mark 80 %),
 * unless `lessons` says otherwise. Written by the content import, as the bootstrap writes its courses.
 * Returns the course row, the ids of its version and lessons (`courseId` repeats `id`, as the import names it)
 * and the content it was made from.
 */
export async function createCourse(db: Db, o: CourseOptions = {}) {
  const code = o.code ?? uniq("C").toUpperCase();
  const questions = o.questions ?? [question("Question 1"), question("Question 2", "MULTIPLE"), question("Question 3"), question("Question 4"), question("Question 5")];
  const lessons: ContentLesson[] = o.lessons ?? [
    { kind: "READING", title: "Why it matters", body: "## Why\n\nBecause **it does**.", required: true },
    { kind: "READING", title: "How to act", body: "Act *calmly*.", required: true },
    { kind: "ATTESTATION", title: "Your commitment", statement: "I have read and understood the rules of this test course.", required: true },
    { kind: "QUIZ", title: "Check your understanding", passMark: o.passMark ?? 80, shuffle: o.shuffle ?? false, drawCount: o.drawCount, questions, required: true },
  ];
  const content: ContentCourse = {
    code,
    title: o.title ?? `Test course ${code}`,
    summary: "A course made by a test.",
    categoryCode: o.categoryCode ?? "HSS",
    mode: o.mode ?? "ONLINE",
    trainingDays: o.trainingDays ?? "0.5",
    languages: ["en"],
    validityMonths: o.validityMonths ?? null,
    mandatory: o.mandatory ?? false,
    lessons,
    quizRules: o.quizRules,
  };
  const categoryId = o.categoryId ?? (await categoryByCode(db, content.categoryCode)).id;
  const made = await db.$transaction((tx) => createCourseFromContent(tx, content, { categoryId, ownerId: null, publishedAt: PUBLISHED_AT }));
  if (o.status && o.status !== "PUBLISHED") await db.course.update({ where: { id: made.courseId }, data: { status: o.status } });
  if (o.published === false) await db.courseVersion.update({ where: { id: made.versionId }, data: { publishedAt: null } });
  const course = await db.course.findUniqueOrThrow({ where: { id: made.courseId } });
  return { ...course, ...made, content };
}

/** The lessons of a version with their questions and options (correct flags included, for building answers). */
export async function lessonsOf(db: Db, versionId: string) {
  return db.lesson.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: {
      id: true, position: true, kind: true, title: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, options: { orderBy: { position: "asc" }, select: { id: true, correct: true } } } },
    },
  });
}

type QuizQuestions = Awaited<ReturnType<typeof lessonsOf>>[number]["questions"];

/** Answers getting exactly `right` questions right (the first ones), the rest wrong. */
export function answers(questions: QuizQuestions, right = questions.length) {
  return questions.map((q, i) => {
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
    return { questionId: q.id, optionIds: i < right ? correct : [wrong[0]!] };
  });
}

// ─────────────────────── Sessions and enrolments ───────────────────────

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A session written directly (no actor needed): by default of a new classroom course, 12 places, two 3.5-hour
 * mornings starting `startsInDays` (7) after `asOf` (now), Geneva time zone.
 */
export async function createSession(
  db: Db,
  o: Partial<{
    courseId: string;
    capacity: number;
    asOf: Date;
    startsInDays: number;
    days: { startsAt: Date; endsAt: Date }[];
    trainerId: string | null;
    enrolmentDeadline: Date | null;
    delivery: "IN_PERSON" | "VIRTUAL";
    status: "SCHEDULED" | "CANCELLED";
  }> = {},
) {
  const courseId = o.courseId ?? (await createCourse(db, { mode: "CLASSROOM", lessons: [] })).id;
  const asOf = o.asOf ?? new Date();
  const first = asOf.getTime() + (o.startsInDays ?? 7) * DAY;
  const days = o.days ?? [
    { startsAt: new Date(first), endsAt: new Date(first + 3.5 * HOUR) },
    { startsAt: new Date(first + DAY), endsAt: new Date(first + DAY + 3.5 * HOUR) },
  ];
  const minutes = days.reduce((s, d) => s + Math.round((d.endsAt.getTime() - d.startsAt.getTime()) / 60_000), 0);
  return db.courseSession.create({
    data: {
      courseId,
      delivery: o.delivery ?? "IN_PERSON",
      location: o.delivery === "VIRTUAL" ? null : "Room B.12, headquarters",
      meetingUrl: o.delivery === "VIRTUAL" ? "https://meet.example.org/test" : null,
      trainerId: o.trainerId ?? null,
      capacity: o.capacity ?? 12,
      timeZone: "Europe/Zurich",
      enrolmentDeadline: o.enrolmentDeadline ?? null,
      status: o.status ?? "SCHEDULED",
      startsAt: days[0]!.startsAt,
      endsAt: days[days.length - 1]!.endsAt,
      trainingDays: minutesToDays(minutes),
      days: { create: days.map((d, i) => ({ dayNumber: i + 1, startsAt: d.startsAt, endsAt: d.endsAt })) },
    },
    include: { days: { orderBy: { dayNumber: "asc" } } },
  });
}

/** An enrolment written directly (to set the scene before the behaviour under test): in a course, or a session of it. */
export async function createEnrolment(db: Db, o: { staffId: string; courseId: string; sessionId?: string | null; state?: EnrollmentState }) {
  return db.enrollment.create({ data: { staffId: o.staffId, courseId: o.courseId, sessionId: o.sessionId ?? null, state: o.state ?? "ENROLLED" } });
}

/** Puts `count` new people straight into a session (to fill seats before the behaviour under test). */
export async function seatPeople(db: Db, sessionId: string, count: number, state: EnrollmentState = "ENROLLED") {
  const session = await db.courseSession.findUniqueOrThrow({ where: { id: sessionId }, select: { courseId: true } });
  const people = [];
  for (let i = 0; i < count; i++) {
    const staff = await createStaff(db);
    people.push(staff);
    await createEnrolment(db, { staffId: staff.id, courseId: session.courseId, sessionId, state });
  }
  return people;
}

// ─────────────────────── The training ledger ───────────────────────

export type LedgerRow = {
  staffId: string;
  course: { id: string; categoryId: string; mode: CourseMode; trainingDays: { toFixed(): string } };
  endDate: IsoDate;
  /** defaults to endDate */
  startDate?: IsoDate;
  /** defaults to COMPLETED */
  status?: ParticipationStatus;
  /** defaults to the course's */
  trainingDays?: string;
  /** defaults to the course's */
  mode?: CourseMode;
  /** defaults to the course's category (the category as it was then) */
  categoryId?: string;
  /** defaults to IMPORT */
  source?: RecordSource;
};

/** One participation, written the only way the house allows: the ledger's recordParticipation. */
export async function recordTraining(db: Db, row: LedgerRow) {
  const { record } = await recordParticipation(db, {
    staffId: row.staffId,
    courseId: row.course.id,
    categoryId: row.categoryId ?? row.course.categoryId,
    mode: row.mode ?? row.course.mode,
    startDate: parseIsoDate(row.startDate ?? row.endDate),
    endDate: parseIsoDate(row.endDate),
    trainingDays: row.trainingDays ?? row.course.trainingDays.toFixed(),
    status: row.status ?? "COMPLETED",
    source: row.source ?? "IMPORT",
    sourceKey: `test:${uniq()}`,
  });
  return record;
}

/** Participations written one by one, in order, as the app writes them; returns the records. */
export async function recordTrainings(db: Db, rows: LedgerRow[]) {
  const records = [];
  for (const row of rows) records.push(await recordTraining(db, row));
  return records;
}

/**
 * Many identical completions at once (thousands), for exact-sum tests: one set-based INSERT, as a history import
 * writes them (12,385 single writes would take minutes). People take turns: row i belongs to staffIds[i % n].
 */
export async function bulkCompletions(
  db: Db,
  o: { staffIds: string[]; course: { id: string; categoryId: string; mode: CourseMode }; count: number; endDate: IsoDate; trainingDays: string },
) {
  const batch = uniq();
  await db.$executeRaw`
    INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
    SELECT ${batch} || '-' || i, (${o.staffIds}::text[])[1 + i % ${o.staffIds.length}], ${o.course.id}, ${o.course.categoryId},
           ${o.course.mode}::"CourseMode", ${o.endDate}::date, ${o.endDate}::date, ${o.trainingDays}::numeric,
           'COMPLETED', 'IMPORT', 'bulk:' || ${batch} || ':' || i, now()
    FROM generate_series(0, ${o.count - 1}) AS i`;
}

// ─────────────────────── Compliance ───────────────────────

export type RequirementOverrides = Partial<{
  audienceKind: "EVERYONE" | "DEPARTMENT" | "SECTOR" | "GRADE" | "DUTY_STATION" | "MANAGERS" | "NEW_STAFF";
  audienceValues: string[];
  newStaffDays: number | null;
  effectiveFrom: IsoDate;
  dueDate: IsoDate | null;
  dueAfterDays: number | null;
  validityMonths: number | null;
}>;

/**
 * A requirement row written directly (createRequirement's validation has tests of its own): everyone, effective
 * 1 January 2026, due 30 June 2026 or 30 days after joining.
 */
export async function createRequirementRow(db: Db, courseId: string, o: RequirementOverrides = {}) {
  return db.requirement.create({
    data: {
      courseId,
      audienceKind: o.audienceKind ?? "EVERYONE",
      audienceValues: o.audienceValues ?? [],
      newStaffDays: o.newStaffDays ?? null,
      effectiveFrom: parseIsoDate(o.effectiveFrom ?? "2026-01-01"),
      dueDate: o.dueDate === undefined ? parseIsoDate("2026-06-30") : o.dueDate === null ? null : parseIsoDate(o.dueDate),
      dueAfterDays: o.dueAfterDays === undefined ? 30 : o.dueAfterDays,
      validityMonths: o.validityMonths ?? null,
    },
  });
}

/** Retires the requirements the bootstrap creates (WT, BSAFE, AFA for everyone) so a test sees only its own. */
export async function retireBootstrapRequirements(db: Db) {
  await db.requirement.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date(Date.UTC(2000, 0, 1)) } });
}

// ─────────────────────── MentorNet ───────────────────────

/** An area of expertise with a unique name (the list is shared by everyone in the test's database). */
export async function createExpertiseArea(db: Db, name = "Negotiation") {
  return db.expertiseArea.create({ data: { name: `${name} ${uniq()}` } });
}

export type MentorOverrides = StaffOverrides & {
  capacity?: number;
  languages?: string[];
  expertiseIds?: string[];
  listed?: boolean;
  pausedUntil?: Date | null;
  bio?: string;
};

/** A P5 staff member with a mentor profile, listed by default, one place, English. */
export async function createMentor(db: Db, o: MentorOverrides = {}) {
  const staff = await createStaff(db, { grade: "P5", ...o });
  await db.mentorProfile.create({
    data: {
      staffId: staff.id,
      capacity: o.capacity ?? 1,
      languages: o.languages ?? ["en"],
      listed: o.listed ?? true,
      listedAt: (o.listed ?? true) ? new Date() : null,
      pausedUntil: o.pausedUntil ?? null,
      bio: o.bio ?? "Twenty years of work across the organisation; happy to help.",
      yearsExperience: 15,
      expertise: { connect: (o.expertiseIds ?? []).map((id) => ({ id })) },
    },
  });
  return staff;
}

export type MenteeOverrides = StaffOverrides & {
  goalIds?: string[];
  languages?: string[];
  desiredDurationMonths?: number;
  prefersOtherDutyStation?: boolean | null;
};

/** A P2 staff member with a mentee profile (English, 6 months). */
export async function createMentee(db: Db, o: MenteeOverrides = {}) {
  const staff = await createStaff(db, { grade: "P2", ...o });
  await db.menteeProfile.create({
    data: {
      staffId: staff.id,
      languages: o.languages ?? ["en"],
      desiredDurationMonths: o.desiredDurationMonths ?? 6,
      prefersOtherDutyStation: o.prefersOtherDutyStation ?? null,
      guidelinesSeenAt: new Date(),
      goals: { connect: (o.goalIds ?? []).map((id) => ({ id })) },
    },
  });
  return staff;
}

/** Turns MentorNet's training requirement off (or on) for the test's database. */
export async function setTrainingRequired(db: Db, required: boolean) {
  const row = await db.setting.findUnique({ where: { key: "mentoring.settings" } });
  const value = { ...((row?.value as object | null) ?? {}), requireTraining: required };
  await db.setting.upsert({ where: { key: "mentoring.settings" }, create: { key: "mentoring.settings", value }, update: { value } });
}

// ─────────────────────── Media ───────────────────────

/** The demo video of the seed: 12 s, H.264, 320×180. */
export const DEMO_VIDEO = fileURLToPath(new URL("../prisma/seed/media/three-breath-pause.mp4", import.meta.url));
export const DEMO_CAPTIONS_EN = fileURLToPath(new URL("../prisma/seed/media/three-breath-pause.en.vtt", import.meta.url));
export const DEMO_VIDEO_SECONDS = 12;

/** A LOCAL asset ready to play, its file copied into $PATHWAY_DATA_DIR/media (set the variable per test file). */
export async function createLocalVideoAsset(db: Db, o: { source?: string; durationSeconds?: number | null } = {}) {
  const source = o.source ?? DEMO_VIDEO;
  const storagePath = path.join("videos", `${uniq("test-")}.mp4`);
  const abs = path.join(mediaRoot(), storagePath);
  await mkdir(path.dirname(abs), { recursive: true });
  await copyFile(source, abs);
  const { size } = await stat(abs);
  return db.mediaAsset.create({
    data: {
      provider: "LOCAL",
      status: "READY",
      title: path.basename(source),
      storagePath,
      sizeBytes: BigInt(size),
      mimeType: "video/mp4",
      durationSeconds: o.durationSeconds === undefined ? DEMO_VIDEO_SECONDS : o.durationSeconds,
    },
  });
}

/**
 * A course (see createCourse) of a required reading, then a video lesson (required unless said otherwise) showing
 * `assetId` (or a new local asset of the demo video) with the given watched threshold in percent (null = the
 * default 90 %); `draft` leaves its version unpublished.
 */
export async function createVideoCourse(db: Db, o: { assetId?: string; threshold?: number | null; videoRequired?: boolean; draft?: boolean } = {}) {
  const assetId = o.assetId ?? (await createLocalVideoAsset(db)).id;
  const course = await createCourse(db, {
    lessons: [{ kind: "READING", title: "Before you watch", body: "Find a quiet place.", required: true }],
    published: !o.draft,
  });
  const video = await db.lesson.create({
    data: {
      versionId: course.versionId,
      position: 2,
      kind: "VIDEO",
      title: "The three-breath pause",
      required: o.videoRequired ?? true,
      mediaAssetId: assetId,
      watchedThreshold: o.threshold === undefined ? null : o.threshold,
    },
  });
  return { ...course, readingLessonId: course.lessonIds[0]!, videoLessonId: video.id, assetId };
}

/** A learner who has started the course (through the course player's own startCourse). */
export async function learnerWhoStarted(db: Db, courseId: string): Promise<Actor> {
  // Imported on use: most test files never play a course, and the player's module graph is large.
  const { startCourse } = await import("~/server/courses/player");
  const learner = await createActorWithRole(db, "LEARNER");
  await startCourse(learner, courseId);
  return learner;
}
