import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
import type { OutboxFilter } from "~/lib/schemas/mail";

type Tx = Prisma.TransactionClient | PrismaClient;

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

export const OUTBOX_PAGE_SIZE = 25;

/** The in-app outbox for L&D: newest first, filterable by status and recipient or subject. */
export async function listOutbox(filter: OutboxFilter) {
  const where: Prisma.EmailMessageWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.search
      ? { OR: [{ to: { contains: filter.search.toLowerCase() } }, { subject: { contains: filter.search, mode: "insensitive" as const } }] }
      : {}),
  };
  const [rows, total, byStatus] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true },
    }),
    db.emailMessage.count({ where }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of byStatus) counts[g.status] = g._count._all;
  return { rows, total, pageSize: OUTBOX_PAGE_SIZE, counts };
}

export async function getOutboxMessage(id: string) {
  const m = await db.emailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true, dedupeKey: true },
  });
  if (!m) throw new AppError("NOT_FOUND", "This message is not in the outbox.");
  return m;
}
