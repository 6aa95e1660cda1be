import "server-only";
import type { en } from "~/messages/en";
import type { Tx } from "~/server/db";
import { mailWriter, queueTemplatedMails, renderTemplate, type MailValues, type TemplatedMail } from "~/server/mail/render";
import { appUrl } from "~/server/env";

type MailMessages = (typeof en)["enrolment"]["email"];
export type EnrolmentMailTemplate = Exclude<keyof MailMessages, "footer" | "noOtherSessions" | "otherSessionLine">;

export type EnrolmentMail = Omit<TemplatedMail, "template"> & { template: EnrolmentMailTemplate };

/** Subject, text and HTML of an enrolment e-mail (server/mail/render.ts), in `locale` (default: the default language). */
export function renderEnrolmentMail(template: EnrolmentMailTemplate, values: MailValues, path: string, locale?: string) {
  return renderTemplate(locale, "enrolment.email", template, values, path);
}

/**
 * Puts e-mails into the outbox in each recipient's language, inside the caller's transaction: they leave only if
 * the change that caused them commits; a dedupeKey already used writes nothing. Delivery is the mail module's job.
 */
export async function queueEnrolmentMails(tx: Tx, mails: readonly EnrolmentMail[]): Promise<number> {
  return queueTemplatedMails(tx, "enrolment.email", mails);
}

/** "Tuesday 3 March 2026, 09:00–12:30" per day, in the session's zone, one line each. */
export function scheduleText(days: readonly { startsAt: Date; endsAt: Date }[], timeZone: string): string {
  const date = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const zone = timeZoneLabel(timeZone);
  return days.map((d) => `- ${date.format(d.startsAt)}, ${time.format(d.startsAt)}–${time.format(d.endsAt)} (${zone})`).join("\n");
}

/** "Geneva time" for Europe/Zurich, else the city of the zone name. */
export function timeZoneLabel(timeZone: string): string {
  if (timeZone === "Europe/Zurich") return "Geneva time";
  if (timeZone === "UTC") return "UTC";
  return `${timeZone.split("/").pop()!.replace(/_/g, " ")} time`;
}

export function firstDayText(startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" }).format(startsAt);
}

/** Where a session takes place (server/enrolment/session-places.ts `sessionWhere`): the reader's language words it. */
export type SessionWhere = { kind: "virtual" | "place" | "tba"; location: string };

/** The values mail templates word the place with: `{whereKind, select, …}` and `{where}`. */
export function whereValues(where: SessionWhere): { whereKind: SessionWhere["kind"]; where: string } {
  return { whereKind: where.kind, where: where.location };
}

/** The other sessions of the course, one line each, for a cancellation notice. */
export function otherSessionsText(sessions: readonly { id: string; startsAt: Date; timeZone: string; where: SessionWhere; seatsLeft: number }[], locale?: string): string {
  const { t } = mailWriter(locale, "enrolment.email");
  if (sessions.length === 0) return t("noOtherSessions");
  return sessions
    .map((s) => t("otherSessionLine", { date: firstDayText(s.startsAt, s.timeZone), ...whereValues(s.where), seats: s.seatsLeft, url: appUrl(`/sessions/${s.id}`) }))
    .join("\n");
}
