// The environment a test runs with. Code under server/ reads settings only through env() (server/env.ts); tests set
// them here, before the module under test first reads them, and child processes get a copy with changes.

/** Sets (string) or removes (undefined) variables for this test file's process; returns a function that restores them. */
export function setTestEnv(values: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  apply(values);
  return () => apply(before);
}

/** The session secret every test that builds next-auth options or signed URLs needs (kept when already set). */
export function ensureTestSecret(): void {
  process.env.NEXTAUTH_SECRET ??= "test-secret-of-at-least-16-chars";
}

/** The database URL of this test file (tests/setup/file-db.ts points it at the file's own database). */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("No DATABASE_URL: this helper is for *.int.test.ts files.");
  return url;
}

/** The environment for a child process: this process's, with changes. */
export function childEnv(changes: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function apply(values: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

/** The fuzz tests' seed: FUZZ_SEED replays a printed failing run, else the fixed default. */
export function fuzzSeed(fallback: number): number {
  const raw = process.env.FUZZ_SEED;
  return raw && Number.isInteger(Number(raw)) ? Number(raw) : fallback;
}
