// `certificates issue-missing [--json]`: certificates for completions recorded before certificates existed (or by the
// demo seed); idempotent. `certificates new-key`: a fresh CERTIFICATE_SIGNING_KEY for the Open Badges credentials.
import { parseOptions, withDb, type CommandGroup } from "~/scripts/cli/command";
import { issueMissingCertificates } from "~/server/certificates/certificates";
import { newSigningKey } from "~/server/certificates/signing-key";

export const certificates: CommandGroup = {
  "issue-missing": {
    args: "[--json]",
    summary: "issue a certificate for every online/session completion without one",
    async run(argv) {
      const { values } = parseOptions(argv, { json: { type: "boolean", default: false } });
      const result = await withDb(() => issueMissingCertificates(new Date()));
      console.log(values.json ? JSON.stringify(result) : `Certificates issued: ${result.issued}.`);
    },
  },

  "new-key": {
    summary: "print a new CERTIFICATE_SIGNING_KEY (Ed25519 secretKeyMultibase) and its did:key",
    async run(argv) {
      parseOptions(argv, {});
      const key = newSigningKey();
      console.log(`CERTIFICATE_SIGNING_KEY=${key.secretKeyMultibase}`);
      console.error(`Issuer: did:key:${key.publicKeyMultibase} (keep the key secret; credentials signed with it verify against this did:key)`);
    },
  },
};
