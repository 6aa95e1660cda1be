import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

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
