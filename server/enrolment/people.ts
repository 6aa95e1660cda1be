import "server-only";
import { db } from "~/server/db";
import { AppError, type Problem } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import type { EnrolPeopleInput, PeopleSelection } from "~/lib/schemas/enrolment";
import { ensureOnlineEnrolment } from "~/server/enrolment/online";
import { lockSession, PERSON_HAS_LEFT, placeInSession, SEAT_TX, type PlacementOutcome, type Person } from "~/server/enrolment/session-places";
import { queueEnrolmentMails } from "~/server/enrolment/mail";
import { nameCollation } from "~/server/people/people";
import { localeOr, type Locale } from "~/lib/i18n/locales";

/** At most this many people per enrolment request: a whole department, not the whole organisation by accident. */
export const MAX_PEOPLE_PER_ENROLMENT = 2000;

const PERSON = { id: true, email: true, fullName: true, employeeId: true, active: true, locale: true } satisfies Prisma.StaffSelect;

/** Employee IDs or e-mails, separated by new lines, commas, semicolons or spaces; first occurrence wins. */
export function parsePeopleList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.trim().replace(/^<|>$/g, "");
    if (!token) continue;
    const key = token.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(token);
  }
  return out;
}

export type Resolution = { people: Person[]; unknown: string[] };

/**
 * Who a list or an audience names. A list keeps its order (it decides who gets the last seats); an audience is
 * alphabetical, as a reader of `locale` sorts names (PostgreSQL's ICU collation: Chinese names by pinyin in Chinese).
 */
export async function resolvePeople(selection: PeopleSelection, locale: Locale = "en"): Promise<Resolution> {
  if (selection.by === "list") {
    const tokens = parsePeopleList(selection.text);
    if (tokens.length > MAX_PEOPLE_PER_ENROLMENT) {
      throw new AppError("TOO_MANY", "enrolment.people.listTooLong", { max: MAX_PEOPLE_PER_ENROLMENT });
    }
    const emails = tokens.filter((t) => t.includes("@")).map((t) => t.toLowerCase());
    const ids = tokens.filter((t) => !t.includes("@"));
    const found = await db.staff.findMany({
      where: { OR: [{ employeeId: { in: ids } }, { email: { in: emails } }] },
      select: PERSON,
    });
    const byKey = new Map<string, Person>();
    for (const p of found) {
      byKey.set(p.employeeId.toLowerCase(), p);
      byKey.set(p.email, p);
    }
    const people: Person[] = [];
    const unknown: string[] = [];
    for (const t of tokens) {
      const p = byKey.get(t.toLowerCase());
      if (p) people.push(p);
      else unknown.push(t);
    }
    return { people, unknown };
  }
  const f = selection.filter;
  const where: Prisma.StaffWhereInput = {
    active: true,
    ...(f.grades.length ? { grade: { in: f.grades.map((g) => g.toUpperCase()) } } : {}),
    ...(f.departmentIds.length ? { departmentId: { in: f.departmentIds } } : {}),
    ...(f.sectorIds.length ? { sectorId: { in: f.sectorIds } } : {}),
    ...(f.dutyStationIds.length ? { dutyStationId: { in: f.dutyStationIds } } : {}),
  };
  const count = await db.staff.count({ where });
  if (count > MAX_PEOPLE_PER_ENROLMENT) {
    throw new AppError("TOO_MANY", "enrolment.people.audienceTooLarge", { count, max: MAX_PEOPLE_PER_ENROLMENT });
  }
  const found = await db.staff.findMany({ where, select: PERSON });
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Staff" WHERE id = ANY(${found.map((p) => p.id)}::text[])
    ORDER BY "fullName" COLLATE ${nameCollation(locale)}, "employeeId"`;
  const byId = new Map(found.map((p) => [p.id, p]));
  return { people: order.flatMap(({ id }) => byId.get(id) ?? []), unknown: [] };
}

export type EnrolmentPreview = {
  matched: number;
  unknown: string[];
  sample: { employeeId: string; fullName: string }[];
  inactive: number;
  already: number;
  elsewhere: number;
  willEnrol: number;
  willWaitlist: number;
  /** people a full session leaves out because L&D closed its waiting list */
  waitlistClosed: number;
  seatsLeft: number | null;
};

/** What an enrolment would do, for the confirmation step (nothing changes); its sample of names sorted for a reader of `locale`. */
export async function previewEnrolment(input: EnrolPeopleInput, asOf: Date = new Date(), locale: Locale = "en"): Promise<EnrolmentPreview> {
  const { people, unknown } = await resolvePeople(input.people, locale);
  const ids = people.map((p) => p.id);
  const sample = people.slice(0, 12).map((p) => ({ employeeId: p.employeeId, fullName: p.fullName }));
  const inactive = people.filter((p) => !p.active).length;
  if (input.target.kind === "course") {
    const already = await db.enrollment.count({
      where: { courseId: input.target.courseId, staffId: { in: ids }, sessionId: null, state: { in: ["ENROLLED", "IN_PROGRESS"] } },
    });
    return { matched: people.length, unknown, sample, inactive, already, elsewhere: 0, willEnrol: people.length - inactive - already, willWaitlist: 0, waitlistClosed: 0, seatsLeft: null };
  }
  const session = await db.courseSession.findUnique({ where: { id: input.target.sessionId }, select: { id: true, courseId: true, capacity: true, waitlistClosedAt: true } });
  if (!session) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
  const [held, enrolled] = await Promise.all([
    db.enrollment.findMany({
      where: { staffId: { in: ids }, courseId: session.courseId, state: { in: ["ENROLLED", "WAITLISTED"] }, session: { status: "SCHEDULED", endsAt: { gt: asOf } } },
      select: { staffId: true, sessionId: true },
    }),
    db.enrollment.count({ where: { sessionId: session.id, state: "ENROLLED" } }),
  ]);
  const already = held.filter((h) => h.sessionId === session.id).length;
  const elsewhere = held.length - already;
  const heldIds = new Set(held.map((h) => h.staffId));
  const placeable = people.filter((p) => p.active && !heldIds.has(p.id)).length;
  const seatsLeft = Math.max(0, session.capacity - enrolled);
  const overflow = Math.max(0, placeable - seatsLeft);
  return {
    matched: people.length,
    unknown,
    sample,
    inactive,
    already,
    elsewhere,
    willEnrol: Math.min(placeable, seatsLeft),
    willWaitlist: session.waitlistClosedAt ? 0 : overflow,
    waitlistClosed: session.waitlistClosedAt ? overflow : 0,
    seatsLeft,
  };
}

export type EnrolmentResult = {
  enrolled: number;
  waitlisted: number;
  already: number;
  /** why each was refused: a fragment after the person's name ("has left the organisation"), rendered by the caller */
  rejected: { employeeId: string; fullName: string; reason: Problem }[];
  unknown: string[];
};

/**
 * L&D enrols one person, a list or an audience in a session (seats first, then the waiting list in the order
 * given) or in an online course. L&D may add people after the enrolment deadline and, to record walk-ins,
 * after the start; only the learners of an upcoming session are e-mailed.
 */
export async function enrolPeople(actor: Actor, input: EnrolPeopleInput, asOf: Date = new Date()): Promise<EnrolmentResult> {
  // An audience is placed in the order its preview showed the L&D admin (their language's name order).
  const { people, unknown } = await resolvePeople(input.people, localeOr(actor.locale));
  if (people.length === 0) {
    throw unknown.length
      ? new AppError("NOBODY", "enrolment.people.noneMatch", { list: unknown.slice(0, 5).join(", ") })
      : new AppError("NOBODY", "enrolment.people.audienceEmpty");
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const target = input.target;

  if (target.kind === "session") {
    return db.$transaction(async (tx) => {
      const session = await lockSession(tx, target.sessionId);
      if (session.status === "CANCELLED") throw new AppError("SESSION_CANCELLED", "enrolment.people.sessionCancelled");
      const outcomes = await placeInSession(tx, session, people, { origin: "ADMIN", actorId: actor.id, asOf, notify: asOf < session.startsAt });
      const result = summarise(outcomes, byId, unknown);
      await audit(tx, actor, "enrolment.enrol-people", "CourseSession", session.id, {
        data: { enrolled: result.enrolled, waitlisted: result.waitlisted, already: result.already, rejected: result.rejected.length },
      });
      return result;
    }, SEAT_TX);
  }

  const course = await db.course.findUnique({ where: { id: target.courseId }, select: { id: true, title: true, code: true, mode: true, status: true } });
  if (!course) throw new AppError("NOT_FOUND", "enrolment.courseNotFound");
  if (course.mode !== "ONLINE") throw new AppError("INVALID", "enrolment.people.useSessions");
  if (course.status !== "PUBLISHED") throw new AppError("INVALID", "enrolment.people.courseUnpublished");
  return db.$transaction(
    async (tx) => {
      const open = await tx.enrollment.findMany({
        where: { courseId: course.id, sessionId: null, staffId: { in: people.map((p) => p.id) }, state: { in: ["ENROLLED", "IN_PROGRESS"] } },
        select: { staffId: true, id: true },
      });
      const openIds = new Set(open.map((o) => o.staffId));
      const outcomes: PlacementOutcome[] = [];
      const mails = [];
      for (const p of people) {
        if (openIds.has(p.id)) {
          outcomes.push({ staffId: p.id, outcome: "ALREADY", enrollmentId: open.find((o) => o.staffId === p.id)!.id, state: "ENROLLED" });
        } else if (!p.active) {
          outcomes.push({ staffId: p.id, outcome: "REJECTED", reason: PERSON_HAS_LEFT });
        } else {
          const e = await ensureOnlineEnrolment(tx, p.id, course.id, { actorId: actor.id, asOf, origin: "ADMIN" });
          outcomes.push({ staffId: p.id, outcome: "ENROLLED", enrollmentId: e.id });
          mails.push({
            to: p.email,
            locale: p.locale,
            template: "assigned" as const,
            values: { name: p.fullName, course: course.title },
            path: `/courses/${encodeURIComponent(course.code)}`,
            dedupeKey: `course-assigned:${e.id}`,
          });
        }
      }
      await queueEnrolmentMails(tx, mails);
      const result = summarise(outcomes, byId, unknown);
      await audit(tx, actor, "enrolment.enrol-people", "Course", course.id, { data: { enrolled: result.enrolled, already: result.already, rejected: result.rejected.length } });
      return result;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

function summarise(outcomes: PlacementOutcome[], byId: Map<string, Person>, unknown: string[]): EnrolmentResult {
  const result: EnrolmentResult = { enrolled: 0, waitlisted: 0, already: 0, rejected: [], unknown };
  for (const o of outcomes) {
    if (o.outcome === "ENROLLED") result.enrolled++;
    else if (o.outcome === "WAITLISTED") result.waitlisted++;
    else if (o.outcome === "ALREADY") result.already++;
    else if (o.outcome === "REJECTED") {
      const p = byId.get(o.staffId)!;
      result.rejected.push({ employeeId: p.employeeId, fullName: p.fullName, reason: o.reason });
    }
  }
  return result;
}
