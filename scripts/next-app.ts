// Running Next.js from scripts (npm start, the e2e server): build, start, wait until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { repoRoot } from "~/scripts/db/embedded";

const nextBin = () => createRequire(import.meta.url).resolve("next/dist/bin/next");

/** `next <args>` with inherited output; NEXT_DIST_DIR (read by next.config.js) picks the build folder. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin(), ...args], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
}

/** Resolves with the exit code (signals count as failures). */
export function exitCode(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))));
}

/** Polls `url` until the server answers with any HTTP status, or the child dies, or the time is up. */
export async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return false;
}

/**
 * SIGINT/SIGTERM go to the running child if there is one (a terminal's Ctrl-C reaches it anyway; a
 * `kill <our pid>` does not), and we finish once it has exited. With no child running we exit at once,
 * through process.exit so the 'exit' hooks stop an embedded server we started.
 */
export function relaySignals(): { child?: ChildProcess } {
  const state: { child?: ChildProcess } = {};
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      const child = state.child;
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      else process.exit(128 + constants.signals[signal]);
    });
  }
  return state;
}
