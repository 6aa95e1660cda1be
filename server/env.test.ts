import { describe, expect, it } from "vitest";
import { baseUrlOf, isDemoMode, parseEnv } from "~/server/env";

const base = { DATABASE_URL: "postgresql://pathway@127.0.0.1:54329/pathway", NEXTAUTH_SECRET: "a-secret-of-thirty-two-characters" };

function message(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the environment to be refused");
}

describe("parseEnv", () => {
  it("accepts the minimal configuration and fills the defaults", () => {
    const env = parseEnv(base);
    expect(env.NODE_ENV).toBe("development");
    expect(env.PATHWAY_DATA_DIR).toBe(".data");
    expect(env.MEDIA_MAX_BYTES).toBe(2 * 1024 ** 3);
  });

  it("names each bad variable, and never prints a value", () => {
    const text = message({ ...base, OIDC_ISSUER: "not a url", MEDIA_MAX_BYTES: "-5", NEXTAUTH_SECRET: "short-secret" });
    expect(text).toContain("OIDC_ISSUER");
    expect(text).toContain("MEDIA_MAX_BYTES");
    expect(text).toContain("NEXTAUTH_SECRET: must be at least 16 characters");
    expect(text).not.toContain("short-secret");
    expect(text).toContain("See .env.example.");
  });

  it("refuses half a configuration of single sign-on or Mux", () => {
    expect(message({ ...base, OIDC_ISSUER: "https://login.example.org" })).toContain("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
    expect(message({ ...base, MUX_TOKEN_ID: "id" })).toContain("MUX_TOKEN_ID, MUX_TOKEN_SECRET and MUX_WEBHOOK_SECRET must be set together");
  });

  it("refuses a DATABASE_URL that is not a URL", () => {
    expect(message({ ...base, DATABASE_URL: "localhost:5432" })).toContain("DATABASE_URL: must be a postgresql:// URL");
  });

  it("matches single sign-on on preferred_username only when OIDC_USERNAME_CLAIM_FALLBACK says so", () => {
    expect(parseEnv(base).OIDC_USERNAME_CLAIM_FALLBACK).toBe(false);
    expect(parseEnv({ ...base, OIDC_USERNAME_CLAIM_FALLBACK: "true" }).OIDC_USERNAME_CLAIM_FALLBACK).toBe(true);
    expect(parseEnv({ ...base, OIDC_USERNAME_CLAIM_FALLBACK: "0" }).OIDC_USERNAME_CLAIM_FALLBACK).toBe(false);
    expect(message({ ...base, OIDC_USERNAME_CLAIM_FALLBACK: "yes" })).toContain("OIDC_USERNAME_CLAIM_FALLBACK");
  });
});

describe("rate limits", () => {
  it("default to the documented limits, and read \"points/seconds\" or \"off\"", () => {
    const env = parseEnv(base);
    expect(env.RATE_LIMIT_SIGN_IN_EMAIL_ADDRESS).toEqual({ points: 5, seconds: 900 });
    expect(env.RATE_LIMIT_QUIZ_SUBMIT).toEqual({ points: 20, seconds: 60 });
    expect(env.RATE_LIMIT_UPLOAD).toEqual({ points: 30, seconds: 600 });
    expect(env.TRUSTED_PROXIES).toBe(1);
    const set = parseEnv({ ...base, RATE_LIMIT_API_TOKEN: " 1200/60 ", RATE_LIMIT_IMPORT: "off", TRUSTED_PROXIES: "2" });
    expect(set.RATE_LIMIT_API_TOKEN).toEqual({ points: 1200, seconds: 60 });
    expect(set.RATE_LIMIT_IMPORT).toBeNull();
    expect(set.TRUSTED_PROXIES).toBe(2);
  });

  it("refuse a limit that is not two positive whole numbers, naming the variable", () => {
    for (const bad of ["5", "0/60", "5/0", "-5/60", "5/60s", "1.5/60", "unlimited"]) {
      expect(message({ ...base, RATE_LIMIT_QUIZ_SUBMIT: bad })).toContain('RATE_LIMIT_QUIZ_SUBMIT: must be "points/seconds" (e.g. 5/900) or "off"');
    }
    expect(message({ ...base, TRUSTED_PROXIES: "-1" })).toContain("TRUSTED_PROXIES");
  });
});

describe("settings the CLI and the worker share with the app", () => {
  it("needs neither DATABASE_URL nor NEXTAUTH_SECRET to parse (each is required where it is used)", () => {
    const env = parseEnv({ SMTP_URL: "smtp://mail.example.org:25" });
    expect(env.SMTP_URL).toBe("smtp://mail.example.org:25");
    expect(env.MAIL_FROM).toBe("Pathway <pathway@localhost>");
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://, and a bad APP_URL or PORT", () => {
    expect(message({ ...base, SMTP_URL: "mail.example.org" })).toContain("SMTP_URL: must be an smtp:// or smtps:// URL");
    expect(message({ ...base, APP_URL: "pathway.example.org" })).toContain("APP_URL");
    expect(message({ ...base, PORT: "eighty" })).toContain("PORT");
  });

  it("builds links on APP_URL, else NEXTAUTH_URL, else localhost and PORT", () => {
    const urls = (source: Record<string, string>) => baseUrlOf(parseEnv({ ...base, ...source }));
    expect(urls({ APP_URL: "https://learn.example.org/", NEXTAUTH_URL: "https://auth.example.org" })).toBe("https://learn.example.org");
    expect(urls({ NEXTAUTH_URL: "https://pathway.example.org" })).toBe("https://pathway.example.org");
    expect(urls({ PORT: "3107" })).toBe("http://localhost:3107");
    expect(urls({})).toBe("http://localhost:3000");
  });

  it("decides demo mode in one place: PATHWAY_DEMO, else on unless production on an external database", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: base.DATABASE_URL })).toBe(false);
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: base.DATABASE_URL, PATHWAY_DEMO: "1" })).toBe(true);
    expect(isDemoMode({ PATHWAY_DEMO: "0" })).toBe(false);
  });
});
