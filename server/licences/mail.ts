import "server-only";
import type { Tx } from "~/server/db";
import { queueTemplatedMails, type MailNamespace, type TemplatedMail } from "~/server/mail/render";

// Licence mail (and the same in-app notification): messages/<locale>/licences.json under `mail`.
export type LicenceMailTemplate = "assigned" | "declined" | "reclaimWarning" | "reclaimed";
export type LicenceMail = Omit<TemplatedMail, "template"> & { template: LicenceMailTemplate };

const NAMESPACE: MailNamespace = "licences.mail";

/** Into the outbox and the person's notifications, in the caller's transaction; a used dedupeKey writes nothing. */
export function queueLicenceMails(tx: Tx, mails: readonly LicenceMail[]): Promise<number> {
  return queueTemplatedMails(tx, NAMESPACE, mails);
}
