import "server-only";
import { parseEnv, type EnvValues } from "~/server/env-schema";

export type Env = EnvValues & { demoMode: boolean };

let cached: Env | undefined;

/** Reads and validates the environment once; a bad variable stops the app with its name. */
export function env(): Env {
  if (cached) return cached;
  const e = parseEnv(process.env);
  // Demo mode: on unless production with an external database; PATHWAY_DEMO overrides (scripts/start.ts sets it).
  const demoMode = e.PATHWAY_DEMO ? e.PATHWAY_DEMO === "1" : e.NODE_ENV !== "production";
  cached = { ...e, demoMode };
  return cached;
}
