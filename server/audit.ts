import "server-only";
import type { Prisma } from "~/server/generated/prisma/client";
import type { Tx } from "~/server/db";
import type { Actor } from "~/server/auth/roles";

/** Records who changed what and why, inside the caller's transaction so both land or neither does. */
export async function audit(
  tx: Tx,
  actor: Pick<Actor, "id"> | null,
  action: string,
  entity: string,
  entityId: string,
  extra: { reason?: string; data?: Prisma.InputJsonValue } = {},
) {
  await tx.auditEntry.create({
    data: { actorId: actor?.id ?? null, action, entity, entityId, reason: extra.reason ?? null, data: extra.data },
  });
}
