// Searching and exporting the audit trail: filters by person, object, action and the organisation's days; keyset
// pages newest first; the CSV streams every match and is for L&D and auditors only.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, uniq } = await import("~/tests/factories");
const { searchAudit, auditActions } = await import("~/server/audit/search");
const { GET: auditExport } = await import("~/app/api/exports/audit/route");

const db = testDb();

/**
 * Entries by `actor` on object `entityId`, one a minute from `start` (the rows' time is set here so that the order
 * and the date filters are certain; the app's audit() always writes "now").
 */
async function trail(actor: Actor, entityId: string, actions: string[], start: Date, stepMs = 60_000) {
  for (const [i, action] of actions.entries()) {
    await db.auditEntry.create({
      data: { actorId: actor.id, action, entity: "Category", entityId, reason: `step ${i}`, before: { name: `v${i}` }, after: { name: `v${i + 1}` }, at: new Date(start.getTime() + i * stepMs) },
    });
  }
}

describe("searching the audit trail", () => {
  it("filters by person (e-mail or employee id), object and action prefix, newest first", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const other = await createActorWithRole(db, "LD_ADMIN");
    const entityId = uniq("cat");
    await trail(admin, entityId, ["category.create", "category.rename", "category.retire"], new Date());
    await trail(other, entityId, ["category.restore"], new Date());

    const mine = await searchAudit({ person: admin.email.toUpperCase(), entity: "Category", entityId });
    expect(mine.personFound).toBe(true);
    expect(mine.rows.map((r) => r.action)).toEqual(["category.retire", "category.rename", "category.create"]);
    expect(mine.rows[0]).toMatchObject({ actor: { id: admin.id, employeeId: admin.employeeId }, entity: "Category", entityId, reason: "step 2", before: { name: "v2" }, after: { name: "v3" } });

    const byEmployeeId = await searchAudit({ person: other.employeeId, entityId });
    expect(byEmployeeId.rows.map((r) => r.action)).toEqual(["category.restore"]);

    const renames = await searchAudit({ entityId, action: "category.rename" });
    expect(renames.rows.map((r) => r.action)).toEqual(["category.rename"]);
    expect((await searchAudit({ entityId, action: "category." })).rows).toHaveLength(4);
    expect((await searchAudit({ entityId, action: "category" })).rows).toHaveLength(4);
    expect((await searchAudit({ entityId, action: "course." })).rows).toHaveLength(0);
    expect(await auditActions()).toEqual(expect.arrayContaining(["category.create", "category.rename", "category.retire", "category.restore"]));

    const nobody = await searchAudit({ person: "nobody@example.invalid" });
    expect(nobody).toEqual({ rows: [], nextCursor: null, personFound: false });
  });

  it("filters by the organisation's days (Geneva), from and to inclusive", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const entityId = uniq("cat");
    await trail(admin, entityId, ["category.create"], new Date());
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Zurich" }).format(new Date());
    expect((await searchAudit({ entityId, from: today, to: today })).rows).toHaveLength(1);
    expect((await searchAudit({ entityId, to: "2020-01-01" })).rows).toHaveLength(0);
    expect((await searchAudit({ entityId, from: "2999-01-01" })).rows).toHaveLength(0);
  });

  it("pages with a cursor: no entry twice, none left out, in the order of the first page", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const entityId = uniq("cat");
    // All in the same millisecond: the cursor's id breaks the tie.
    await trail(admin, entityId, Array.from({ length: 7 }, (_, i) => `category.rename${i}`), new Date(), 0);
    const all = (await searchAudit({ entityId }, 100)).rows.map((r) => r.id);
    expect(all).toHaveLength(7);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await searchAudit({ entityId, cursor }, 3);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe("the audit CSV", () => {
  const get = (path: string) => new Request(`http://localhost:3000${path}`);

  it("is refused to learners and managers (403) and to nobody signed in (401)", async () => {
    session.actor = null;
    expect((await auditExport(get("/api/exports/audit"))).status).toBe(401);
    for (const role of ["LEARNER", "MANAGER", "MENTOR"] as const) {
      session.actor = await createActorWithRole(db, role);
      const res = await auditExport(get("/api/exports/audit"));
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to this." } });
    }
  });

  it("streams the current filter's entries with who, what, the object and before/after as JSON", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const entityId = uniq("cat");
    await trail(admin, entityId, Array.from({ length: 3 }, () => "category.rename"), new Date());
    session.actor = await createActorWithRole(db, "AUDITOR");
    const res = await auditExport(get(`/api/exports/audit?entity=Category&entityId=${entityId}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()));
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("At (UTC),Employee id,Name,Action,Object,Object id,Reason,Before (JSON),After (JSON),Details (JSON)");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z,${admin.employeeId},${admin.fullName},category\\.rename,Category,${entityId},step 2,"{""name"":""v2""}","{""name"":""v3""}",$`));

    const bad = await auditExport(get("/api/exports/audit?from=2026-05-02&to=2026-05-01"));
    expect(bad.status).toBe(400);
  });

  it("streams more entries than one chunk, each once", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const entityId = uniq("cat");
    await trail(admin, entityId, Array.from({ length: 12 }, () => "category.rename"), new Date());
    const { auditCsvStream } = await import("~/server/audit/csv");
    const { catalogues } = await import("~/messages");
    const text = await new Response(auditCsvStream({ entityId }, catalogues.en.audit, 5)).text();
    const rows = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.split(",")[0] + r)).size).toBe(12);
  });
});
