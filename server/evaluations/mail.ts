import "server-only";
import type { Tx } from "~/server/db";
import { queueTemplatedMails, type MailNamespace, type TemplatedMail } from "~/server/mail/render";

// The evaluations' mail lives in messages/<locale>/evaluations.json under `mail` (subject, body, footer), rendered by the
// one mail writer.
const NAMESPACE: MailNamespace = "evaluations.mail";

export type EvaluationMail = Omit<TemplatedMail, "template"> & { template: "reminder" };

/** Queues evaluation mail (and the in-app notification under the same dedupe key) inside the caller's transaction. */
export function queueEvaluationMails(tx: Tx, mails: readonly EvaluationMail[]): Promise<number> {
  return queueTemplatedMails(tx, NAMESPACE, mails);
}
