import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Prisma } from "~/server/generated/prisma/client";
import type { OutboxFilter } from "~/lib/schemas/mail";
import { retryFailed } from "~/server/mail/delivery";

export { enqueueEmails, type OutgoingEmail } from "~/server/mail/enqueue";

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
  return { rows, total, pageSize: OUTBOX_PAGE_SIZE, counts: countsOf(byStatus) };
}

function countsOf(byStatus: { status: "PENDING" | "SENT" | "FAILED"; _count: { _all: number } }[]) {
  const counts = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of byStatus) counts[g.status] = g._count._all;
  return counts;
}

/** Messages in the outbox by status. */
export async function outboxCounts(): Promise<{ PENDING: number; SENT: number; FAILED: number }> {
  const byStatus = await db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return countsOf(byStatus);
}

export async function getOutboxMessage(id: string) {
  const m = await db.emailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true, dedupeKey: true },
  });
  if (!m) throw new AppError("NOT_FOUND", "mail.notInOutbox");
  return m;
}

/** L&D puts a FAILED message back in the delivery queue. */
export async function retryFailedMessage(id: string): Promise<boolean> {
  const ok = await retryFailed(id);
  if (!ok) throw new AppError("CONFLICT", "mail.onlyFailedAgain");
  return ok;
}
