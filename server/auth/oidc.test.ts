import { describe, expect, it, vi } from "vitest";
import { claimsWithUserinfo, lacksClaims, oidcProvider, staffIdentity } from "~/server/auth/oidc";

const strict = { usernameFallback: false };
const lenient = { usernameFallback: true };

describe("which claim identifies a staff member", () => {
  it("is `email`, trimmed and lower-cased", () => {
    expect(staffIdentity({ sub: "s1", email: "  Amina.Diallo@Example.ORG ", name: "Amina Diallo" }, strict)).toEqual({ id: "s1", email: "amina.diallo@example.org", name: "Amina Diallo" });
  });

  it("falls back to preferred_username only when the organisation says so", () => {
    const entra = { sub: "s2", preferred_username: "Wang.Wei@Example.org", name: "Wang Wei" };
    expect(staffIdentity(entra, strict).email).toBe("");
    expect(staffIdentity(entra, lenient).email).toBe("wang.wei@example.org");
    // An e-mail, when there is one, wins over the user name.
    expect(staffIdentity({ ...entra, email: "w.wei@example.org" }, lenient).email).toBe("w.wei@example.org");
  });

  it("does not take an e-mail the identity provider says is unverified", () => {
    expect(staffIdentity({ sub: "s3", email: "someone@example.org", email_verified: false }, strict).email).toBe("");
    expect(staffIdentity({ sub: "s3", email: "someone@example.org", email_verified: "false" }, strict).email).toBe("");
    expect(staffIdentity({ sub: "s3", email: "someone@example.org", email_verified: true }, strict).email).toBe("someone@example.org");
  });

  it("ignores claims that are not text", () => {
    expect(staffIdentity({ sub: "s4", email: ["a@example.org"], name: 42 }, strict)).toEqual({ id: "s4", email: "", name: null });
  });
});

describe("claims completed from the userinfo endpoint", () => {
  it("does not call userinfo when the ID token has all Pathway needs", async () => {
    const userinfo = vi.fn();
    const idToken = { sub: "s1", email: "a@example.org", name: "A" };
    expect(await claimsWithUserinfo(idToken, userinfo, strict)).toBe(idToken);
    expect(userinfo).not.toHaveBeenCalled();
  });

  it("fetches e-mail and name when the ID token lacks them (oidc-provider, Entra ID), the ID token winning on overlap", async () => {
    const userinfo = vi.fn(async () => ({ sub: "s1", email: "a@example.org", name: "From userinfo", locale: "fr" }));
    const merged = await claimsWithUserinfo({ sub: "s1", name: "From the ID token", nonce: "n" }, userinfo, strict);
    expect(userinfo).toHaveBeenCalledOnce();
    expect(merged).toEqual({ sub: "s1", email: "a@example.org", name: "From the ID token", locale: "fr", nonce: "n" });
  });

  it("with the user-name fallback on, a preferred_username and name in the ID token are enough", async () => {
    const userinfo = vi.fn();
    expect(lacksClaims({ sub: "s1", preferred_username: "a@example.org", name: "A" }, lenient)).toBe(false);
    expect(lacksClaims({ sub: "s1", preferred_username: "a@example.org", name: "A" }, strict)).toBe(true);
    await claimsWithUserinfo({ sub: "s1", preferred_username: "a@example.org", name: "A" }, userinfo, lenient);
    expect(userinfo).not.toHaveBeenCalled();
  });

  it("refuses a userinfo answer about another subject", async () => {
    await expect(claimsWithUserinfo({ sub: "s1" }, async () => ({ sub: "someone-else", email: "b@example.org" }), strict)).rejects.toThrow(/another subject/);
    await expect(claimsWithUserinfo({ sub: "s1" }, async () => ({ email: "b@example.org" }), strict)).rejects.toThrow(/another subject/);
  });
});

describe("the next-auth provider", () => {
  const settings = { OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0/", OIDC_CLIENT_ID: "client", OIDC_CLIENT_SECRET: "secret", OIDC_NAME: "Microsoft", OIDC_USERNAME_CLAIM_FALLBACK: false };

  it("is offered only when issuer, client id and secret are all set", () => {
    expect(oidcProvider({ ...settings, OIDC_ISSUER: undefined })).toBeNull();
    expect(oidcProvider({ ...settings, OIDC_CLIENT_SECRET: undefined })).toBeNull();
    expect(oidcProvider(settings)).not.toBeNull();
  });

  it("checks state, nonce and PKCE, validates the ID token and completes it from userinfo", () => {
    const p = oidcProvider(settings)!;
    expect(p.checks).toEqual(["pkce", "state", "nonce"]);
    expect(p.idToken).toBe(true);
    expect(p.wellKnown).toBe("https://login.microsoftonline.com/tenant-id/v2.0/.well-known/openid-configuration");
    expect(typeof (p.userinfo as { request?: unknown }).request).toBe("function");
  });

  it("reads preferred_username only with OIDC_USERNAME_CLAIM_FALLBACK", async () => {
    const claims = { sub: "s", preferred_username: "Someone@Example.org" };
    expect((await oidcProvider(settings)!.profile(claims, {})).email).toBe("");
    expect((await oidcProvider({ ...settings, OIDC_USERNAME_CLAIM_FALLBACK: true })!.profile(claims, {})).email).toBe("someone@example.org");
  });
});
