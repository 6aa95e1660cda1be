import "server-only";
import { createHash, createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databaseUrl, env, type EnvValues } from "~/server/env";
import { tooManyAttempts } from "~/server/security/rate-limit-error";

/**
 * Rate limits, counted in PostgreSQL (table rate_limit, written only here, by rate-limiter-flexible's
 * RateLimiterPostgres), so every instance of the app shares one count and no other service is needed. Enforced at the
 * boundaries: the sign-in route (app/api/auth/[...nextauth]/route.ts), API token calls and uploads/SCORM commits
 * (route handlers), quiz submissions and imports (the tRPC middleware, server/api/trpc.ts).
 */
export type LimitName =
  | "signInEmailAddress"
  | "signInEmailClient"
  | "signInDemo"
  | "signInOidc"
  | "apiToken"
  | "quizSubmit"
  | "scormCommit"
  | "upload"
  | "import";

/** Each limit's setting, "points/seconds" or "off" (server/env.ts; defaults and meaning in .env.example). */
export const LIMIT_SETTINGS = {
  signInEmailAddress: "RATE_LIMIT_SIGN_IN_EMAIL_ADDRESS",
  signInEmailClient: "RATE_LIMIT_SIGN_IN_EMAIL_CLIENT",
  signInDemo: "RATE_LIMIT_SIGN_IN_DEMO",
  signInOidc: "RATE_LIMIT_SIGN_IN_OIDC",
  apiToken: "RATE_LIMIT_API_TOKEN",
  quizSubmit: "RATE_LIMIT_QUIZ_SUBMIT",
  scormCommit: "RATE_LIMIT_SCORM_COMMIT",
  upload: "RATE_LIMIT_UPLOAD",
  import: "RATE_LIMIT_IMPORT",
} as const satisfies Record<LimitName, keyof EnvValues>;

export type Limit = { points: number; seconds: number };

/** The limit in force (null: switched off). */
export function limitOf(name: LimitName): Limit | null {
  return env()[LIMIT_SETTINGS[name]];
}

/**
 * Uses one point of `name` for `key`; over the limit throws AppError("TOO_MANY_REQUESTS", "security.rateLimit.tooMany",
 * { retryAfterSeconds, … }) — whole seconds ≥ 1, which route handlers and the tRPC route send as Retry-After.
 */
export async function consumeLimit(name: LimitName, key: string): Promise<void> {
  const limiter = limiterOf(name);
  if (!limiter) return;
  try {
    await limiter.consume(storedKey(name, key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooManyAttempts(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

/**
 * The key as stored: a keyed SHA-256 (HMAC with the session secret when there is one) of the limit and the key, so the
 * table holds no e-mail address, client address or id — and a leaked table cannot be checked against a list of them.
 */
export function storedKey(name: LimitName, key: string): string {
  const secret = sessionSecret();
  const hash = secret ? createHmac("sha256", secret) : createHash("sha256");
  return hash.update(`${name}\u0000${key}`).digest("hex").slice(0, 32);
}

/** An e-mail address as a limit key: the same for every spelling of one mailbox's case and surrounding spaces. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Closes the counters' connections (tests before their database goes away; a CLI before it exits). */
export async function closeRateLimits(): Promise<void> {
  const store = globalForLimits.pathwayRateLimits;
  globalForLimits.pathwayRateLimits = undefined;
  await store?.pool.end();
}

type Store = { pool: pg.Pool; limiters: Map<LimitName, RateLimiterPostgres>; cleaning: boolean };

const globalForLimits = globalThis as unknown as { pathwayRateLimits?: Store };

function store(): Store {
  if (globalForLimits.pathwayRateLimits) return globalForLimits.pathwayRateLimits;
  // A small pool of its own beside Prisma's (the library speaks to `pg` directly): a consume is one upsert.
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: 3, idleTimeoutMillis: 30_000, allowExitOnIdle: true, application_name: "pathway-rate-limits" });
  pool.on("error", (error: Error & { code?: string }) => {
    // An idle connection closed by the server (restart, a test dropping its database): the pool opens another.
    if (error.code !== "57P01") console.error(`[rate-limit] idle connection failed (${error.code ?? error.name})`);
  });
  return (globalForLimits.pathwayRateLimits = { pool, limiters: new Map(), cleaning: false });
}

function limiterOf(name: LimitName): RateLimiterPostgres | null {
  const limit = limitOf(name);
  if (!limit) return null;
  const s = store();
  let limiter = s.limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: s.pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true, // the migration creates it (model RateLimit)
      keyPrefix: name,
      points: limit.points,
      duration: limit.seconds,
      // Once over the limit, the key is refused from memory until its window ends: a flood costs no queries.
      inMemoryBlockOnConsumed: limit.points + 1,
      // The database unreachable: the same limit, counted in this process, rather than no limit or an error.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds }),
      // Rows expired over an hour ago are deleted every 5 minutes (an unref'd timer), by one limiter for the whole
      // table: it holds at most the keys of the last hour and a quarter.
      clearExpiredByTimeout: !s.cleaning,
    });
    s.cleaning = true;
    s.limiters.set(name, limiter);
  }
  return limiter;
}

function sessionSecret(): string | null {
  try {
    return env().NEXTAUTH_SECRET;
  } catch {
    return null; // the CLI and the tests run without one
  }
}
