import "server-only";
// The small-cell threshold (Setting "privacy.smallCellThreshold", 2–20, default 5) and who is subject to the rule.
import { db, type Tx } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor, Role } from "~/server/auth/roles";
import { SMALL_CELL_DEFAULT } from "~/lib/privacy/small-cells";
import { PrivacySettings } from "~/lib/schemas/privacy";

export const SMALL_CELL_KEY = "privacy.smallCellThreshold";

async function readThreshold(client: Pick<Tx, "setting">): Promise<number> {
  const row = await client.setting.findUnique({ where: { key: SMALL_CELL_KEY }, select: { value: true } });
  const parsed = PrivacySettings.shape.smallCellThreshold.safeParse(row?.value);
  return parsed.success ? parsed.data : SMALL_CELL_DEFAULT;
}

export async function getPrivacySettings(): Promise<PrivacySettings> {
  return { smallCellThreshold: await readThreshold(db) };
}

/** L&D admins change the threshold; audited with the value before and after. */
export async function updatePrivacySettings(actor: Pick<Actor, "id">, input: PrivacySettings): Promise<PrivacySettings> {
  const parsed = PrivacySettings.parse(input);
  return db.$transaction(async (tx) => {
    const before = await readThreshold(tx);
    const value = parsed.smallCellThreshold;
    await tx.setting.upsert({ where: { key: SMALL_CELL_KEY }, create: { key: SMALL_CELL_KEY, value }, update: { value } });
    if (before !== value) await audit(tx, actor, "privacy.settings", "Setting", SMALL_CELL_KEY, { before: { value: before }, after: { value } });
    return parsed;
  });
}

/** The threshold the viewer's reports are cut at, or null: L&D admins see every figure. */
export async function smallCellThresholdFor(viewer: { roles: readonly Role[] } | null): Promise<number | null> {
  if (viewer?.roles.includes("LD_ADMIN")) return null;
  return readThreshold(db);
}

/** The same for the owner of an API token (re-read: a role may have changed since the token was made). */
export async function smallCellThresholdForStaff(staffId: string): Promise<number | null> {
  const owner = await db.staff.findUnique({ where: { id: staffId }, select: { roles: true } });
  return smallCellThresholdFor(owner ? { roles: owner.roles as Role[] } : null);
}
