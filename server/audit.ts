import "server-only";
import type { Prisma } from "~/server/generated/prisma/client";
import type { Tx } from "~/server/db";
import type { Actor } from "~/server/auth/roles";

/**
 * The object's relevant fields before or after a change: ids, names and titles, statuses, dates, numbers — never a
 * whole row, never personal free text (notes, messages). null or left out: the object did not exist (created) or no
 * longer exists (deleted).
 */
export type AuditSnapshot = { [field: string]: Prisma.InputJsonValue | null };

export type AuditExtra = {
  reason?: string;
  /** what else describes the change (counts, a file's name and SHA-256…) */
  data?: Prisma.InputJsonValue;
  before?: AuditSnapshot | null;
  after?: AuditSnapshot | null;
};

/**
 * Records who changed what and why, inside the caller's transaction so both land or neither does. The one writer
 * of "AuditEntry", and only ever an insert: the database refuses UPDATE, DELETE and TRUNCATE on the table
 * (triggers of migration 20261207002730_trust), so no path through the app can rewrite the trail.
 */
export async function audit(tx: Tx, actor: Pick<Actor, "id"> | null, action: string, entity: string, entityId: string, extra: AuditExtra = {}) {
  await tx.auditEntry.create({
    data: {
      actorId: actor?.id ?? null,
      action,
      entity,
      entityId,
      reason: extra.reason ?? null,
      data: extra.data,
      before: extra.before ?? undefined,
      after: extra.after ?? undefined,
    },
  });
}
