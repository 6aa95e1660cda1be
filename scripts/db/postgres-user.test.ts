import { describe, expect, it } from "vitest";
import { firstBlocked, unreachableMessage } from "~/scripts/db/postgres-user";

describe("the message when the postgres user cannot reach the server", () => {
  it("is one sentence naming the directory and the ways out", () => {
    const message = unreachableMessage("/root/work");
    expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(message.endsWith(".")).toBe(true);
    expect(message).toContain('the user "postgres"');
    expect(message).toContain("cannot enter /root/work");
    expect(message).toContain("chmod o+x /root/work");
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toMatch(/\n|EACCES|at /);
  });
});

describe("which directory blocks a user", () => {
  const postgres = { uid: 101, gid: 104 };
  const dir = (path: string, mode: number, uid = 0, gid = 0) => ({ path, mode: 0o40000 | mode, uid, gid });

  it("is the first one without the execute bit that applies to the user", () => {
    expect(firstBlocked([dir("/", 0o755), dir("/root", 0o700), dir("/root/app", 0o755)], postgres)).toBe("/root");
    expect(firstBlocked([dir("/", 0o755), dir("/tmp/x", 0o755)], postgres)).toBeUndefined();
    // The owner's and the group's bits apply to them, even when "other" is more generous.
    expect(firstBlocked([dir("/srv", 0o611, 101)], postgres)).toBe("/srv");
    expect(firstBlocked([dir("/srv", 0o710, 0, 104)], postgres)).toBeUndefined();
    expect(firstBlocked([dir("/srv", 0o601, 0, 104)], postgres)).toBe("/srv");
  });

  it("judges a user that does not exist yet by the bits for others", () => {
    expect(firstBlocked([dir("/", 0o755), dir("/home/me", 0o750)], { uid: -1, gid: -1 })).toBe("/home/me");
  });
});
