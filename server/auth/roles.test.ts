import { describe, expect, it } from "vitest";
import { hasRole, primaryRole, ROLES, type Role } from "~/server/auth/roles";

describe("hasRole", () => {
  it("is true when the person holds any one of the roles asked for", () => {
    const manager = { roles: ["LEARNER", "MANAGER"] as Role[] };
    expect(hasRole(manager, "MANAGER")).toBe(true);
    expect(hasRole(manager, "LD_ADMIN", "MANAGER")).toBe(true);
    expect(hasRole(manager, "LD_ADMIN", "AUDITOR")).toBe(false);
  });

  it("refuses a signed-out visitor and a question naming no role", () => {
    expect(hasRole(null, "LEARNER")).toBe(false);
    expect(hasRole(undefined, "LEARNER")).toBe(false);
    expect(hasRole({ roles: ["LEARNER", "LD_ADMIN"] })).toBe(false);
  });
});

describe("primaryRole: the home page a person lands on", () => {
  it("is the most specific role held: L&D, then auditor, then manager, then mentor", () => {
    expect(primaryRole(["LEARNER", "MENTOR", "MANAGER", "AUDITOR", "LD_ADMIN"])).toBe("LD_ADMIN");
    expect(primaryRole(["LEARNER", "MENTOR", "MANAGER", "AUDITOR"])).toBe("AUDITOR");
    expect(primaryRole(["LEARNER", "MENTOR", "MANAGER"])).toBe("MANAGER");
    expect(primaryRole(["LEARNER", "MENTOR"])).toBe("MENTOR");
  });

  it("does not depend on the order the roles were loaded in", () => {
    expect(primaryRole(["MANAGER", "LEARNER", "MENTOR"])).toBe("MANAGER");
    expect(primaryRole(["AUDITOR", "MENTOR", "LEARNER"])).toBe("AUDITOR");
  });

  it("is LEARNER for a person with no other role (and for no roles at all)", () => {
    expect(primaryRole(["LEARNER"])).toBe("LEARNER");
    expect(primaryRole([])).toBe("LEARNER");
  });

  it("gives every role a home page of its own", () => {
    for (const role of ROLES) expect(primaryRole(role === "LEARNER" ? ["LEARNER"] : ["LEARNER", role])).toBe(role);
  });
});
