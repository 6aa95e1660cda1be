import "server-only";
import { createTranslator } from "use-intl/core";
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
import { en } from "~/messages/en";
import { enqueueEmails } from "~/server/mail/enqueue";
import { mailConfig } from "~/server/mail/config";

type Tx = Prisma.TransactionClient | PrismaClient;
type Values = Record<string, string | number>;

type MailMessages = (typeof en)["enrolment"]["email"];
export type EnrolmentMailTemplate = Exclude<keyof MailMessages, "footer" | "noOtherSessions" | "otherSessionLine">;

export type EnrolmentMail = {
  to: string;
  template: EnrolmentMailTemplate;
  values: Values;
  /** path inside Pathway the mail links to */
  path: string;
  /** one mail per key, ever: a retried or concurrent action does not mail twice */
  dedupeKey: string;
};

const t = createTranslator({ locale: "en", messages: en, namespace: "enrolment.email" });
// Keys are checked by EnrolmentMailTemplate; the translator's generic key type cannot follow a union.
const tr = t as unknown as (key: string, values?: Values) => string;

/** Absolute link for e-mails: the public URL of the app (NEXTAUTH_URL), else the local server. */
export function appUrl(path: string): string {
  return `${mailConfig().appUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

export function renderEnrolmentMail(template: EnrolmentMailTemplate, values: Values, path: string) {
  const all = { ...values, url: appUrl(path) };
  return { subject: tr(`${template}.subject`, all), text: `${tr(`${template}.body`, all)}\n\n${tr("footer")}` };
}

/**
 * Puts e-mails into the outbox (server/mail's enqueueEmails) inside the caller's transaction: they leave only if
 * the change that caused them commits; a dedupeKey already used writes nothing. Delivery is the mail module's job.
 */
export async function queueEnrolmentMails(tx: Tx, mails: readonly EnrolmentMail[]): Promise<number> {
  return enqueueEmails(
    tx,
    mails.map((m) => ({ to: m.to, dedupeKey: m.dedupeKey, ...renderEnrolmentMail(m.template, m.values, m.path) })),
  );
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

/** The other sessions of the course, one line each, for a cancellation notice. */
export function otherSessionsText(sessions: readonly { id: string; startsAt: Date; timeZone: string; where: string; seatsLeft: number }[]): string {
  if (sessions.length === 0) return tr("noOtherSessions");
  return sessions
    .map((s) =>
      tr("otherSessionLine", { date: firstDayText(s.startsAt, s.timeZone), where: s.where, seats: s.seatsLeft, url: appUrl(`/sessions/${s.id}`) }),
    )
    .join("\n");
}
