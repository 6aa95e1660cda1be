// Reading the reminder settings. No "server-only" marker and no global client: the CLI's jobs run it with their own.
import type { Prisma } from "~/server/generated/prisma/client";
import { ComplianceSettings, DEFAULT_COMPLIANCE_SETTINGS } from "~/lib/schemas/compliance";

export const COMPLIANCE_SETTINGS_KEY = "compliance.reminders";

/** Reminder and escalation day counts: L&D's saved values, or the defaults (14 / 14 / 30) until they change them. */
export async function readComplianceSettings(client: Pick<Prisma.TransactionClient, "setting">): Promise<ComplianceSettings> {
  const row = await client.setting.findUnique({ where: { key: COMPLIANCE_SETTINGS_KEY }, select: { value: true } });
  const parsed = ComplianceSettings.safeParse({ ...DEFAULT_COMPLIANCE_SETTINGS, ...(row?.value as object | null) });
  return parsed.success ? parsed.data : DEFAULT_COMPLIANCE_SETTINGS;
}
