// The test identity provider as a second Playwright webServer (playwright.config.ts), and the settings that point the
// app under test at it. Like the app's port (scripts/e2e-port.ts), its port is chosen once, in Playwright's main
// process, and handed to the workers and servers through E2E_OIDC_PORT.
import { spawnSync } from "node:child_process";
import { SSO_CLIENT } from "./accounts";

export function oidcE2ePort(env: NodeJS.ProcessEnv): number {
  if (!env.E2E_OIDC_PORT) {
    const probe = "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });";
    const result = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8", env: { ...env, NODE_OPTIONS: "" }, timeout: 10_000 });
    if (result.status !== 0) throw new Error(`Could not pick a port for the test identity provider: ${result.stderr || result.error?.message}`);
    env.E2E_OIDC_PORT = result.stdout.trim();
  }
  const port = Number(env.E2E_OIDC_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_OIDC_PORT must be a port number, got "${env.E2E_OIDC_PORT}".`);
  return port;
}

/** The OIDC settings of the app under test (scripts/e2e-server.ts passes its environment on to `next start`). */
export function oidcAppEnv(oidcPort: number): Record<string, string> {
  return { OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`, OIDC_CLIENT_ID: SSO_CLIENT.id, OIDC_CLIENT_SECRET: SSO_CLIENT.secret, OIDC_NAME: SSO_CLIENT.name };
}

/** Playwright's webServer entry for the provider; ready when its discovery document answers. */
export function oidcWebServer(oidcPort: number, appPort: number) {
  return {
    command: "node --import tsx tests/oidc/provider.ts",
    url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
    env: { OIDC_TEST_PORT: String(oidcPort), OIDC_TEST_REDIRECT_URI: `http://localhost:${appPort}/api/auth/callback/oidc` },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe" as const,
  };
}
