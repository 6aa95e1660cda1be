import "server-only";
import { db } from "~/server/db";
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { midpointOf } from "~/server/mentoring/pairings";
import { openRound } from "~/server/mentoring/overview";
import { COUNTED_STATUSES } from "~/server/reports/training";
import { courseLanguage, localizeCourse, localizeLesson } from "~/lib/courses/i18n";

// The learner's home, one function per section: each a query or two with `select`, never a query per row. Course
// titles are in the reader's language (`locale`) when translated, as on the catalogue's cards; a lesson's title in the
// language the player will show the course in.

/** A course's title as a reader of `locale` reads it. */
function titleIn(course: { title: string; baseLocale: string; translations: unknown }, locale: string): string {
  return localizeCourse({ ...course, summary: "" }, locale).title;
}

export type ContinueItem = {
  progressId: string;
  courseCode: string;
  courseTitle: string;
  lessonsDone: number;
  lessons: number;
  /** the first lesson not done (where the player resumes) */
  next: { position: number; title: string } | null;
};

/** "Continue where you left off": courses started and not completed (latest cycle), most recently worked on first. */
export async function continueLearning(staffId: string, limit = 5, locale = "en"): Promise<ContinueItem[]> {
  type Row = Omit<ContinueItem, "next"> & {
    nextPosition: number | null; nextTitle: string | null; nextTranslations: unknown; baseLocale: string; languages: string[]; translations: unknown;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT cp.id AS "progressId", c.code AS "courseCode", c.title AS "courseTitle",
           c."baseLocale", c.languages, c.translations, nx.translations AS "nextTranslations",
           (SELECT count(*) FROM "Lesson" l WHERE l."versionId" = cp."versionId")::int AS lessons,
           (SELECT count(*) FROM "LessonProgress" lp WHERE lp."progressId" = cp.id)::int AS "lessonsDone",
           nx.position AS "nextPosition", nx.title AS "nextTitle"
    FROM "CourseProgress" cp
    JOIN "Course" c ON c.id = cp."courseId"
    LEFT JOIN LATERAL (
      SELECT l.position, l.title, l.translations FROM "Lesson" l
      WHERE l."versionId" = cp."versionId"
        AND NOT EXISTS (SELECT 1 FROM "LessonProgress" lp WHERE lp."progressId" = cp.id AND lp."lessonId" = l.id)
      ORDER BY l.position LIMIT 1
    ) nx ON TRUE
    WHERE cp."staffId" = ${staffId} AND cp."completedAt" IS NULL AND c.status = 'PUBLISHED'
      AND cp.cycle = (SELECT max(x.cycle) FROM "CourseProgress" x WHERE x."staffId" = cp."staffId" AND x."courseId" = cp."courseId")
    ORDER BY GREATEST(cp."startedAt", (SELECT max(lp."completedAt") FROM "LessonProgress" lp WHERE lp."progressId" = cp.id)) DESC, c.title
    LIMIT ${limit}`;
  return rows.map(({ nextPosition, nextTitle, nextTranslations, baseLocale, languages, translations, ...r }) => {
    const course = { title: r.courseTitle, baseLocale, languages, translations };
    const next = nextPosition === null ? null : localizeLesson({ title: nextTitle ?? "", body: "", translations: nextTranslations }, baseLocale, courseLanguage(course, [locale]));
    return { ...r, courseTitle: titleIn(course, locale), next: next && nextPosition !== null ? { position: nextPosition, title: next.title } : null };
  });
}

/** "Upcoming sessions": sessions the person holds a seat in or waits for, not yet over, soonest first. */
export async function upcomingSessions(staffId: string, asOf: Date, limit = 5, locale = "en") {
  const rows = await db.enrollment.findMany({
    where: { staffId, state: { in: ["ENROLLED", "WAITLISTED"] }, session: { status: "SCHEDULED", endsAt: { gt: asOf } } },
    orderBy: { session: { startsAt: "asc" } },
    take: limit,
    select: {
      id: true,
      state: true,
      session: {
        select: {
          id: true,
          delivery: true,
          location: true,
          meetingUrl: true,
          timeZone: true,
          course: { select: { code: true, title: true, baseLocale: true, translations: true } },
          days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
        },
      },
    },
  });
  return rows.map((r) => {
    const s = r.session!;
    return {
      enrollmentId: r.id,
      state: r.state as "ENROLLED" | "WAITLISTED",
      sessionId: s.id,
      courseCode: s.course.code,
      courseTitle: titleIn(s.course, locale),
      delivery: s.delivery,
      location: s.location,
      // The join link is for participants: someone on the waiting list gets it once they have a seat.
      meetingUrl: r.state === "ENROLLED" ? s.meetingUrl : null,
      timeZone: s.timeZone,
      days: s.days,
    };
  });
}
export type UpcomingSession = Awaited<ReturnType<typeof upcomingSessions>>[number];

/**
 * MentorNet as a mentee sees it: requests waiting for an answer, answers of the last 30 days, the current pairing
 * (with its last meeting and the next step: confirming, the mid-point check-in, or the planned end), and an open
 * round to rank mentors in when they have no mentor.
 */
export async function mentoringState(staffId: string, asOf: Date) {
  const today = toIsoDate(asOf);
  const answeredSince = new Date(asOf.getTime() - 30 * 86_400_000);
  const [profile, pending, answered, pairing, round] = await Promise.all([
    db.menteeProfile.findUnique({ where: { staffId }, select: { id: true } }),
    db.mentoringRequest.findMany({
      where: { menteeId: staffId, status: "OPEN", expiresAt: { gt: asOf } },
      orderBy: { expiresAt: "asc" },
      select: { id: true, expiresAt: true, mentor: { select: { fullName: true } } },
    }),
    db.mentoringRequest.findMany({
      where: { menteeId: staffId, status: { in: ["ACCEPTED", "DECLINED"] }, respondedAt: { gte: answeredSince } },
      orderBy: { respondedAt: "desc" },
      take: 3,
      select: { id: true, status: true, respondedAt: true, mentor: { select: { fullName: true } }, pairing: { select: { id: true } } },
    }),
    db.pairing.findFirst({
      where: { menteeId: staffId, status: { in: ["PROPOSED", "ACTIVE"] } },
      orderBy: { proposedAt: "desc" },
      select: {
        id: true,
        status: true,
        startedOn: true,
        endsOn: true,
        menteeConfirmedAt: true,
        mentor: { select: { fullName: true } },
        meetings: { orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true } },
        checkIns: { where: { authorId: staffId }, select: { id: true } },
      },
    }),
    openRound(asOf),
  ]);
  let current = null;
  if (pairing) {
    const midpoint = pairing.startedOn && pairing.endsOn ? midpointOf(pairing.startedOn, pairing.endsOn) : null;
    const endsOn = pairing.endsOn ? toIsoDate(pairing.endsOn) : null;
    const checkedIn = pairing.checkIns.length > 0;
    // The next thing the pair has ahead of them, as a date the mentee can plan for.
    const next: { kind: "confirm" } | { kind: "checkIn"; on: IsoDate; due: boolean } | { kind: "end"; on: IsoDate; due: boolean } | null =
      pairing.status === "PROPOSED"
        ? pairing.menteeConfirmedAt
          ? null
          : { kind: "confirm" }
        : midpoint && !checkedIn && (!endsOn || today < endsOn)
          ? { kind: "checkIn", on: midpoint, due: today >= midpoint }
          : endsOn
            ? { kind: "end", on: endsOn, due: today >= endsOn }
            : null;
    current = {
      id: pairing.id,
      status: pairing.status,
      mentor: pairing.mentor.fullName,
      startedOn: pairing.startedOn ? toIsoDate(pairing.startedOn) : null,
      endsOn,
      lastMeetingOn: pairing.meetings[0] ? toIsoDate(pairing.meetings[0].heldOn) : null,
      next,
    };
  }
  const ranked = round && !current ? await db.matchingRoundEntry.findUnique({ where: { roundId_menteeId: { roundId: round.id, menteeId: staffId } }, select: { ranking: true } }) : null;
  return {
    hasMenteeProfile: profile !== null,
    pending: pending.map((r) => ({ id: r.id, mentor: r.mentor.fullName, expiresAt: r.expiresAt })),
    answered: answered.map((r) => ({ id: r.id, status: r.status as "ACCEPTED" | "DECLINED", mentor: r.mentor.fullName, respondedAt: r.respondedAt!, pairingId: r.pairing?.id ?? null })),
    pairing: current,
    round: round && !current ? { id: round.id, name: round.name, closesOn: round.closesOn, ranked: ranked?.ranking.length ?? 0 } : null,
  };
}
export type MentoringState = Awaited<ReturnType<typeof mentoringState>>;

/** "Recent completions": the last participations the ledger counts (completed or attended), newest first. */
export async function recentCompletions(staffId: string, limit = 5, locale = "en") {
  const rows = await db.trainingRecord.findMany({
    where: { staffId, status: { in: [...COUNTED_STATUSES] } },
    orderBy: [{ endDate: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: { id: true, endDate: true, trainingDays: true, status: true, course: { select: { code: true, title: true, baseLocale: true, translations: true } } },
  });
  return rows.map((r) => ({ id: r.id, endDate: toIsoDate(r.endDate), trainingDays: r.trainingDays.toString(), status: r.status, courseCode: r.course.code, courseTitle: titleIn(r.course, locale) }));
}

