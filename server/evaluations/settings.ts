import "server-only";
import { db, type Tx } from "~/server/db";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { DEFAULT_EVALUATION_SETTINGS, EvaluationSettings } from "~/lib/schemas/evaluations";

const KEY = "evaluations.followUpWeeks";

async function read(client: Pick<Tx, "setting">): Promise<EvaluationSettings> {
  const row = await client.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  const parsed = EvaluationSettings.safeParse({ followUpWeeks: row?.value ?? DEFAULT_EVALUATION_SETTINGS.followUpWeeks });
  return parsed.success ? parsed.data : DEFAULT_EVALUATION_SETTINGS;
}

/** When follow-ups open (Setting "evaluations.followUpWeeks"): L&D's value or 6 weeks. */
export function getEvaluationSettings(client: Pick<Tx, "setting"> = db): Promise<EvaluationSettings> {
  return read(client);
}

export async function updateEvaluationSettings(actor: Pick<Actor, "id">, input: EvaluationSettings): Promise<EvaluationSettings> {
  return db.$transaction(async (tx) => {
    const before = await read(tx);
    await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: input.followUpWeeks }, update: { value: input.followUpWeeks } });
    await audit(tx, actor, "evaluations.settings", "Setting", KEY, { before, after: input });
    return input;
  });
}
