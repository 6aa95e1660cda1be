import "server-only";
import type { en } from "~/messages/en";
import type { Tx } from "~/server/db";
import { queueTemplatedMails, type MailNamespace, type TemplatedMail } from "~/server/mail/render";

type MailMessages = (typeof en)["programmes"]["mail"];
export type ProgrammeMailTemplate = Exclude<keyof MailMessages, "footer">;
export type ProgrammeMail = Omit<TemplatedMail, "template"> & { template: ProgrammeMailTemplate };

const NAMESPACE: MailNamespace = "programmes.mail";

/**
 * Puts programme e-mails (applications, endorsements) into the outbox in each recipient's language, with the same
 * notification in the app, inside the caller's transaction; a dedupeKey already used writes nothing.
 */
export async function queueProgrammeMails(tx: Tx, mails: readonly ProgrammeMail[]): Promise<number> {
  return queueTemplatedMails(tx, NAMESPACE, mails);
}
