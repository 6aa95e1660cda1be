import "server-only";
import { createTranslator } from "use-intl/core";
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
import { en } from "~/messages/en";
import { enqueueEmails } from "~/server/mail/outbox";
import { mailConfig } from "~/server/mail/config";

type Tx = Prisma.TransactionClient | PrismaClient;

type MailMessages = (typeof en)["mentoring"]["mail"];
export type MentoringMailTemplate = Exclude<keyof MailMessages, "footer">;
type Values = Record<string, string | number | boolean>;

export type MentoringMail = {
  to: string;
  template: MentoringMailTemplate;
  values: Values;
  /** Path inside Pathway the mail links to, e.g. "/mentoring/inbox". */
  path: string;
  /** One mail per key, ever: a retried or concurrent action does not mail twice. */
  dedupeKey: string;
};

const t = createTranslator({ locale: "en", messages: en, namespace: "mentoring.mail" });

/** Absolute link for e-mails, on the app's public URL. */
export function appUrl(path: string): string {
  return `${mailConfig().appUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Renders a MentorNet e-mail from the message catalogue (subject and plain-text body). */
export function renderMentoringMail(template: MentoringMailTemplate, values: Values, path: string) {
  const all = { ...values, url: appUrl(path) };
  // Keys are checked by MentoringMailTemplate; the translator's generic key type cannot follow a union.
  const tr = t as unknown as (key: string, values?: Values) => string;
  return {
    subject: tr(`${template}.subject`, all),
    text: `${tr(`${template}.body`, all)}\n\n${tr("footer")}`,
  };
}

/**
 * Puts MentorNet e-mails into the outbox (EmailMessage) inside the caller's transaction: they leave
 * only if the change that caused them commits, and a dedupeKey already used writes nothing.
 */
export async function queueMentoringMails(tx: Tx, mails: readonly MentoringMail[]): Promise<number> {
  return enqueueEmails(
    tx,
    mails.map((m) => ({ to: m.to, dedupeKey: m.dedupeKey, ...renderMentoringMail(m.template, m.values, m.path) })),
  );
}

const tAll = createTranslator({ locale: "en", messages: en, namespace: "mentoring" }) as unknown as (key: string, values?: Values) => string;

/** A label from the mentoring catalogue for an e-mail (reason codes, outcomes). */
export function mailLabel(key: string): string {
  return tAll(key);
}

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "24 November 2026" for a calendar date (stored at UTC midnight) or an instant's UTC date. */
export function mailDate(d: Date): string {
  return longDate.format(d);
}
