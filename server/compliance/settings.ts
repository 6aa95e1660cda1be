import "server-only";
import { db } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { ComplianceSettings } from "~/lib/schemas/compliance";
import { COMPLIANCE_SETTINGS_KEY, readComplianceSettings } from "~/server/compliance/settings-store";

/** Reminder and escalation day counts (Setting "compliance.reminders"), defaults until L&D saves them. */
export function getComplianceSettings(): Promise<ComplianceSettings> {
  return readComplianceSettings(db);
}

export async function updateComplianceSettings(actor: Pick<Actor, "id">, input: ComplianceSettings): Promise<ComplianceSettings> {
  return db.$transaction(async (tx) => {
    const before = await readComplianceSettings(tx);
    await tx.setting.upsert({ where: { key: COMPLIANCE_SETTINGS_KEY }, create: { key: COMPLIANCE_SETTINGS_KEY, value: input }, update: { value: input } });
    await audit(tx, actor, "compliance.settings", "Setting", COMPLIANCE_SETTINGS_KEY, { data: { before, after: input } });
    return input;
  });
}
