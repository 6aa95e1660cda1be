import "server-only";
import { db, type Tx } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { MentoringSettingsInput } from "~/lib/schemas/mentoring";
import { DEFAULT_WEIGHTS } from "~/server/mentoring/compatibility";

export const MENTORING_SETTINGS_KEY = "mentoring.settings";

export type MentoringSettings = MentoringSettingsInput;

/** What MentorNet does before L&D changes anything: the pilot's recommendations. */
export const DEFAULT_MENTORING_SETTINGS: Readonly<MentoringSettings> = Object.freeze({
  requireTraining: true,
  maxOpenRequests: 3,
  requestExpiryDays: 14,
  weights: { ...DEFAULT_WEIGHTS },
});

/** The settings in force. */
export function getMentoringSettings(): Promise<MentoringSettings> {
  return readMentoringSettings(db);
}

/**
 * The settings in force as the caller's transaction sees them: the stored value merged over the defaults, so a
 * setting added later has its default on an older install, and a stored value that no longer validates falls back
 * field by field.
 */
export async function readMentoringSettings(tx: Tx): Promise<MentoringSettings> {
  const row = await tx.setting.findUnique({ where: { key: MENTORING_SETTINGS_KEY }, select: { value: true } });
  const stored = (row?.value ?? {}) as Partial<Record<keyof MentoringSettings, unknown>>;
  const merged = {
    ...DEFAULT_MENTORING_SETTINGS,
    ...stored,
    weights: { ...DEFAULT_MENTORING_SETTINGS.weights, ...((stored.weights as object | undefined) ?? {}) },
  };
  const parsed = MentoringSettingsInput.safeParse(merged);
  if (parsed.success) return parsed.data;
  const fallback: MentoringSettings = { ...DEFAULT_MENTORING_SETTINGS, weights: { ...DEFAULT_MENTORING_SETTINGS.weights } };
  for (const key of Object.keys(fallback) as (keyof MentoringSettings)[]) {
    const one = MentoringSettingsInput.shape[key].safeParse(merged[key]);
    if (one.success) (fallback as Record<string, unknown>)[key] = one.data;
  }
  return fallback;
}

export async function saveMentoringSettings(actor: Pick<Actor, "id">, input: MentoringSettingsInput): Promise<MentoringSettings> {
  const value = MentoringSettingsInput.parse(input);
  return db.$transaction(async (tx) => {
    const before = await readMentoringSettings(tx);
    await tx.setting.upsert({
      where: { key: MENTORING_SETTINGS_KEY },
      create: { key: MENTORING_SETTINGS_KEY, value },
      update: { value },
    });
    await audit(tx, actor, "mentoring.settings", "Setting", MENTORING_SETTINGS_KEY, { before, after: value });
    return value;
  });
}
