import "server-only";
import type { Tx } from "~/server/db";
import { queueTemplatedMails, type MailNamespace, type TemplatedMail } from "~/server/mail/render";
import type { en } from "~/messages/en";

type PathMailTemplate = Exclude<keyof (typeof en)["paths"]["email"], "footer">;
export type PathMail = Omit<TemplatedMail, "template"> & { template: PathMailTemplate };

// The catalogue holds paths.email (subject, body, footer) exactly as renderTemplate reads them.
const NAMESPACE: MailNamespace = "paths.email";

/** Learners' path mails (completed, assigned) into the outbox and their notification list, inside the caller's transaction. */
export function queuePathMails(tx: Tx, mails: readonly PathMail[]): Promise<number> {
  return queueTemplatedMails(tx, NAMESPACE, mails);
}
