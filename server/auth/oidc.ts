import "server-only";
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { EnvValues } from "~/server/env";

/** The OpenID Connect claims Pathway reads (ID token and userinfo alike); anything else is passed along untouched. */
export type OidcClaims = {
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  name?: unknown;
  [claim: string]: unknown;
};

/** How the staff-identifying claim is chosen: `email`, and `preferred_username` only when the organisation says so. */
export type ClaimRules = { usernameFallback: boolean };

export type StaffIdentity = { id: string; email: string; name: string | null };

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** Does Pathway lack something it needs from these claims (who this is, and their name)? */
export function lacksClaims(claims: OidcClaims, rules: ClaimRules): boolean {
  const identified = text(claims.email) !== "" || (rules.usernameFallback && text(claims.preferred_username) !== "");
  return !identified || text(claims.name) === "";
}

/**
 * The ID token's claims, completed from the userinfo endpoint when they lack what Pathway needs: spec-conformant
 * providers (panva's oidc-provider, Microsoft Entra ID) serve `email` and `name` there, not in the ID token of the
 * authorization-code flow. The signed ID token wins where both carry a claim; a userinfo answer about another
 * subject is refused.
 */
export async function claimsWithUserinfo(idToken: OidcClaims, userinfo: () => Promise<OidcClaims>, rules: ClaimRules): Promise<OidcClaims> {
  if (!lacksClaims(idToken, rules)) return idToken;
  const served = await userinfo();
  if (typeof served.sub !== "string" || served.sub !== idToken.sub) throw new Error("The userinfo endpoint answered for another subject than the ID token's.");
  return { ...served, ...idToken };
}

/**
 * Who signed in, for the sign-in callback to match against staff records: the `email` claim (unless the provider says
 * it is unverified), else — only with OIDC_USERNAME_CLAIM_FALLBACK — `preferred_username`; trimmed, lower-case.
 * An empty e-mail is refused by the sign-in callback.
 */
export function staffIdentity(claims: OidcClaims, rules: ClaimRules): StaffIdentity {
  const unverified = claims.email_verified === false || claims.email_verified === "false";
  const email = !unverified && text(claims.email) ? text(claims.email) : rules.usernameFallback ? text(claims.preferred_username) : "";
  return { id: text(claims.sub), email: email.toLowerCase(), name: text(claims.name) || null };
}

/** next-auth's provider for the organisation's OpenID Connect identity provider, or null when none is configured. */
export function oidcProvider(
  e: Pick<EnvValues, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_NAME" | "OIDC_USERNAME_CLAIM_FALLBACK">,
): OAuthConfig<OidcClaims> | null {
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  const rules: ClaimRules = { usernameFallback: e.OIDC_USERNAME_CLAIM_FALLBACK };
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    // The ID token is validated (signature, issuer, audience, nonce) by next-auth's client.callback(); the userinfo
    // request below only completes its claims (next-auth v4 skips userinfo altogether when idToken is true).
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      request: async ({ tokens, client }) => {
        // next-auth hands over openid-client's TokenSet and Client (typed more loosely in its declarations).
        const set = tokens as unknown as { claims(): OidcClaims };
        const userinfo = () => (client as unknown as { userinfo(t: unknown): Promise<OidcClaims> }).userinfo(tokens);
        return (await claimsWithUserinfo(set.claims(), userinfo, rules)) as Profile;
      },
    },
    // The organisation's own identity provider vouches for the e-mail; staff records are matched on it.
    allowDangerousEmailAccountLinking: true,
    profile: (claims) => staffIdentity(claims, rules),
  };
}
