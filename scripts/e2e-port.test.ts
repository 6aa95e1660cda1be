import { describe, expect, it } from "vitest";
import { e2ePort, PICKED_MARKER, type PortProbe } from "~/scripts/e2e-port";

const env = (vars: Record<string, string> = {}) => vars as NodeJS.ProcessEnv;

/** A machine where `busy` ports are taken and the kernel hands out `next` as a free one. */
function machine(busy: number[], next = 41234): PortProbe & { picks: number } {
  const m = { picks: 0, pickFree: () => (m.picks++, next), inUse: (port: number) => busy.includes(port) };
  return m;
}

describe("the e2e app's port", () => {
  it("is a free one when E2E_PORT is not set, even with 3100 taken, and is passed on through the environment", () => {
    const picked = env();
    const probe = machine([3100]);
    expect(e2ePort(picked, probe)).toBe(41234);
    expect(picked.E2E_PORT).toBe("41234");
    // A worker (or a second evaluation) inherits the environment: same port, no new pick, no "in use" complaint
    // even though our own server holds it by then.
    const worker = env({ ...picked, TEST_WORKER_INDEX: "1" } as Record<string, string>);
    const busyNow = machine([3100, 41234], 50000);
    expect(e2ePort(worker, busyNow)).toBe(41234);
    expect(e2ePort(env({ ...picked } as Record<string, string>), busyNow)).toBe(41234);
    expect(busyNow.picks).toBe(0);
  });

  it("is E2E_PORT when set and free", () => {
    const probe = machine([3100]);
    expect(e2ePort(env({ E2E_PORT: "3200" }), probe)).toBe(3200);
    expect(probe.picks).toBe(0);
  });

  it("stops with one sentence naming E2E_PORT when the port set there is taken, or is not a port", () => {
    expect(() => e2ePort(env({ E2E_PORT: "3100" }), machine([3100]))).toThrow(
      "E2E_PORT=3100 is already in use by another program: unset E2E_PORT to let the e2e tests pick a free port, or set it to a free one.",
    );
    expect(() => e2ePort(env({ E2E_PORT: "31OO" }), machine([]))).toThrow('E2E_PORT must be a port number, got "31OO".');
    // In a worker the app server itself holds the port: not an error.
    expect(e2ePort(env({ E2E_PORT: "3100", TEST_WORKER_INDEX: "0" }), machine([3100]))).toBe(3100);
  });

  it("picks a port that is really free on this machine (the real probe)", async () => {
    const fresh = env();
    const port = e2ePort(fresh);
    expect(fresh[PICKED_MARKER]).toBe("1");
    const { createServer } = await import("node:net");
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, resolve));
    // …and, held now, the real probe sees it taken.
    expect(() => e2ePort(env({ E2E_PORT: String(port) }))).toThrow(`E2E_PORT=${port} is already in use`);
    await new Promise((resolve) => server.close(resolve));
  });
});
