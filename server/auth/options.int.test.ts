import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff } from "~/tests/factories";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

// Only the staff table decides who signs in; no identity provider or SMTP server is needed to check the rules.
ensureTestSecret();
const restoreEnv = setTestEnv({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined, SMTP_URL: undefined, PATHWAY_DEMO: undefined });

const db = testDb();

/** The options as the app builds them with PATHWAY_DEMO set so (env() and the options are read once per module load). */
async function optionsIn(demo: "0" | "1"): Promise<NextAuthOptions> {
  vi.resetModules();
  setTestEnv({ PATHWAY_DEMO: demo });
  const { authOptions } = await import("~/server/auth/options");
  return authOptions();
}

/** A provider as next-auth sees it: its options merged over its defaults. */
function providerIds(options: NextAuthOptions): string[] {
  return options.providers.map((p) => ({ ...p, ...((p as { options?: object }).options ?? {}) }).id);
}

async function signIn(options: NextAuthOptions, email: string | null) {
  const user = { id: "from-the-identity-provider", email };
  return options.callbacks!.signIn!({ user, account: null } as unknown as Parameters<NonNullable<NonNullable<NextAuthOptions["callbacks"]>["signIn"]>>[0]);
}

afterAll(restoreEnv);

describe("the sign-in callback", () => {
  let options: NextAuthOptions;
  beforeEach(async () => {
    options = await optionsIn("0");
  });

  it("lets in an active staff member, whatever the case of the e-mail the identity provider sends", async () => {
    const staff = await createStaff(db);
    expect(await signIn(options, staff.email)).toBe(true);
    expect(await signIn(options, staff.email.toUpperCase())).toBe(true);
  });

  it("refuses an e-mail no staff record has, and a sign-in without an e-mail", async () => {
    expect(await signIn(options, "stranger@elsewhere.example.com")).toBe("/auth/refused");
    expect(await signIn(options, null)).toBe("/auth/refused");
    expect(await signIn(options, "")).toBe("/auth/refused");
  });

  it("refuses a staff member who has left", async () => {
    const gone = await createStaff(db, { active: false });
    expect(await signIn(options, gone.email)).toBe("/auth/refused");
  });

  it("puts the staff member's id in the session token, and the session hands it on", async () => {
    const staff = await createStaff(db);
    const jwt = options.callbacks!.jwt! as unknown as (p: { token: Record<string, unknown>; user?: { email?: string } }) => Promise<Record<string, unknown>>;
    const token = await jwt({ token: { sub: "x" }, user: { email: staff.email.toUpperCase() } });
    expect(token.staffId).toBe(staff.id);
    // Later requests carry no user: the token keeps its id.
    expect((await jwt({ token })).staffId).toBe(staff.id);

    const session = options.callbacks!.session! as unknown as (p: { session: object; token: Record<string, unknown> }) => Promise<{ staffId?: string }>;
    expect((await session({ session: { expires: "2099-01-01" }, token })).staffId).toBe(staff.id);
    expect((await session({ session: { expires: "2099-01-01" }, token: {} })).staffId).toBeUndefined();
  });

  it("never creates a staff record: they come from HR imports", async () => {
    const before = await db.staff.count();
    await expect(options.adapter!.createUser!({ email: "new.person@test.example.org", emailVerified: null })).rejects.toThrow();
    expect(await db.staff.count()).toBe(before);
  });
});

describe("demo sign-in (by employee id, no password)", () => {
  type Authorize = (credentials: Record<string, string> | undefined) => Promise<{ id: string; email?: string | null; name?: string | null } | null>;

  async function demoAuthorize(): Promise<Authorize> {
    const options = await optionsIn("1");
    const demo = options.providers.map((p) => ({ ...p, ...((p as { options?: object }).options ?? {}) })).find((p) => p.id === "demo");
    return (demo as unknown as { authorize: Authorize }).authorize;
  }

  it("is offered in demo mode only", async () => {
    expect(providerIds(await optionsIn("1"))).toContain("demo");
    expect(providerIds(await optionsIn("0"))).not.toContain("demo");
  });

  it("signs in an active staff member by employee id", async () => {
    const staff = await createStaff(db, { fullName: "Dora Demo" });
    expect(await (await demoAuthorize())({ employeeId: staff.employeeId })).toEqual({ id: staff.id, email: staff.email, name: "Dora Demo" });
  });

  it("refuses an unknown employee id, a person who has left, and an empty or missing id", async () => {
    const authorize = await demoAuthorize();
    const gone = await createStaff(db, { active: false });
    expect(await authorize({ employeeId: "NO-SUCH-ID" })).toBeNull();
    expect(await authorize({ employeeId: gone.employeeId })).toBeNull();
    expect(await authorize({ employeeId: "" })).toBeNull();
    expect(await authorize(undefined)).toBeNull();
  });
});

describe("session cookies", () => {
  async function optionsAt(url: Record<string, string | undefined>): Promise<NextAuthOptions> {
    vi.resetModules();
    const restore = setTestEnv({ PATHWAY_DEMO: "0", APP_URL: undefined, ...url });
    try {
      const { authOptions } = await import("~/server/auth/options");
      return authOptions();
    } finally {
      restore();
    }
  }

  it("are Secure with __Secure- names when the app is served over https (a proxy terminating TLS included), HttpOnly and SameSite=Lax", async () => {
    const options = await optionsAt({ NEXTAUTH_URL: "https://pathway.example.org" });
    expect(options.useSecureCookies).toBe(true);
    const cookies = options.cookies!;
    expect(cookies.sessionToken!.name).toBe("__Secure-next-auth.session-token");
    expect(cookies.csrfToken!.name).toBe("__Host-next-auth.csrf-token");
    for (const [kind, cookie] of Object.entries(cookies)) {
      expect(cookie!.options, kind).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
      expect(cookie!.name, kind).toMatch(/^__(Secure|Host)-/);
    }
    // Only APP_URL says https: the public address still decides.
    expect((await optionsAt({ NEXTAUTH_URL: undefined, APP_URL: "https://learn.example.org" })).useSecureCookies).toBe(true);
  });

  it("are HttpOnly and SameSite=Lax but not Secure on plain http (a developer's localhost)", async () => {
    const options = await optionsAt({ NEXTAUTH_URL: "http://localhost:3000" });
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies!.sessionToken!.name).toBe("next-auth.session-token");
    for (const [kind, cookie] of Object.entries(options.cookies!)) expect(cookie!.options, kind).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
  });
});
