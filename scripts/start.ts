// `npm start` (and `npm run dev` = `--dev`): database → migrations → reference data → demo seed when
// empty → next build → next start. With no DATABASE_URL it runs an embedded PostgreSQL under .data/.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { EmbeddedPostgresError, embeddedConfig, ensureDatabase, maskUrl, type Database } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { baseUrlOf, isDemoMode, parseEnv } from "~/server/env";
import { exitCode, relaySignals, spawnNext, waitUntilAnswering } from "~/scripts/next-app";
import { newSigningKey } from "~/server/certificates/signing-key";

const USAGE = "usage: npm start [-- --dev] [-- --no-build]   (env: PORT, APP_URL, DATABASE_URL, PATHWAY_DEMO, NEXTAUTH_SECRET, NEXTAUTH_URL, PATHWAY_DATA_DIR, PATHWAY_PG_PORT, PATHWAY_SKIP_BUILD)";

function options() {
  try {
    return parseArgs({ options: { dev: { type: "boolean", default: false }, "no-build": { type: "boolean", default: false } }, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/**
 * NEXTAUTH_SECRET from the environment; outside production-on-a-real-database, one generated on first
 * start and kept in $PATHWAY_DATA_DIR/secrets.json (0600), so sessions survive restarts.
 */
function nextAuthSecret(env: NodeJS.ProcessEnv): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    console.error(
      "NEXTAUTH_SECRET is not set. In production (NODE_ENV=production with DATABASE_URL) it must be provided:\n" +
        "  export NEXTAUTH_SECRET=$(openssl rand -base64 32)",
    );
    process.exit(1);
  }
  const { dataDir } = embeddedConfig(env);
  const file = path.join(dataDir, "secrets.json");
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { nextAuthSecret?: string }) : {};
  if (stored.nextAuthSecret) return stored.nextAuthSecret;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${JSON.stringify({ ...stored, nextAuthSecret: secret }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // mode only applies when the file is created
  return secret;
}

/** CERTIFICATE_SIGNING_KEY (server/certificates/signing-key.ts): given, or like NEXTAUTH_SECRET generated once and kept in secrets.json. */
function certificateSigningKey(env: NodeJS.ProcessEnv): string {
  if (env.CERTIFICATE_SIGNING_KEY) return env.CERTIFICATE_SIGNING_KEY;
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    console.error("CERTIFICATE_SIGNING_KEY is not set. In production (NODE_ENV=production with DATABASE_URL) it must be provided:\n  npm run cli -- certificates new-key");
    process.exit(1);
  }
  const { dataDir } = embeddedConfig(env);
  const file = path.join(dataDir, "secrets.json");
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { certificateSigningKey?: string }) : {};
  if (stored.certificateSigningKey) return stored.certificateSigningKey;
  mkdirSync(dataDir, { recursive: true });
  const key = newSigningKey().secretKeyMultibase;
  writeFileSync(file, `${JSON.stringify({ ...stored, certificateSigningKey: key }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

async function main(): Promise<number> {
  const opts = options();
  const env = process.env;
  const port = env.PORT ?? "3000";
  const demo = isDemoMode(env);
  const secret = nextAuthSecret(env);
  const signingKey = certificateSigningKey(env);
  const signals = relaySignals();

  let database: Database;
  try {
    database = await ensureDatabase(env);
  } catch (error) {
    // e.g. started by root from a folder the `postgres` user cannot enter: one sentence, no stack trace.
    if (!(error instanceof EmbeddedPostgresError)) throw error;
    console.error(error.message);
    return 1;
  }
  try {
    console.log(`Database: ${maskUrl(database.url)}${env.DATABASE_URL ? "" : database.startedHere ? " (embedded, started)" : " (embedded, already running)"}`);
    await prepareDatabase(database.url, { seedDemoIfEmpty: demo, log: console.log });

    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      DATABASE_URL: database.url,
      PATHWAY_DEMO: demo ? "1" : "0",
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // Links in mail and calendar files: the same address for the app, its job worker and the CLI (server/env.ts).
      APP_URL: baseUrlOf({ APP_URL: env.APP_URL, NEXTAUTH_URL: env.NEXTAUTH_URL, PORT: Number(port) }),
      NEXTAUTH_SECRET: secret,
      CERTIFICATE_SIGNING_KEY: signingKey,
      PORT: port,
    };
    // A malformed variable stops here, naming it, rather than at the first request that reads it.
    try {
      parseEnv(appEnv);
    } catch (error) {
      console.error((error as Error).message);
      return 1;
    }

    if (!opts.dev && !opts["no-build"] && env.PATHWAY_SKIP_BUILD !== "1") {
      const build = (signals.child = spawnNext(["build"], appEnv));
      const code = await exitCode(build);
      if (code !== 0) {
        console.error(`next build failed (exit code ${code}).`);
        return code;
      }
    }

    const server = (signals.child = spawnNext([opts.dev ? "dev" : "start", "-p", port], appEnv));
    if (await waitUntilAnswering(`http://127.0.0.1:${port}/api/health`, server)) {
      console.log(`\nPathway is running at ${appEnv.APP_URL}${demo ? " (demo mode)" : ""}. Ctrl-C stops it.`);
    }
    return await exitCode(server);
  } finally {
    // After the app has stopped, so it never sees its database vanish.
    await database.stop();
  }
}

process.exitCode = await main();
