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
  // One statement over a jsonb array: 8× faster than createMany for the weekly run's 87,000 messages at 100,000 staff
  // (docs/PERFORMANCE.md). Ids are made in the database, as Notification's are.
  const data = emails.map((e) => ({ k: e.dedupeKey, to: e.to.trim().toLowerCase(), s: e.subject, t: e.text, h: e.html ?? null }));
  return tx.$executeRaw`
    INSERT INTO "EmailMessage" (id, "dedupeKey", "to", subject, text, html)
    SELECT 'mail_' || replace(gen_random_uuid()::text, '-', ''), x.k, x.to, x.s, x.t, x.h
    FROM jsonb_to_recordset(${JSON.stringify(data)}::jsonb) AS x(k text, "to" text, s text, t text, h text)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
