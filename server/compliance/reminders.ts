import "server-only";
import { db } from "~/server/db";
import { appUrl as publicUrl } from "~/server/env";
import { addDays, toIsoDate, type IsoDate } from "~/lib/dates";
import { isoWeek } from "~/lib/compliance";
import { stateSource } from "~/server/compliance/state-table";
import { ensureOnlineEnrolments } from "~/server/enrolment/online";
import { getComplianceSettings } from "~/server/compliance/settings";
import { learnerReminderMail, managerDigestMail, type DigestItem, type ReminderItem } from "~/server/compliance/reminder-mail";
import { enqueueEmails, type OutgoingEmail } from "~/server/mail/enqueue";
import { recordNotifications, type NewNotification } from "~/server/notifications/notifications";
import { localeOr, type Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";

/**
 * For each language in `locales`, the place of each of `staffIds` in the order PostgreSQL's ICU collation of that
 * language sorts their names (one query per language, at most three): digests list people as their reader sorts names.
 */
async function nameRanks(locales: readonly Locale[], staffIds: readonly string[]): Promise<Map<Locale, Map<string, number>>> {
  const ids = [...new Set(staffIds)];
  const ranks = new Map<Locale, Map<string, number>>();
  for (const locale of new Set(locales)) {
    const order = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Staff" WHERE id = ANY(${ids}::text[]) ORDER BY "fullName" COLLATE ${nameCollation(locale)}, id`;
    ranks.set(locale, new Map(order.map((r, i) => [r.id, i])));
  }
  return ranks;
}

type Candidate = {
  staffId: string;
  fullName: string;
  email: string;
  locale: string;
  managerId: string | null;
  courseCode: string;
  courseTitle: string;
  state: "DUE" | "OVERDUE" | "COMPLIANT";
  dueOn: IsoDate;
  daysOverdue: number;
};

export type ReminderRun = {
  asOf: IsoDate;
  week: string;
  /** people with something due soon, overdue or expiring */
  learners: number;
  /** managers with at least one report overdue beyond the threshold */
  managers: number;
  /** messages written to the outbox by this run (0 when this week's messages already exist) */
  queued: number;
  /** enrolments opened for people due or overdue with a mandatory online course they were not enrolled in */
  enrolled: number;
};

/**
 * The daily reminder run for day `asOf` (the job calls it with now; tests with a fixed clock):
 * - every active person with a requirement due within `remindBeforeDays`, overdue, or a certification running out
 *   within `remindBeforeDays` gets ONE message listing all of it, at most once per ISO week
 *   (dedupeKey reminder:<staffId>:<week>);
 * - every manager of people overdue by `managerAfterDays` or more gets one weekly digest (manager-digest:<id>:<week>);
 * - people overdue by `escalateAfterDays` are on L&D's escalation list (the dashboard reads it live; no mail).
 * Mail is written to the outbox only; delivery is another job. Running it twice, or again after a crash, writes nothing
 * twice: the dedupe keys are unique in the outbox.
 */
export async function runReminders(asOfInstant: Date): Promise<ReminderRun> {
  const asOf = toIsoDate(asOfInstant);
  const week = isoWeek(asOf);
  const settings = await getComplianceSettings();
  const horizon = addDays(asOf, settings.remindBeforeDays);
  // One pass over the states (the costly part at scale) serves both the enrolments and the reminders.
  const rows = await db.$queryRaw<(Candidate & { courseId: string; enrol: boolean })[]>`
    SELECT st."staffId", st."courseId", s."fullName", s.email, s.locale, s."managerId", c.code AS "courseCode", c.title AS "courseTitle",
           st.state, st."dueOn", st."daysOverdue",
           (c.mode = 'ONLINE' AND c.status = 'PUBLISHED' AND st.state IN ('DUE', 'OVERDUE') AND NOT EXISTS (
             SELECT 1 FROM "Enrollment" e
             WHERE e."staffId" = st."staffId" AND e."courseId" = st."courseId" AND e.state IN ('ENROLLED', 'IN_PROGRESS'))) AS enrol
    FROM (${(await stateSource({ asOf })).sql}) st
    JOIN "Staff" s ON s.id = st."staffId"
    JOIN "Course" c ON c.id = st."courseId"
    WHERE st.state IN ('DUE', 'OVERDUE')
       OR (st.state = 'COMPLIANT' AND st."dueOn" IS NOT NULL AND st."dueOn"::date <= ${horizon}::date)
    ORDER BY s.id, CASE st.state WHEN 'OVERDUE' THEN 0 WHEN 'DUE' THEN 1 ELSE 2 END, st."dueOn", c.code`;
  const enrolled = await ensureOnlineEnrolments(rows.filter((r) => r.enrol), { asOf: asOfInstant });
  // Reminded: overdue, due within the horizon, or a certification running out within it (dueOn is YYYY-MM-DD).
  const candidates = rows.filter((r) => r.state !== "DUE" || r.dueOn <= horizon);

  const appUrl = publicUrl();
  const byPerson = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byPerson.get(c.staffId);
    if (list) list.push(c);
    else byPerson.set(c.staffId, [c]);
  }
  const escalated = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.state !== "OVERDUE" || c.daysOverdue < settings.managerAfterDays || !c.managerId) continue;
    const list = escalated.get(c.managerId);
    if (list) list.push(c);
    else escalated.set(c.managerId, [c]);
  }

  // This week's messages already in the outbox (a rerun, a second worker) are not written again: skip them before
  // rendering, so a rerun on a large organisation reads two lists instead of composing every message anew.
  const learnerKey = (staffId: string) => `reminder:${staffId}:${week}`;
  const managerKey = (managerId: string) => `manager-digest:${managerId}:${week}`;
  const keys = [...[...byPerson.keys()].map(learnerKey), ...[...escalated.keys()].map(managerKey)];
  const written = new Set(
    keys.length ? (await db.$queryRaw<{ key: string }[]>`SELECT "dedupeKey" AS key FROM "EmailMessage" WHERE "dedupeKey" = ANY(${keys}::text[])`).map((r) => r.key) : [],
  );

  // Each message also goes to its recipient's notification list (mails[i] and notices[i] are the same message).
  const mails: OutgoingEmail[] = [];
  const notices: NewNotification[] = [];
  for (const [staffId, items] of byPerson) {
    if (written.has(learnerKey(staffId))) continue;
    const first = items[0]!;
    const courses = dedupeCourses(items);
    const mail = learnerReminderMail({ locale: first.locale, fullName: first.fullName, items: courses, appUrl });
    mails.push({ to: first.email, dedupeKey: learnerKey(staffId), ...mail });
    const overdue = courses.filter((c) => c.state === "OVERDUE").length;
    notices.push({
      staffId,
      namespace: "compliance.email",
      template: overdue > 0 ? "learnerSubjectOverdue" : "learnerSubjectDue",
      values: { count: overdue > 0 ? overdue : courses.length, courses: courses.map((c) => c.courseTitle) },
      path: "/",
      dedupeKey: learnerKey(staffId),
    });
  }

  const managerIds = [...escalated.keys()].filter((id) => !written.has(managerKey(id)));
  const managers = managerIds.length
    ? await db.staff.findMany({ where: { id: { in: managerIds }, active: true }, select: { id: true, fullName: true, email: true, locale: true } })
    : [];
  const nameRank = await nameRanks(
    managers.map((m) => localeOr(m.locale)),
    managers.flatMap((m) => escalated.get(m.id)!.map((c) => c.staffId)),
  );
  for (const m of managers) {
    // By name as the manager's language sorts names (the SQL collation's order), then longest overdue first.
    const rank = nameRank.get(localeOr(m.locale))!;
    const items: DigestItem[] = [...escalated.get(m.id)!]
      .sort((a, b) => rank.get(a.staffId)! - rank.get(b.staffId)! || b.daysOverdue - a.daysOverdue)
      .map((c) => ({ fullName: c.fullName, courseTitle: c.courseTitle, dueOn: c.dueOn, daysOverdue: c.daysOverdue }));
    const mail = managerDigestMail({ locale: m.locale, fullName: m.fullName, items, afterDays: settings.managerAfterDays, appUrl });
    mails.push({ to: m.email, dedupeKey: managerKey(m.id), ...mail });
    notices.push({ staffId: m.id, namespace: "compliance.email", template: "digestSubject", values: { count: new Set(items.map((i) => i.fullName)).size }, path: "/team", dedupeKey: managerKey(m.id) });
  }

  let queued = 0;
  // Each chunk commits on its own: a crash part-way keeps what was written, and the rerun adds only the rest.
  for (let i = 0; i < mails.length; i += 500) {
    const chunk = mails.slice(i, i + 500);
    const noticeChunk = notices.slice(i, i + 500);
    queued += await db.$transaction(async (tx) => {
      const count = await enqueueEmails(tx, chunk);
      await recordNotifications(tx, noticeChunk);
      return count;
    });
  }
  // Managers with something to be told this week (whether or not this run wrote their digest).
  const managersTold = escalated.size ? await db.staff.count({ where: { id: { in: [...escalated.keys()] }, active: true } }) : 0;
  return { asOf, week, learners: byPerson.size, managers: managersTold, queued, enrolled };
}

/** Two requirements for the same course make one line (the most urgent, as the query orders them). */
function dedupeCourses(items: Candidate[]): ReminderItem[] {
  const seen = new Set<string>();
  const out: ReminderItem[] = [];
  for (const i of items) {
    if (seen.has(i.courseCode)) continue;
    seen.add(i.courseCode);
    out.push({ courseCode: i.courseCode, courseTitle: i.courseTitle, state: i.state, dueOn: i.dueOn, daysOverdue: i.daysOverdue });
  }
  return out;
}

/** L&D's escalation list: everyone overdue by escalateAfterDays or more (a live query, never a stored list). */
export function escalationFilter(escalateAfterDays: number) {
  return { state: "OVERDUE" as const, minDaysOverdue: escalateAfterDays };
}
