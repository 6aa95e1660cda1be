// Statement-level triggers see a statement's rows as transition tables (new_rows, old_rows), which have no statistics.
// Joined to each other, or to a large table, the planner guessed small and chose a nested loop: an UPDATE of 100,000
// Staff rows ran for minutes inside two triggers (issue 16). Every trigger function that joins a transition table
// must therefore rule the nested loop (and the sort-merge) out for its own statements.
import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";

const db = testDb();

describe("trigger functions over transition tables", () => {
  it("join new_rows and old_rows with hash joins only", async () => {
    const functions = await db.$queryRaw<{ name: string; source: string; config: string[] | null }[]>`
      SELECT p.proname AS name, p.prosrc AS source, p.proconfig AS config
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = current_schema() AND p.prorettype = 'trigger'::regtype`;
    const joining = functions.filter((f) => /\b(new_rows|old_rows)\b[^;]*\bJOIN\s+(new_rows|old_rows)\b/is.test(f.source));
    expect(joining.map((f) => f.name)).toContain("compliance_dirty_staff");
    for (const f of joining) expect({ name: f.name, config: f.config ?? [] }).toEqual({ name: f.name, config: expect.arrayContaining(["enable_nestloop=off", "enable_mergejoin=off"]) });
  });

  it("update 20,000 people's manager in one statement within seconds, every trigger included", async () => {
    // A department of 20,000 people, then everyone given a new manager at once (an HR import does this).
    await db.$executeRaw`
      INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, "updatedAt")
      SELECT 'bulk-' || i, 'B' || i, 'bulk' || i || '@test.example.org', 'Bulk ' || i, 'F', 'P3', now()
      FROM generate_series(1, 20000) i`;
    const started = Date.now();
    await db.$executeRaw`UPDATE "Staff" SET "managerId" = 'bulk-1' WHERE id LIKE 'bulk-%' AND id <> 'bulk-1'`;
    // Measured 3.3 s on 2 busy cores; with the nested-loop plans the report trigger alone took ≈37 s here.
    expect(Date.now() - started).toBeLessThan(15_000);
    const [moves] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "StaffPlacementChange" WHERE field = 'MANAGER' AND "staffId" LIKE 'bulk-%'`;
    expect(moves?.n).toBe(19_999);
  });
});
