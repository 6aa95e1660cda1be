import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "~/server/db";
import { env } from "~/server/env";

/** Retries after a temporary failure: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h; the 8th failure is final. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;
/** A claimed message is left alone this long: if the worker dies mid-send, another picks it up after the lease. */
const CLAIM_LEASE_MINUTES = 10;

type Claimed = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };

export type DeliveryResult = { sent: number; retrying: number; failed: number };

/**
 * Sends PENDING outbox mail through SMTP, one message at a time, from any number of workers at once:
 * a message is claimed with FOR UPDATE SKIP LOCKED and a lease (nextAttemptAt), sent, then marked SENT.
 * A SENT message is never sent again. The one unavoidable gap — the SMTP server accepted the message and the process
 * died before marking it — is closed by the Message-ID, which is the outbox id: receiving servers and clients
 * recognise the retry as the same message.
 * Permanent SMTP refusals (5xx) fail at once; temporary ones are retried with the delays above.
 */
export async function deliverPending(
  transport: Transporter,
  opts: { from?: string; now?: () => Date; limit?: number } = {},
): Promise<DeliveryResult> {
  const from = opts.from ?? env().MAIL_FROM;
  const now = opts.now ?? (() => new Date());
  const limit = opts.limit ?? 200;
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? "pathway.local";
  for (let i = 0; i < limit; i++) {
    const at = now().toISOString();
    const [message] = await db.$queryRaw<Claimed[]>`
      UPDATE "EmailMessage" m
      SET attempts = m.attempts + 1,
          "nextAttemptAt" = (${at}::timestamptz AT TIME ZONE 'UTC') + make_interval(mins => ${CLAIM_LEASE_MINUTES})
      WHERE m.id = (
        SELECT id FROM "EmailMessage"
        WHERE status = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING m.id, m."to", m.subject, m.text, m.html, m.attempts`;
    if (!message) break;
    try {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: `<${message.id}@${domain}>`,
      });
      await db.emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: now(), lastError: null, nextAttemptAt: null } });
      result.sent++;
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const permanent = typeof code === "number" && code >= 500 && code < 600;
      const final = permanent || message.attempts >= MAX_ATTEMPTS;
      const delay = RETRY_DELAYS_MINUTES[Math.min(message.attempts, RETRY_DELAYS_MINUTES.length) - 1]!;
      await db.emailMessage.update({
        where: { id: message.id },
        data: {
          status: final ? "FAILED" : "PENDING",
          lastError: String((error as Error).message ?? error).slice(0, 1000),
          nextAttemptAt: final ? null : new Date(now().getTime() + delay * 60_000),
        },
      });
      if (final) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** L&D puts a FAILED message back in the queue (after fixing an address or the SMTP settings). */
export async function retryFailed(id: string): Promise<boolean> {
  const { count } = await db.emailMessage.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING", attempts: 0, nextAttemptAt: null } });
  return count === 1;
}
