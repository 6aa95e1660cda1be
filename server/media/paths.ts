import path from "node:path";

/**
 * Where uploaded videos and captions live: <data dir>/media. No "server-only" marker and no env() call, so that
 * the demo seed (run by scripts outside Next.js) stores files where the app will look for them.
 */
export function mediaRootFor(dataDir: string): string {
  return path.resolve(dataDir, "media");
}

/** The data directory as the app reads it (PATHWAY_DATA_DIR, default ./.data), for scripts without env(). */
export function dataDirFromProcessEnv(): string {
  return process.env.PATHWAY_DATA_DIR?.trim() || ".data";
}
