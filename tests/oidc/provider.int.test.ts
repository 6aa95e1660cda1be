import type { NextAuthOptions, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { generators, Issuer, type BaseClient, type TokenSet } from "openid-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, uniq } from "~/tests/factories";
import { ensureTestSecret, setTestEnv, testDatabaseUrl } from "~/tests/env";
import { addSsoLeaver, SSO_ACCOUNTS } from "~/tests/oidc/accounts";
import { startOidcProvider, type RunningOidcProvider } from "~/tests/oidc/provider";
import type { OidcClaims } from "~/server/auth/oidc";

// Pathway's OIDC provider configuration against a real OpenID Connect provider (panva's oidc-provider, spec-conformant
// defaults), through the authorization-code flow with PKCE, state and nonce, driven by openid-client — the library and
// the calls next-auth's callback makes (node_modules/next-auth/core/lib/oauth/callback.js) — with no browser and no Next.
ensureTestSecret();
const REDIRECT = "http://localhost:3999/api/auth/callback/oidc";
const db = testDb();
const staffEmail = `sso.${uniq()}@test.example.org`;
const accounts = [
  { sub: "acct-staff", email: staffEmail, name: "Sofia Single-Sign-On" },
  { sub: "acct-stranger", email: `stranger.${uniq()}@elsewhere.example.net`, name: "Sam Stranger" },
  SSO_ACCOUNTS.leaver,
];

let running: RunningOidcProvider;
let restoreEnv: () => void;
let options: NextAuthOptions;
let provider: OAuthConfig<OidcClaims>;
let client: BaseClient;

beforeAll(async () => {
  running = await startOidcProvider({ redirectUris: [REDIRECT], accounts });
  restoreEnv = setTestEnv({ OIDC_ISSUER: running.issuer, OIDC_CLIENT_ID: running.clientId, OIDC_CLIENT_SECRET: running.clientSecret, OIDC_NAME: "Test IdP", PATHWAY_DEMO: "0", SMTP_URL: undefined, OIDC_USERNAME_CLAIM_FALLBACK: undefined });
  vi.resetModules();
  options = (await import("~/server/auth/options")).authOptions();
  provider = options.providers.find((p) => p.id === "oidc") as OAuthConfig<OidcClaims>;
  const issuer = await Issuer.discover(provider.wellKnown!);
  client = new issuer.Client({ client_id: running.clientId, client_secret: running.clientSecret, redirect_uris: [REDIRECT] });
});

afterAll(async () => {
  restoreEnv?.();
  await running?.close();
});

type Checks = { code_verifier: string; state: string; nonce: string };

/** A browser signing in at the provider as `email`: follows redirects, fills the login form; returns the callback URL. */
async function signInAtProvider(email: string): Promise<{ callbackUrl: string; checks: Checks }> {
  const checks = { code_verifier: generators.codeVerifier(), state: generators.state(), nonce: generators.nonce() };
  const scope = (provider.authorization as { params: { scope: string } }).params.scope;
  let url = client.authorizationUrl({ scope, state: checks.state, nonce: checks.nonce, code_challenge: generators.codeChallenge(checks.code_verifier), code_challenge_method: "S256" });
  const jar = new Map<string, string>();
  let form: string | null = null;
  for (let step = 0; step < 10; step++) {
    const res = await fetch(url, {
      redirect: "manual",
      method: form === null ? "GET" : "POST",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), ...(form === null ? {} : { "content-type": "application/x-www-form-urlencoded" }) },
      body: form ?? undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    form = null;
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      if (url.startsWith(REDIRECT)) return { callbackUrl: url, checks };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`unexpected answer ${res.status} from ${url}: ${html.slice(0, 200)}`);
    url = new URL(action, url).href;
    form = new URLSearchParams({ email }).toString();
  }
  throw new Error("too many redirects");
}

/** next-auth's callback, step by step: token exchange with the checks, userinfo, profile; then Pathway's sign-in gate. */
async function completeSignIn(callbackUrl: string, checks: Checks) {
  const tokens = await client.callback(REDIRECT, client.callbackParams(callbackUrl), checks);
  const request = (provider.userinfo as unknown as { request: (c: { tokens: TokenSet; client: BaseClient; provider: unknown }) => Promise<OidcClaims> }).request;
  const claims = await request({ tokens, client, provider });
  const user = (await provider.profile(claims, tokens)) as User;
  const signIn = await options.callbacks!.signIn!({ user, account: null } as never);
  return { tokens, claims, user, signIn };
}

describe("single sign-on against a real OpenID Connect provider", () => {
  it("signs a staff member in although the ID token carries no e-mail: it is read from the userinfo endpoint", async () => {
    const staff = await createStaff(db, { email: staffEmail });
    const { callbackUrl, checks } = await signInAtProvider(staffEmail.toUpperCase());
    const { tokens, user, signIn } = await completeSignIn(callbackUrl, checks);
    // The spec-conformant provider keeps e-mail and name out of the ID token of the code flow.
    expect(tokens.claims().email).toBeUndefined();
    expect(tokens.claims().nonce).toBe(checks.nonce);
    expect(user).toEqual({ id: "acct-staff", email: staffEmail, name: "Sofia Single-Sign-On" });
    expect(signIn).toBe(true);
    expect(staff.active).toBe(true);
  });

  it("refuses an address no staff record has with the refusal page", async () => {
    const { callbackUrl, checks } = await signInAtProvider(accounts[1]!.email);
    expect((await completeSignIn(callbackUrl, checks)).signIn).toBe("/auth/refused");
  });

  it("refuses a staff member who has left (the e2e server's leaver)", async () => {
    await addSsoLeaver(testDatabaseUrl());
    await addSsoLeaver(testDatabaseUrl()); // once only
    expect(await db.staff.findMany({ where: { email: SSO_ACCOUNTS.leaver.email }, select: { active: true } })).toEqual([{ active: false }]);
    const { callbackUrl, checks } = await signInAtProvider(SSO_ACCOUNTS.leaver.email);
    const { user, signIn } = await completeSignIn(callbackUrl, checks);
    expect(user.email).toBe(SSO_ACCOUNTS.leaver.email);
    expect(signIn).toBe("/auth/refused");
  });

  it("fails a replayed callback, a callback without the PKCE verifier, with another state or another nonce", async () => {
    const first = await signInAtProvider(staffEmail);
    const params = client.callbackParams(first.callbackUrl);
    await expect(client.callback(REDIRECT, params, { ...first.checks, code_verifier: generators.codeVerifier() })).rejects.toThrow(/invalid_grant/);

    const second = await signInAtProvider(staffEmail);
    await expect(client.callback(REDIRECT, client.callbackParams(second.callbackUrl), { ...second.checks, state: generators.state() })).rejects.toThrow(/state mismatch/);

    const third = await signInAtProvider(staffEmail);
    await expect(client.callback(REDIRECT, client.callbackParams(third.callbackUrl), { ...third.checks, nonce: generators.nonce() })).rejects.toThrow(/nonce mismatch/);

    const fourth = await signInAtProvider(staffEmail);
    expect((await completeSignIn(fourth.callbackUrl, fourth.checks)).signIn).toBe(true);
    // The same code again: the provider has already redeemed it.
    await expect(completeSignIn(fourth.callbackUrl, fourth.checks)).rejects.toThrow(/invalid_grant/);
  });
});
