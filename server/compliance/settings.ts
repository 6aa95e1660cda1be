import "server-only";
import { db } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import { ComplianceSettings, DEFAULT_COMPLIANCE_SETTINGS } from "~/lib/schemas/compliance";

export const COMPLIANCE_SETTINGS_KEY = "compliance.reminders";

type Reader = Pick<Prisma.TransactionClient, "setting">;

/** Reminder and escalation day counts: L&D's saved values, or the defaults (14 / 14 / 30) until they change them. */
export async function getComplianceSettings(client: Reader = db): Promise<ComplianceSettings> {
  const row = await client.setting.findUnique({ where: { key: COMPLIANCE_SETTINGS_KEY }, select: { value: true } });
  const parsed = ComplianceSettings.safeParse({ ...DEFAULT_COMPLIANCE_SETTINGS, ...(row?.value as object | null) });
  return parsed.success ? parsed.data : DEFAULT_COMPLIANCE_SETTINGS;
}

export async function updateComplianceSettings(actor: Pick<Actor, "id">, input: ComplianceSettings): Promise<ComplianceSettings> {
  return db.$transaction(async (tx) => {
    const before = await getComplianceSettings(tx);
    await tx.setting.upsert({ where: { key: COMPLIANCE_SETTINGS_KEY }, create: { key: COMPLIANCE_SETTINGS_KEY, value: input }, update: { value: input } });
    await audit(tx, actor, "compliance.settings", "Setting", COMPLIANCE_SETTINGS_KEY, { data: { before, after: input } });
    return input;
  });
}
