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

/** L&D puts a FAILED message back in the delivery queue. */
export async function retryFailedMessage(id: string): Promise<boolean> {
  const ok = await retryFailed(id, db);
  if (!ok) throw new AppError("CONFLICT", "Only a failed message can be sent again.");
  return ok;
}
