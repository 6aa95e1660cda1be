import "server-only";
import { db, type Tx } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { ComplianceSettings, DEFAULT_COMPLIANCE_SETTINGS } from "~/lib/schemas/compliance";

const COMPLIANCE_SETTINGS_KEY = "compliance.reminders";

async function readSettings(client: Pick<Tx, "setting">): Promise<ComplianceSettings> {
  const row = await client.setting.findUnique({ where: { key: COMPLIANCE_SETTINGS_KEY }, select: { value: true } });
  const parsed = ComplianceSettings.safeParse({ ...DEFAULT_COMPLIANCE_SETTINGS, ...(row?.value as object | null) });
  return parsed.success ? parsed.data : DEFAULT_COMPLIANCE_SETTINGS;
}

/** Reminder and escalation day counts (Setting "compliance.reminders"): L&D's saved values, or the defaults (14 / 14 / 30). */
export function getComplianceSettings(): Promise<ComplianceSettings> {
  return readSettings(db);
}

export async function updateComplianceSettings(actor: Pick<Actor, "id">, input: ComplianceSettings): Promise<ComplianceSettings> {
  return db.$transaction(async (tx) => {
    const before = await readSettings(tx);
    await tx.setting.upsert({ where: { key: COMPLIANCE_SETTINGS_KEY }, create: { key: COMPLIANCE_SETTINGS_KEY, value: input }, update: { value: input } });
    await audit(tx, actor, "compliance.settings", "Setting", COMPLIANCE_SETTINGS_KEY, { before, after: input });
    return input;
  });
}
