import "server-only";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/**
 * A rate limit (server/security/rate-limit.ts): "points/seconds", e.g. "5/900" = 5 in 15 minutes, or "off".
 * The default is the value given; null = no limit.
 */
const rateLimit = (fallback: `${number}/${number}`) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => v === "off" || /^[1-9]\d{0,6}\/[1-9]\d{0,6}$/.test(v), { message: 'must be "points/seconds" (e.g. 5/900) or "off"' })
    .transform((v) => {
      if (v === "off") return null;
      const [points, seconds] = v.split("/").map(Number) as [number, number];
      return { points, seconds };
    });

const postgresUrl = z
  .string()
  .url({ message: "must be a postgresql:// URL" })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: "must be a postgresql:// URL" });

/**
 * DATABASE_REPLICA_URLS: streaming read replicas of DATABASE_URL, comma-separated postgresql:// URLs (blank = none).
 * Reports, dashboards and exports read from them (server/db.ts `readDb`); a bad entry is named by its position only.
 */
const replicaUrls = z
  .string()
  .default("")
  .transform((v, ctx) => {
    const urls = v.split(",").map((u) => u.trim()).filter(Boolean);
    urls.forEach((u, i) => {
      if (!postgresUrl.safeParse(u).success) ctx.addIssue({ code: "custom", message: `entry ${i + 1} must be a postgresql:// URL` });
    });
    return urls;
  });

/**
 * Every setting Pathway reads (documented in .env.example). DATABASE_URL and NEXTAUTH_SECRET are checked when set and
 * required only where they are used (`databaseUrl()`, `env().NEXTAUTH_SECRET`), so that the CLI and the job worker run
 * with no session secret, and `npm start` can validate before it knows the embedded database's URL.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_REPLICA_URLS: replicaUrls,
    /** A page whose figures come from a replica says how fresh they are when its replay lag exceeds this (docs/SCALING.md) */
    REPLICA_MAX_LAG_SECONDS: z.coerce.number().positive().max(86_400).default(5),
    PATHWAY_DEMO: z.enum(["0", "1"]).optional(),
    /** 0 = do not run the background job worker in this process (instrumentation.ts) */
    PATHWAY_JOBS: z.enum(["0", "1"]).optional(),
    PATHWAY_DATA_DIR: z.string().default(".data"),
    PORT: z.coerce.number().int().positive().max(65535).optional(),
    /** The public address of the app, for links in mail and calendar files: see appUrl() */
    APP_URL: z.string().url().optional(),
    NEXTAUTH_SECRET: z.string().min(16, { message: "must be at least 16 characters" }).optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("Single sign-on"),
    /** true = a sign-in whose identity provider sends no `email` claim is matched on `preferred_username` (server/auth/oidc.ts) */
    OIDC_USERNAME_CLAIM_FALLBACK: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
    SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\//.test(v), { message: "must be an smtp:// or smtps:// URL" }),
    MAIL_FROM: z.string().trim().min(3).default("Pathway <pathway@localhost>"),
    MUX_TOKEN_ID: optionalString,
    MUX_TOKEN_SECRET: optionalString,
    MUX_WEBHOOK_SECRET: optionalString,
    MUX_SIGNING_KEY_ID: optionalString,
    MUX_SIGNING_PRIVATE_KEY: optionalString,
    MUX_BASE_URL: z.string().url().optional(),
    MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024 * 1024),
    /** SCORM packages: the most files and uncompressed bytes a package may hold (server/scorm/package.ts) */
    SCORM_MAX_FILES: z.coerce.number().int().positive().default(10_000),
    SCORM_MAX_BYTES: z.coerce.number().int().positive().default(500 * 1024 * 1024),
    /** Ed25519 key signing the Open Badges credentials: a Multikey secretKeyMultibase (z…), server/certificates/signing-key.ts */
    CERTIFICATE_SIGNING_KEY: optionalString.refine((v) => v === undefined || /^z[1-9A-HJ-NP-Za-km-z]{60,100}$/.test(v), { message: "must be an Ed25519 Multikey secretKeyMultibase (z…): npm run cli -- certificates new-key" }),
    /** xAPI: the learning record store's xAPI base URL and its HTTP Basic credentials (server/xapi) */
    XAPI_ENDPOINT: z.string().url().refine((v) => /^https?:\/\//.test(v), { message: "must be an http:// or https:// URL" }).optional(),
    XAPI_USERNAME: optionalString,
    XAPI_PASSWORD: optionalString,
    XAPI_TIMEOUT_MS: z.coerce.number().int().positive().max(300_000).default(10_000),
    /** Rate limits (server/security/rate-limit.ts), "points/seconds" or "off": sign-in by e-mail per address and per client … */
    RATE_LIMIT_SIGN_IN_EMAIL_ADDRESS: rateLimit("5/900"),
    RATE_LIMIT_SIGN_IN_EMAIL_CLIENT: rateLimit("20/900"),
    RATE_LIMIT_SIGN_IN_DEMO: rateLimit("30/60"),
    RATE_LIMIT_SIGN_IN_OIDC: rateLimit("30/60"),
    /** … reports API calls per token, quiz submissions and SCORM commits per person, uploads and imports per administrator */
    RATE_LIMIT_API_TOKEN: rateLimit("600/60"),
    RATE_LIMIT_QUIZ_SUBMIT: rateLimit("20/60"),
    RATE_LIMIT_SCORM_COMMIT: rateLimit("240/60"),
    RATE_LIMIT_UPLOAD: rateLimit("30/600"),
    RATE_LIMIT_IMPORT: rateLimit("30/600"),
    /**
     * How many reverse proxies in front of Pathway append the address they received a request from to X-Forwarded-For:
     * the client of the per-client limits is the address the outermost of them saw (server/security/client-address.ts).
     */
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(1),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together" });
    }
    const mux = [env.MUX_TOKEN_ID, env.MUX_TOKEN_SECRET, env.MUX_WEBHOOK_SECRET];
    if (mux.some(Boolean) && !mux.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["MUX_TOKEN_ID"], message: "MUX_TOKEN_ID, MUX_TOKEN_SECRET and MUX_WEBHOOK_SECRET must be set together" });
    }
    if (Boolean(env.MUX_SIGNING_KEY_ID) !== Boolean(env.MUX_SIGNING_PRIVATE_KEY)) {
      ctx.addIssue({ code: "custom", path: ["MUX_SIGNING_KEY_ID"], message: "MUX_SIGNING_KEY_ID and MUX_SIGNING_PRIVATE_KEY must be set together" });
    }
    const xapi = [env.XAPI_ENDPOINT, env.XAPI_USERNAME, env.XAPI_PASSWORD];
    if (xapi.some(Boolean) && !xapi.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["XAPI_ENDPOINT"], message: "XAPI_ENDPOINT, XAPI_USERNAME and XAPI_PASSWORD must be set together" });
    }
  });

export type EnvValues = z.infer<typeof EnvSchema>;

export type Env = Omit<EnvValues, "NEXTAUTH_SECRET"> & {
  /** Reading it when it is not set throws, naming it: only the web app (sessions, signed links) needs it. */
  readonly NEXTAUTH_SECRET: string;
  demoMode: boolean;
};

type Source = Record<string, string | undefined>;

function configurationError(lines: string[]): Error {
  return new Error(`Invalid environment configuration:\n${lines.map((l) => `  ${l}`).join("\n")}\nSee .env.example.`);
}

/** Validates an environment; a bad variable gives an error naming it (and nothing else: values may be secrets). */
export function parseEnv(source: Source): EnvValues {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw configurationError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  return parsed.data;
}

/**
 * Demo mode (demo sign-in, demo seed, mail kept in the outbox), decided here for the app and for `npm start` alike:
 * PATHWAY_DEMO=1/0 decides; otherwise it is on unless NODE_ENV=production with an external database.
 */
export function isDemoMode(source: { PATHWAY_DEMO?: string; NODE_ENV?: string; DATABASE_URL?: string }): boolean {
  if (source.PATHWAY_DEMO === "0" || source.PATHWAY_DEMO === "1") return source.PATHWAY_DEMO === "1";
  return !(source.NODE_ENV === "production" && source.DATABASE_URL);
}

let cached: Env | undefined;

/** Reads and validates the environment once; a bad variable stops the caller with its name. */
export function env(): Env {
  if (cached) return cached;
  const values = parseEnv(process.env);
  const { NEXTAUTH_SECRET: secret, ...rest } = values;
  cached = Object.freeze({
    ...rest,
    demoMode: isDemoMode(process.env),
    get NEXTAUTH_SECRET(): string {
      if (!secret) throw configurationError(["NEXTAUTH_SECRET: is not set"]);
      return secret;
    },
  });
  return cached;
}

/**
 * The database URL alone (validated), read afresh: scripts point the process at a database (an embedded server's,
 * a test file's) before its first query, possibly after env() was first read.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  const parsed = postgresUrl.safeParse(url);
  if (!parsed.success) throw configurationError([`DATABASE_URL: ${url ? "must be a postgresql:// URL" : "is not set"}`]);
  return parsed.data;
}

/** The read replicas' URLs (DATABASE_REPLICA_URLS, validated), read afresh like databaseUrl(); [] = read from the primary. */
export function replicaDatabaseUrls(): string[] {
  const parsed = replicaUrls.safeParse(process.env.DATABASE_REPLICA_URLS ?? "");
  if (!parsed.success) throw configurationError(parsed.error.issues.map((i) => `DATABASE_REPLICA_URLS: ${i.message}`));
  return parsed.data;
}

/**
 * The public address of the app, with no trailing slash, for every absolute link Pathway writes (mail, calendar
 * files, Mux's CORS origin) — from the app, the job worker and the CLI alike: APP_URL, else NEXTAUTH_URL, else
 * http://localhost:$PORT (3000). With a path: the absolute link to it.
 */
export function appUrl(path = ""): string {
  const base = baseUrlOf(env());
  if (!path) return base;
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The rule of appUrl(), on given values. */
export function baseUrlOf(e: Pick<EnvValues, "APP_URL" | "NEXTAUTH_URL" | "PORT">): string {
  return (e.APP_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** The data directory (embedded database, generated secrets, local media). */
export function dataDir(): string {
  return env().PATHWAY_DATA_DIR.trim() || ".data";
}
