import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { setTestEnv } from "~/tests/env";

// next.config.ts turns on experimental.authInterrupts, which Next.js announces to forbidden() this way.
setTestEnv({ __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" });

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => signedIn.actor }));

const { requireActor, requireRole } = await import("~/server/auth/guards");

const manager: Actor = { id: "s1", employeeId: "E1", email: "m@test.example.org", fullName: "Mia Manager", locale: "en", roles: ["LEARNER", "MANAGER"] };

/** What a guard interrupts the page with: Next.js tells redirects and 403s apart by the error's digest. */
async function interruption(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  return (e as { digest?: string } | null)?.digest ?? "none";
}

beforeEach(() => {
  signedIn.actor = null;
});

describe("requireActor", () => {
  it("sends a signed-out visitor to the sign-in page", async () => {
    expect(await interruption(requireActor())).toMatch(/^NEXT_REDIRECT;[a-z]+;\/signin;/);
  });

  it("gives the page the signed-in person", async () => {
    signedIn.actor = manager;
    await expect(requireActor()).resolves.toBe(manager);
  });
});

describe("requireRole", () => {
  it("lets in a person holding one of the roles", async () => {
    signedIn.actor = manager;
    await expect(requireRole("LD_ADMIN", "MANAGER")).resolves.toBe(manager);
  });

  it("answers 403 to a signed-in person without the role, before the page reads any data", async () => {
    signedIn.actor = manager;
    expect(await interruption(requireRole("LD_ADMIN", "AUDITOR"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("sends a signed-out visitor to sign in rather than answering 403", async () => {
    expect(await interruption(requireRole("LD_ADMIN"))).toMatch(/^NEXT_REDIRECT;[a-z]+;\/signin;/);
  });
});
