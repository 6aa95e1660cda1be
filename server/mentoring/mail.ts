import "server-only";
import type { en } from "~/messages/en";
import type { Tx } from "~/server/db";
import { mailWriter, queueTemplatedMails, renderTemplate, type MailValues, type TemplatedMail } from "~/server/mail/render";

export { mailDate } from "~/server/mail/render";

type MailMessages = (typeof en)["mentoring"]["mail"];
export type MentoringMailTemplate = Exclude<keyof MailMessages, "footer">;

export type MentoringMail = Omit<TemplatedMail, "template"> & { template: MentoringMailTemplate };

/** Subject, text and HTML of a MentorNet e-mail (server/mail/render.ts), in `locale` (default: the default language). */
export function renderMentoringMail(template: MentoringMailTemplate, values: MailValues, path: string, locale?: string) {
  return renderTemplate(locale, "mentoring.mail", template, values, path);
}

/**
 * Puts MentorNet e-mails into the outbox in each recipient's language, inside the caller's transaction: they leave
 * only if the change that caused them commits, and a dedupeKey already used writes nothing.
 */
export async function queueMentoringMails(tx: Tx, mails: readonly MentoringMail[]): Promise<number> {
  return queueTemplatedMails(tx, "mentoring.mail", mails);
}

/** A label from the mentoring catalogue for an e-mail (reason codes, outcomes). */
export function mailLabel(key: string, locale?: string): string {
  return mailWriter(locale, "mentoring").t(key);
}
