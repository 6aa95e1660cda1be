// `certificates issue-missing [--json]`: certificates for completions recorded before certificates existed (or by the
// demo seed); idempotent. `certificates new-key`: a fresh CERTIFICATE_SIGNING_KEY for the Open Badges credentials.
// `certificates verify FILE.json`: checks a downloaded Open Badges credential offline (its proof against its did:key).
import { readFile } from "node:fs/promises";
import { parseOptions, UsageError, withDb, type CommandGroup } from "~/scripts/cli/command";
import { verifyCredential } from "~/server/certificates/credential";
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

  verify: {
    args: "FILE.json [--json]",
    summary: "check a downloaded Open Badges credential offline (exit 0 verified, 1 not)",
    async run(argv) {
      const { values, positionals } = parseOptions(argv, { json: { type: "boolean", default: false } }, true);
      if (positionals.length !== 1) throw new UsageError("certificates verify: give exactly one credential file (.json).");
      let credential: unknown;
      try {
        credential = JSON.parse(await readFile(positionals[0]!, "utf8"));
      } catch (error) {
        console.error(`error: ${positionals[0]} is not a readable JSON file (${(error as Error).message})`);
        return 2;
      }
      const result = await verifyCredential(credential);
      const issuer = (credential as { issuer?: { id?: string } | string }).issuer;
      const issuerId = typeof issuer === "string" ? issuer : issuer?.id;
      if (values.json) console.log(JSON.stringify({ ...result, issuer: issuerId ?? null }));
      else console.log(result.verified ? `Verified: signed by ${issuerId}.` : `Not verified: ${result.error}`);
      return result.verified ? 0 : 1;
    },
  },
};
