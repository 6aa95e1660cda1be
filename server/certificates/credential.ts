import "server-only";
import { createHash } from "node:crypto";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { securityLoader } from "@digitalcredentials/security-document-loader";
import { createTranslator } from "use-intl/core";
import { catalogues } from "~/messages";
import type { Locale } from "~/lib/i18n/locales";
import { formatDuration } from "~/lib/durations";
import { addDays, type IsoDate } from "~/lib/dates";
import { AppError } from "~/server/errors";
import { appUrl, env } from "~/server/env";
import { readSigningKey } from "~/server/certificates/signing-key";

// A certificate as an Open Badges 3.0 credential: a W3C Verifiable Credential (VC Data Model 2.0) of type
// OpenBadgeCredential, signed with the organisation's Ed25519 key (CERTIFICATE_SIGNING_KEY) as a Data Integrity proof
// (eddsa-rdfc-2022). The issuer is the key's did:key, so any verifier checks the proof offline: the public key is in
// the identifier itself (and published at GET /api/certificates/issuer). The contexts are bundled
// (@digitalcredentials/security-document-loader): signing and verifying never fetch anything.

export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

export type IssuerKey = { did: string; verificationMethod: string; publicKeyMultibase: string; secretKeyMultibase: string };

/** The issuer's key from a secretKeyMultibase (default CERTIFICATE_SIGNING_KEY); unset → the credential is unavailable. */
export function issuerKey(secretKeyMultibase: string | undefined = env().CERTIFICATE_SIGNING_KEY): IssuerKey {
  if (!secretKeyMultibase) throw new AppError("INTERNAL", "certificates.noSigningKey");
  const { publicKeyMultibase } = readSigningKey(secretKeyMultibase);
  const did = `did:key:${publicKeyMultibase}`;
  return { did, verificationMethod: `${did}#${publicKeyMultibase}`, publicKeyMultibase, secretKeyMultibase };
}

/** The issuer as Open Badges names it: a Profile whose id is the did:key, with the organisation's name and address. */
export function issuerProfile(key: IssuerKey, organisation: string) {
  return { id: key.did, type: ["Profile"], name: organisation, url: appUrl() };
}

/** The issuer Profile with its public key, for GET /api/certificates/issuer. */
export function publishedIssuer(key: IssuerKey, organisation: string) {
  return {
    "@context": [VC_CONTEXT, OB_CONTEXT],
    ...issuerProfile(key, organisation),
    verificationMethod: [{ id: key.verificationMethod, type: "Multikey", controller: key.did, publicKeyMultibase: key.publicKeyMultibase }],
    assertionMethod: [key.verificationMethod],
  };
}

export type CredentialContent = {
  certificateId: string;
  holderName: string;
  course: { code: string; title: string; summary: string };
  completedOn: IsoDate;
  trainingDays: string;
  validUntil: IsoDate | null;
  code: string;
  organisation: string;
};

/** A stable urn:uuid for a certificate (the same credential id at every download): a name-based UUID of its id. */
export function credentialId(certificateId: string): string {
  const h = createHash("sha256").update(`pathway-certificate:${certificateId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5 layout (name-based, SHA)
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The unsigned credential, its texts in `locale` (the holder's language). Never the e-mail: the holder is named. */
export function buildCredential(content: CredentialContent, key: IssuerKey, locale: Locale) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "certificates.credential" });
  const td = createTranslator({ locale, messages: catalogues[locale], namespace: "durations" });
  const days = formatDuration(td, content.trainingDays);
  return {
    "@context": [VC_CONTEXT, OB_CONTEXT],
    id: credentialId(content.certificateId),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: content.course.title,
    description: t("description", { course: content.course.title, duration: days }),
    issuer: issuerProfile(key, content.organisation),
    validFrom: `${content.completedOn}T00:00:00Z`,
    // the certificate counts through validUntil inclusive: it stops at the start of the next day
    ...(content.validUntil ? { validUntil: `${addDays(content.validUntil, 1)}T00:00:00Z` } : {}),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityHash: content.holderName, identityType: "name", hashed: false }],
      activityEndDate: `${content.completedOn}T00:00:00Z`,
      achievement: {
        id: appUrl(`/courses/${encodeURIComponent(content.course.code)}`),
        type: ["Achievement"],
        achievementType: "Certificate",
        name: content.course.title,
        description: content.course.summary || content.course.title,
        criteria: { narrative: t("criteria", { course: content.course.title, duration: days }) },
        humanCode: content.course.code,
      },
    },
    evidence: [{ id: appUrl(`/verify/${content.code}`), type: ["Evidence"], name: t("evidence") }],
  };
}

// The contexts and did:key resolution, bundled: built once.
let loader: ((url: string) => Promise<unknown>) | undefined;
function documentLoader() {
  return (loader ??= securityLoader().build());
}

/** The credential, signed: a DataIntegrityProof (eddsa-rdfc-2022) by the issuer's did:key. */
export async function signCredential(content: CredentialContent, locale: Locale, key: IssuerKey = issuerKey()) {
  const keyPair = await Ed25519Multikey.from({
    id: key.verificationMethod,
    controller: key.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  return (await vc.issue({ credential: buildCredential(content, key, locale), suite, documentLoader: documentLoader() })) as Record<string, unknown>;
}

/**
 * Checks a credential's proof and dates with the same libraries a standard verifier uses; resolves the issuer from
 * its did:key (offline). A changed byte of the signed content fails.
 */
export async function verifyCredential(credential: unknown): Promise<{ verified: boolean; error?: string }> {
  if (typeof credential !== "object" || credential === null) return { verified: false, error: "not a credential" };
  try {
    const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
    const result = (await vc.verifyCredential({ credential, suite, documentLoader: documentLoader() })) as { verified: boolean; error?: { message?: string; errors?: { message?: string }[] } };
    return result.verified ? { verified: true } : { verified: false, error: result.error?.errors?.[0]?.message ?? result.error?.message ?? "not verified" };
  } catch (error) {
    return { verified: false, error: (error as Error).message };
  }
}
