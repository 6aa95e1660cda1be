// No "server-only" marker: the CLI sends mail too.
import { z } from "zod";

const MailEnv = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine((v) => v === undefined || /^smtps?:\/\//.test(v), { message: "must be an smtp:// or smtps:// URL" }),
  MAIL_FROM: z.string().trim().min(3).default("Pathway <pathway@localhost>"),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type MailConfig = { smtpUrl: string | undefined; from: string; appUrl: string };

let cached: MailConfig | undefined;

/**
 * What mail needs from the environment, validated on its own so that the job worker and the CLI (which have no
 * session secret) can send mail; the web app validates the whole environment in server/env.ts as well.
 */
export function mailConfig(): MailConfig {
  if (cached) return cached;
  const parsed = MailEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid mail configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const e = parsed.data;
  cached = { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, appUrl: (e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "") };
  return cached;
}
