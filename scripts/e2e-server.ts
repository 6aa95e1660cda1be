// Playwright's webServer: a FRESH embedded database on a throwaway dir and a free port (never a developer's
// data), migrated, bootstrapped and seeded with the demo organisation, then `next start` on $E2E_PORT
// (chosen by playwright.config.ts; a free one when run by hand) against the production build made
// beforehand (`next build`, honouring NEXT_DIST_DIR).
// Everything is removed on exit; Playwright ends us with SIGTERM (gracefulShutdown in playwright.config.ts).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabaseIfMissing, freePort, startEmbeddedServer, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { newSigningKey } from "~/server/certificates/signing-key";
import { exitCode, relaySignals, spawnNext } from "~/scripts/next-app";
import { addSsoLeaver } from "~/tests/oidc/accounts";
import { addSignOutTester, e2eAppSettingsFile } from "~/tests/e2e-staff";

const port = process.env.E2E_PORT ?? String(await freePort());
const signals = relaySignals();
const started = Date.now();
const server = await startEmbeddedServer({ dataDir: mkdtempSync(path.join(tmpdir(), "pathway-e2e-db-")), port: await freePort(), ephemeral: true });
let code = 1;
try {
  const url = withDatabase(server.adminUrl, "pathway");
  await createDatabaseIfMissing(server.adminUrl, "pathway");
  const { seeded } = await prepareDatabase(url, { seedDemoIfEmpty: true, log: console.log });
  // e2e/sso.spec.ts: a staff member who has left, for the test identity provider's account of a leaver.
  await addSsoLeaver(url);
  // e2e/sign-in.spec.ts: someone to sign out (which ends all their sessions) whom no other spec signs in as.
  await addSignOutTester(url);
  console.log(`e2e database ready in ${Date.now() - started} ms${seeded ? " (demo organisation seeded)" : ""}`);
  const appEnv = {
    DATABASE_URL: url,
    PATHWAY_DEMO: "1",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    CERTIFICATE_SIGNING_KEY: newSigningKey().secretKeyMultibase,
    // Every spec signs in as a demo persona from this one address (~100 sign-ins, two workers): more than the
    // default 30 a minute of a real client. The other limits stay as people get them (e2e/rate-limits.spec.ts).
    RATE_LIMIT_SIGN_IN_DEMO: "600/60",
  };
  // e2e/crash-safety.spec.ts starts (and kills) a second instance of the app on this database: it reads the settings
  // here (owner-only file, removed on exit; the database is a throwaway one).
  writeFileSync(e2eAppSettingsFile(port), JSON.stringify(appEnv), { mode: 0o600 });
  process.on("exit", () => rmSync(e2eAppSettingsFile(port), { force: true }));
  const app = (signals.child = spawnNext(["start", "-p", port], { ...process.env, ...appEnv }));
  code = await exitCode(app);
} finally {
  await server.stop();
}
process.exit(code);
