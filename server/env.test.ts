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
