import "server-only";
import { createTranslator } from "use-intl/core";
import type { en } from "~/messages/en";
import { catalogues } from "~/messages";
import { DEFAULT_LOCALE, formattingLocale, isLocale, type Locale } from "~/lib/i18n/locales";
import type { Tx } from "~/server/db";
import { mailWriter, queueTemplatedMails, renderTemplate, type MailValues, type TemplatedMail } from "~/server/mail/render";
import { appUrl } from "~/server/env";

type MailMessages = (typeof en)["enrolment"]["email"];
export type EnrolmentMailTemplate = Exclude<keyof MailMessages, "footer" | "noOtherSessions" | "otherSessionLine" | "scheduleLine">;

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

const zoneWriters = new Map<Locale, Translate>();

/** The `enrolment` namespace (the zone's wording, shared with the pages' components/enrolment/when.ts). */
function enrolmentWords(locale: Locale): Translate {
  let t = zoneWriters.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: catalogues[locale], namespace: "enrolment" }) as unknown as Translate;
    zoneWriters.set(locale, t);
  }
  return t;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Per day, one line in the reader's language and the session's zone: "- Tuesday 3 March 2026, 09:00–12:30 (Geneva
 * time)", "- mardi 3 mars 2026, 09:00–12:30 (heure de Genève)", "- 2026年3月3日星期二，09:00–12:30（日内瓦时间）".
 */
export function scheduleText(days: readonly { startsAt: Date; endsAt: Date }[], timeZone: string, locale?: string | null): string {
  const { locale: l, t } = mailWriter(locale, "enrolment.email");
  const date = new Intl.DateTimeFormat(formattingLocale(l), { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const time = new Intl.DateTimeFormat(formattingLocale(l), { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const zone = timeZoneLabel(timeZone, l);
  return days.map((d) => t("scheduleLine", { date: date.format(d.startsAt), start: time.format(d.startsAt), end: time.format(d.endsAt), zone })).join("\n");
}

/**
 * The zone a session's times are in, in the reader's language: "Geneva time" / "heure de Genève" / "日内瓦时间" for
 * Europe/Zurich (the organisation's seat), else the zone's city; UTC is UTC in every language.
 */
export function timeZoneLabel(timeZone: string, locale?: string | null): string {
  if (timeZone === "UTC") return "UTC";
  const t = enrolmentWords(isLocale(locale) ? locale : DEFAULT_LOCALE);
  return t("zone", { city: t("zoneCity", { city: timeZone.split("/").pop()! }).replace(/_/g, " ") });
}

/** The session's first date where it takes place, in the reader's language: "3 March 2026", "3 mars 2026", "2026年3月3日". */
export function firstDayText(startsAt: Date, timeZone: string, locale?: string | null): string {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return new Intl.DateTimeFormat(formattingLocale(l), { timeZone, day: "numeric", month: "long", year: "numeric" }).format(startsAt);
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
    .map((s) => t("otherSessionLine", { date: firstDayText(s.startsAt, s.timeZone, locale), ...whereValues(s.where), seats: s.seatsLeft, url: appUrl(`/sessions/${s.id}`) }))
    .join("\n");
}
