import { describe, expect, it } from "vitest";
import { buildCredential, credentialId, issuerKey, publishedIssuer, signCredential, verifyCredential, type CredentialContent } from "./credential";
import { newSigningKey, readSigningKey } from "./signing-key";

// Each run signs with its own key, as a deployment has its own.
const key = issuerKey(newSigningKey().secretKeyMultibase);

const content: CredentialContent = {
  certificateId: "cert-1",
  holderName: "Zoë Lefèvre",
  course: { code: "BSAFE", title: "BSAFE", summary: "Security awareness for every staff member." },
  completedOn: "2026-03-14",
  trainingDays: "0.5",
  validUntil: "2029-03-14",
  code: "7QKD2M9XAB3CDEFGHJKMNPQRST",
  organisation: "Pathway",
};

describe("the Open Badges 3.0 credential", () => {
  it("is an OpenBadgeCredential naming the holder by name, issued by the organisation's did:key", () => {
    const c = buildCredential(content, key, "en");
    expect(c["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(c.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(c.issuer).toMatchObject({ id: key.did, type: ["Profile"], name: "Pathway" });
    expect(key.did).toMatch(/^did:key:z6Mk/);
    expect(c.credentialSubject.identifier).toEqual([{ type: "IdentityObject", identityHash: "Zoë Lefèvre", identityType: "name", hashed: false }]);
    expect(c.credentialSubject.achievement).toMatchObject({ type: ["Achievement"], name: "BSAFE" });
    expect(c.credentialSubject.achievement.id).toMatch(/\/courses\/BSAFE$/);
    expect(c.validFrom).toBe("2026-03-14T00:00:00Z");
    expect(c.validUntil).toBe("2029-03-15T00:00:00Z"); // valid through 14 March inclusive
    expect(buildCredential({ ...content, validUntil: null }, key, "en")).not.toHaveProperty("validUntil");
    expect(c.description).toContain("0.5 day");
  });

  it("keeps one id per certificate across downloads", () => {
    expect(credentialId("cert-1")).toBe(credentialId("cert-1"));
    expect(credentialId("cert-1")).not.toBe(credentialId("cert-2"));
    expect(credentialId("cert-1")).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is signed with an eddsa-rdfc-2022 Data Integrity proof that verifies offline, and a tampered copy does not", async () => {
    const signed = await signCredential(content, "fr", key);
    expect(signed.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", proofPurpose: "assertionMethod", verificationMethod: key.verificationMethod });
    expect(await verifyCredential(signed)).toEqual({ verified: true });

    const renamed = structuredClone(signed) as { credentialSubject: { identifier: { identityHash: string }[] } };
    renamed.credentialSubject.identifier[0]!.identityHash = "Someone Else";
    expect((await verifyCredential(renamed)).verified).toBe(false);

    // signed by another key but claiming this issuer
    const forged = await signCredential(content, "fr", issuerKey(newSigningKey().secretKeyMultibase));
    (forged as { issuer: { id: string } }).issuer.id = key.did;
    expect((await verifyCredential(forged)).verified).toBe(false);
    expect((await verifyCredential("not json")).verified).toBe(false);
  });

  it("publishes the issuer's public key, and only it", () => {
    const published = publishedIssuer(key, "Pathway");
    expect(published.verificationMethod).toEqual([{ id: key.verificationMethod, type: "Multikey", controller: key.did, publicKeyMultibase: key.publicKeyMultibase }]);
    expect(JSON.stringify(published)).not.toContain(key.secretKeyMultibase);
  });

  it("refuses a malformed signing key, naming the variable and not its value", () => {
    const good = newSigningKey();
    expect(readSigningKey(good.secretKeyMultibase).publicKeyMultibase).toBe(good.publicKeyMultibase);
    const broken = `${good.secretKeyMultibase.slice(0, -4)}1111`;
    expect(() => readSigningKey(broken)).toThrow(/^CERTIFICATE_SIGNING_KEY: /);
    expect(() => readSigningKey("not-a-key")).toThrow(/CERTIFICATE_SIGNING_KEY/);
  });
});
