import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter, createCaller } from "~/server/api/root";
import { procedureRoles } from "~/server/api/permissions";
import { ROLES, type Actor, type Role } from "~/server/auth/roles";
import { loadActor } from "~/server/auth/actor";
import { testDb } from "~/tests/db";
import { createStaffWithRole } from "~/tests/factories";

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

function allowed(path: string, role: Role | null): boolean {
  const access = procedureRoles[path];
  if (access === undefined) return false;
  if (access === "public") return true;
  if (role === null) return false;
  if (access === "authenticated") return true;
  // Everyone holds LEARNER besides their role.
  return access.includes(role) || access.includes("LEARNER");
}

async function call(actor: Actor | null, path: string): Promise<{ code: string | null }> {
  const caller = createCaller({ actor }) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
  const [ns, name] = path.split(".") as [string, string];
  try {
    await caller[ns]![name]!(undefined);
    return { code: null };
  } catch (e) {
    if (e instanceof TRPCError) return { code: e.code };
    throw e;
  }
}

describe("the permission list", () => {
  const actors = new Map<Role, Actor>();
  beforeAll(async () => {
    // Each actor is what the app would load for a person whose data gives the role, not a hand-made object.
    const db = testDb();
    for (const role of ROLES) {
      const staff = await createStaffWithRole(db, role);
      const actor = await loadActor(staff.id);
      if (actor) actors.set(role, actor);
    }
  });

  it("walks each role with an actor loaded by loadActor that holds exactly that role (and LEARNER)", () => {
    for (const role of ROLES) {
      expect({ role, roles: actors.get(role)?.roles }).toEqual({ role, roles: role === "LEARNER" ? ["LEARNER"] : ["LEARNER", role] });
    }
  });

  it("names every procedure of the router, and nothing else", () => {
    expect(procedurePaths.filter((p) => !(p in procedureRoles))).toEqual([]);
    expect(Object.keys(procedureRoles).filter((p) => !procedurePaths.includes(p))).toEqual([]);
  });

  it.each(procedurePaths)("%s answers exactly the roles the list allows", async (path) => {
    const anonymous = await call(null, path);
    if (allowed(path, null)) expect(anonymous.code).not.toBe("UNAUTHORIZED");
    else expect(anonymous.code).toBe("UNAUTHORIZED");
    for (const role of ROLES) {
      const { code } = await call(actors.get(role)!, path);
      if (allowed(path, role)) expect({ role, code }).not.toEqual({ role, code: "FORBIDDEN" });
      else expect({ role, code }).toEqual({ role, code: "FORBIDDEN" });
    }
  });
});
