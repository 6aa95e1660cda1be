// The environment's schema, without the server-only marker, so that `npm start` (scripts/start.ts) checks the
// variables before it builds and serves, and the app (server/env.ts) checks them again as it reads them.
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .url({ message: "must be a postgresql:// URL" })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: "must be a postgresql:// URL" }),
    PATHWAY_DEMO: z.enum(["0", "1"]).optional(),
    /** 0 = do not run the background job worker in this process (instrumentation.ts) */
    PATHWAY_JOBS: z.enum(["0", "1"]).optional(),
    PATHWAY_DATA_DIR: z.string().default(".data"),
    NEXTAUTH_SECRET: z.string().min(16, { message: "must be at least 16 characters" }),
    NEXTAUTH_URL: z.string().url().optional(),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("Single sign-on"),
    SMTP_URL: optionalString,
    MAIL_FROM: z.string().default("Pathway <pathway@localhost>"),
    MUX_TOKEN_ID: optionalString,
    MUX_TOKEN_SECRET: optionalString,
    MUX_WEBHOOK_SECRET: optionalString,
    MUX_SIGNING_KEY_ID: optionalString,
    MUX_SIGNING_PRIVATE_KEY: optionalString,
    MUX_BASE_URL: z.string().url().optional(),
    MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024 * 1024),
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
  });

export type EnvValues = z.infer<typeof EnvSchema>;

/** Validates an environment; a bad variable gives an error naming it (and nothing else: values may be secrets). */
export function parseEnv(source: Record<string, string | undefined>): EnvValues {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}
