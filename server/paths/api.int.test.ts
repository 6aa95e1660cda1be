// Through the API, as a browser calls it: the permission list (server/api/permissions.ts) keeps L&D's changes to L&D.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "~/server/api/root";
import { testDb } from "~/tests/db";
import { actorOf, createStaff, uniq } from "~/tests/factories";

const db = testDb();

describe("L&D's changes to paths", () => {
  it("are refused to a learner through the API, and nothing changes", async () => {
    const me = actorOf(await createStaff(db), "LEARNER");
    const caller = createCaller({ actor: me });
    const code = uniq("X").toUpperCase().replace(/[^A-Z0-9-]/g, "");
    await expect(caller.paths.create({ code, title: "Not allowed", summary: "", order: "FREE", requiredSteps: null })).rejects.toSatisfy(
      (e: unknown) => e instanceof TRPCError && e.code === "FORBIDDEN",
    );
    expect(await db.learningPath.count({ where: { code } })).toBe(0);
  });
});
