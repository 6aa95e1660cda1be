import "server-only";
import type { Tx } from "~/server/db";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** The same key never writes a second message: a retried or restarted producer sends nothing twice. */
  dedupeKey: string;
};

/**
 * Writes mail into the outbox (EmailMessage, status PENDING) — inside the caller's transaction, so the mail exists
 * exactly when the change that caused it does. Nothing is sent here: the delivery job (server/mail/delivery.ts) does.
 * Returns how many messages were new.
 */
export async function enqueueEmails(tx: Tx, emails: readonly OutgoingEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  const { count } = await tx.emailMessage.createMany({
    data: emails.map((e) => ({ to: e.to.trim().toLowerCase(), subject: e.subject, text: e.text, html: e.html ?? null, dedupeKey: e.dedupeKey })),
    skipDuplicates: true,
  });
  return count;
}
