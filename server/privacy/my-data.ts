import "server-only";
// "Download my data" (issue 14): everything Pathway holds about one person, as one JSON document, in a few queries
// (no loop of queries per row). What the person wrote is theirs, private or not; of other people only names.
import { db } from "~/server/db";
import { toIsoDate } from "~/lib/dates";

/** The sections of the download, in order: the account page lists them and the test checks each is there. */
export const MY_DATA_SECTIONS = [
  "profile",
  "enrolments",
  "courseProgress",
  "scormAttempts",
  "trainingRecords",
  "certificates",
  "externalLearning",
  "mentoring",
  "coaching",
  "notifications",
  "apiTokens",
  "auditEntries",
] as const;
export type MyDataSection = (typeof MY_DATA_SECTIONS)[number];

const name = { select: { fullName: true } } as const;
const course = { select: { code: true, title: true } } as const;

/** The download's file name: `pathway-data-<employeeId>-<date>.json`. */
export function myDataFileName(employeeId: string, asOf: Date): string {
  return `pathway-data-${employeeId.replace(/[^A-Za-z0-9_-]/g, "_")}-${toIsoDate(asOf)}.json`;
}

export async function myData(staffId: string, asOf: Date = new Date()) {
  const [staff, enrolments, progress, records, certificates, external, mentoring, coaching, notifications, apiTokens, auditEntries] = await Promise.all([
    db.staff.findUniqueOrThrow({
      where: { id: staffId },
      select: {
        id: true,
        employeeId: true,
        email: true,
        fullName: true,
        gender: true,
        grade: true,
        hireDate: true,
        active: true,
        leftOn: true,
        roles: true,
        locale: true,
        localeChosen: true,
        lastSeenAt: true,
        createdAt: true,
        updatedAt: true,
        department: { select: { code: true, name: true } },
        sector: { select: { code: true, name: true } },
        dutyStation: { select: { code: true, name: true } },
        manager: name,
        placementChanges: true,
        requirementExemptions: { select: { reason: true, grantedAt: true, revokedAt: true, requirement: { select: { course } } } },
      },
    }),
    db.enrollment.findMany({
      where: { staffId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        state: true,
        origin: true,
        stateChangedAt: true,
        waitlistPosition: true,
        createdAt: true,
        course,
        session: { select: { id: true, delivery: true, location: true } },
        history: { select: { state: true, note: true, at: true }, orderBy: { at: "asc" } },
        attendance: true,
      },
    }),
    db.courseProgress.findMany({
      where: { staffId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        cycle: true,
        startedAt: true,
        completedAt: true,
        course,
        version: { select: { version: true } },
        lessons: { select: { lessonId: true, completedAt: true, attestedName: true } },
        attempts: {
          select: {
            lessonId: true,
            number: true,
            startedAt: true,
            submittedAt: true,
            correctCount: true,
            questionCount: true,
            score: true,
            passed: true,
            answers: { select: { questionId: true, optionIds: true, correct: true } },
          },
          orderBy: [{ lessonId: "asc" }, { number: "asc" }],
        },
        videos: { select: { lessonId: true, watchedSeconds: true, lastPosition: true, durationSeconds: true, completedAt: true, ranges: true } },
        scormAttempts: {
          select: {
            lessonId: true,
            completionStatus: true,
            successStatus: true,
            scoreRaw: true,
            scoreMin: true,
            scoreMax: true,
            scoreScaled: true,
            location: true,
            totalSeconds: true,
            launches: true,
            completedAt: true,
            createdAt: true,
            updatedAt: true,
            cmi: true,
          },
        },
      },
    }),
    db.trainingRecord.findMany({
      where: { staffId },
      orderBy: { endDate: "asc" },
      select: {
        id: true,
        mode: true,
        startDate: true,
        endDate: true,
        trainingDays: true,
        status: true,
        source: true,
        courseVersion: true,
        createdAt: true,
        course,
        category: { select: { code: true, name: true } },
        // corrections of the person's own rows: when, why, what changed (not who: that is the L&D admin's trail)
        revisions: { select: { reason: true, before: true, after: true, at: true }, orderBy: { at: "asc" } },
      },
    }),
    db.certificate.findMany({
      where: { staffId },
      orderBy: { issuedAt: "asc" },
      select: { code: true, number: true, completedOn: true, trainingDays: true, validUntil: true, issuedAt: true, revokedAt: true, revokedReason: true, course },
    }),
    db.externalLearning.findMany({
      where: { staffId },
      orderBy: { createdAt: "asc" },
      // the certificate's bytes are the person's own upload; its name, type, size and checksum identify it
      select: {
        title: true,
        provider: true,
        startDate: true,
        endDate: true,
        trainingDays: true,
        description: true,
        certificateName: true,
        certificateType: true,
        certificateSize: true,
        certificateSha256: true,
        status: true,
        reviewedAt: true,
        reviewNote: true,
        createdAt: true,
        category: { select: { code: true, name: true } },
      },
    }),
    mentoringOf(staffId),
    coachingOf(staffId),
    db.notification.findMany({
      where: { staffId },
      orderBy: { createdAt: "asc" },
      select: { namespace: true, template: true, values: true, path: true, readAt: true, createdAt: true },
    }),
    // never the hash
    db.apiToken.findMany({ where: { ownerId: staffId }, orderBy: { createdAt: "asc" }, select: { name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } }),
    // what the person did as an administrator: the action and its object (the details may be other people's data)
    db.auditEntry.findMany({ where: { actorId: staffId }, orderBy: { at: "asc" }, select: { action: true, entity: true, entityId: true, reason: true, at: true } }),
  ]);

  const { department, sector, dutyStation, manager, placementChanges, requirementExemptions, ...person } = staff;
  return {
    generatedAt: asOf.toISOString(),
    sections: [...MY_DATA_SECTIONS],
    profile: {
      ...person,
      department,
      sector,
      dutyStation,
      manager: manager?.fullName ?? null,
      placementChanges,
      requirementExemptions: requirementExemptions.map(({ requirement, ...e }) => ({ course: requirement.course, ...e })),
    },
    enrolments,
    courseProgress: progress.map(({ scormAttempts: _s, ...p }) => p),
    scormAttempts: progress.flatMap((p) => p.scormAttempts.map((a) => ({ course: p.course, cycle: p.cycle, ...a }))),
    trainingRecords: records,
    certificates,
    externalLearning: external,
    mentoring,
    coaching,
    notifications,
    apiTokens,
    auditEntries,
  };
}
export type MyData = Awaited<ReturnType<typeof myData>>;

/** Mentoring: both profiles, requests sent and received, pairings (the other person by name) and what the person wrote. */
async function mentoringOf(staffId: string) {
  const mine = { where: { authorId: staffId } } as const;
  const [mentorProfile, menteeProfile, requests, pairings, roundEntries] = await Promise.all([
    db.mentorProfile.findUnique({ where: { staffId }, include: { expertise: { select: { name: true } } } }),
    db.menteeProfile.findUnique({ where: { staffId }, include: { goals: { select: { name: true } } } }),
    db.mentoringRequest.findMany({
      where: { OR: [{ menteeId: staffId }, { mentorId: staffId }] },
      orderBy: { createdAt: "asc" },
      include: { mentee: name, mentor: name },
    }),
    db.pairing.findMany({
      where: { OR: [{ menteeId: staffId }, { mentorId: staffId }] },
      orderBy: { proposedAt: "asc" },
      include: {
        mentee: name,
        mentor: name,
        goals: { select: { title: true, progress: true, createdAt: true } },
        // the person's own notes, private or shared; never the other side's
        meetings: { ...mine, select: { heldOn: true, minutes: true, topics: true, notes: true, notesShared: true, createdAt: true } },
        checkIns: { ...mine, select: { onTrack: true, note: true, createdAt: true } },
        feedback: { ...mine, select: { rating: true, comment: true, rematchRequested: true, createdAt: true } },
      },
    }),
    db.matchingRoundEntry.findMany({ where: { menteeId: staffId }, select: { roundId: true, ranking: true, submittedAt: true, matched: true } }),
  ]);
  const rankedIds = [...new Set(roundEntries.flatMap((e) => e.ranking))];
  const ranked = rankedIds.length ? await db.staff.findMany({ where: { id: { in: rankedIds } }, select: { id: true, fullName: true } }) : [];
  const nameOf = new Map(ranked.map((s) => [s.id, s.fullName]));

  const strip = <T extends { mentee: { fullName: string }; mentor: { fullName: string }; menteeId: string; mentorId: string }>(row: T) => {
    // the other person by name only, not by id
    const { mentee, mentor, menteeId, mentorId: _mentorId, ...rest } = row;
    const role = menteeId === staffId ? ("mentee" as const) : ("mentor" as const);
    return { role, otherPerson: role === "mentee" ? mentor.fullName : mentee.fullName, ...rest };
  };
  return {
    mentorProfile: mentorProfile && { ...mentorProfile, expertise: mentorProfile.expertise.map((e) => e.name) },
    menteeProfile: menteeProfile && { ...menteeProfile, goals: menteeProfile.goals.map((g) => g.name) },
    requests: requests.map(strip),
    pairings: pairings.map((p) => {
      const { closedById: _c, extensionProposedById: _e, ...row } = strip(p);
      return row;
    }),
    matchingRounds: roundEntries.map((e) => ({ ...e, ranking: e.ranking.map((id) => nameOf.get(id) ?? null) })),
  };
}

/** Coaching: as coachee (requests, sessions) and, for a coach, their profile, requests and sessions (coachees by name). */
async function coachingOf(staffId: string) {
  const [asCoachee, sessions, coach] = await Promise.all([
    db.coachingRequest.findMany({
      where: { coacheeId: staffId },
      orderBy: { createdAt: "asc" },
      select: { message: true, status: true, createdAt: true, respondedAt: true, coach: { select: { staff: name } } },
    }),
    db.coachingSession.findMany({
      where: { coacheeId: staffId },
      orderBy: { heldOn: "asc" },
      select: { heldOn: true, hours: true, createdAt: true, coach: { select: { staff: name } } },
    }),
    db.coach.findUnique({
      where: { staffId },
      select: {
        bio: true,
        languages: true,
        listed: true,
        createdAt: true,
        requests: { select: { message: true, status: true, createdAt: true, respondedAt: true, coachee: name }, orderBy: { createdAt: "asc" } },
        sessions: { select: { heldOn: true, hours: true, createdAt: true, coachee: name }, orderBy: { heldOn: "asc" } },
      },
    }),
  ]);
  return {
    requests: asCoachee.map(({ coach, ...r }) => ({ ...r, coach: coach.staff.fullName })),
    sessions: sessions.map(({ coach, ...s }) => ({ ...s, coach: coach.staff.fullName })),
    asCoach: coach && {
      ...coach,
      requests: coach.requests.map(({ coachee, ...r }) => ({ ...r, coachee: coachee.fullName })),
      sessions: coach.sessions.map(({ coachee, ...s }) => ({ ...s, coachee: coachee.fullName })),
    },
  };
}
