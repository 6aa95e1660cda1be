import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { childEnv } from "~/tests/env";
import { issuerKey, signCredential } from "~/server/certificates/credential";
import { newSigningKey } from "~/server/certificates/signing-key";

// `npm run cli -- certificates verify FILE.json`: what a holder or a partner runs on a downloaded credential, offline.
const dir = mkdtempSync(path.join(tmpdir(), "pathway-credential-cli-"));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), { cwd: repoRoot, env: childEnv({ NODE_OPTIONS: "" }), encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run cli -- certificates verify", { timeout: 240_000 }, () => {
  it("verifies a signed credential, and refuses one whose holder was changed", async () => {
    const key = issuerKey(newSigningKey().secretKeyMultibase);
    const credential = await signCredential(
      { certificateId: "c1", holderName: "Ngozi Okafor", course: { code: "AFA", title: "Anti-fraud awareness", summary: "" }, completedOn: "2026-11-30", trainingDays: "0.25", validUntil: null, code: "7QKD2M9XAB3CDEFGHJKMNPQRST", organisation: "Pathway" },
      "en",
      key,
    );
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify(credential));
    const ok = cli("certificates", "verify", good, "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ verified: true, issuer: key.did });

    const tampered = path.join(dir, "tampered.json");
    writeFileSync(tampered, JSON.stringify(credential).replace("Ngozi Okafor", "Someone Else"));
    const bad = cli("certificates", "verify", tampered);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^Not verified: /);
  });
});
