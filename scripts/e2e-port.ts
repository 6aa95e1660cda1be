// The port of the e2e app server. playwright.config.ts is evaluated in Playwright's main process and again
// in every worker: the port is chosen once, in the first evaluation, and handed on through E2E_PORT, which
// the workers (and the webServer) inherit, so all of them agree.
import { spawnSync } from "node:child_process";

/** Set beside E2E_PORT when this module chose the port (so a re-evaluation does not take it for the user's). */
export const PICKED_MARKER = "PATHWAY_E2E_PORT_PICKED";

export interface PortProbe {
  /** A port nobody listens on right now. */
  pickFree(): number;
  /** Is something listening on `port` right now? */
  inUse(port: number): boolean;
}

/**
 * E2E_PORT when set (refused with one sentence when it is not a port, or already taken in Playwright's main
 * process); otherwise a free port, written back to `env` so the processes started after this agree.
 */
export function e2ePort(env: NodeJS.ProcessEnv, probe: PortProbe = systemProbe): number {
  if (env.E2E_PORT) {
    const port = Number(env.E2E_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number, got "${env.E2E_PORT}".`);
    // In workers (TEST_WORKER_INDEX) our own app server holds the port by then.
    if (!env[PICKED_MARKER] && env.TEST_WORKER_INDEX === undefined && probe.inUse(port)) {
      throw new Error(`E2E_PORT=${port} is already in use by another program: unset E2E_PORT to let the e2e tests pick a free port, or set it to a free one.`);
    }
    return port;
  }
  const port = probe.pickFree();
  env.E2E_PORT = String(port);
  env[PICKED_MARKER] = "1";
  return port;
}

// Synchronous (a config file is evaluated synchronously), so each check runs in a short-lived node process.
// No host: listening on every address, as `next start` does, so an IPv4-only or IPv6-only listener counts too.
const systemProbe: PortProbe = {
  pickFree: () => Number(runNode("const s = require('net').createServer(); s.listen(0, () => { console.log(s.address().port); s.close(); });")),
  inUse: (port) =>
    runNode(
      `const s = require('net').createServer(); s.once('error', (e) => console.log(e.code === 'EADDRINUSE' ? 'used' : 'free')); s.listen(${port}, () => { console.log('free'); s.close(); });`,
    ) === "used",
};

function runNode(code: string): string {
  const result = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, timeout: 10_000 });
  if (result.status !== 0) throw new Error(`Could not check the e2e port: ${result.stderr || result.error?.message}`);
  return result.stdout.trim();
}
