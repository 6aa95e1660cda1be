// The route handlers under app/api through the one wrapper: who may call them, what they answer on a refusal, and
// downloads whose bytes, types and names stay what the pages, the e2e suite and spreadsheets expect.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createSession, createEnrolment } = await import("~/tests/factories");
const { GET: complianceExport } = await import("~/app/api/exports/compliance/route");
const { GET: mentoringExport } = await import("~/app/api/exports/mentoring/route");
const { GET: sessionIcs } = await import("~/app/api/sessions/[id]/ics/route");
const { GET: health } = await import("~/app/api/health/route");

const db = testDb();
const get = (path: string) => new Request(`http://localhost:3000${path}`);
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

describe("the CSV exports", () => {
  it("are for L&D admins and auditors only, with a JSON refusal", async () => {
    const url = "/api/exports/mentoring?from=2030-01-01&to=2030-06-30";
    session.actor = null;
    const anonymous = await mentoringExport(get(url));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "Please sign in." } });
    session.actor = await createActorWithRole(db, "LEARNER");
    expect((await mentoringExport(get(url))).status).toBe(403);
    const learner = await complianceExport(get("/api/exports/compliance"));
    expect(learner.status).toBe(403);
    expect(await learner.json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to this." } });
  });

  it("give the mentoring figures as an Excel-ready CSV named after the period, and explain a bad period", async () => {
    session.actor = await createActorWithRole(db, "AUDITOR");
    const ok = await mentoringExport(get("/api/exports/mentoring?from=2030-01-01&to=2030-06-30"));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="mentoring-2030-01-01-2030-06-30.csv"');
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Figure,Value\r\nPeriod from,2030-01-01\r\n");

    const bad = await mentoringExport(get("/api/exports/mentoring?from=2030-06-30&to=2030-01-01"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID", message: "The period ends before it starts" } });
  });

  it("give the compliance list as a CSV named after today", async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
    const res = await complianceExport(get("/api/exports/compliance?state=OVERDUE"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="compliance-${new Date().toISOString().slice(0, 10)}.csv"`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^Employee id,Name,/);
  });
});

describe("the session's calendar file", () => {
  it("is an .ics download for a participant; an unknown session is 404 and a NUL in the id 400, never 500", async () => {
    const learner = await createActorWithRole(db, "LEARNER");
    const s = await createSession(db);
    await createEnrolment(db, { staffId: learner.id, courseId: s.courseId, sessionId: s.id });
    session.actor = learner;
    const res = await sessionIcs(get(`/api/sessions/${s.id}/ics`), params({ id: s.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.ics"$/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.text()).toContain("BEGIN:VCALENDAR");

    const missing = await sessionIcs(get("/api/sessions/nope/ics"), params({ id: "nope" }));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "This session does not exist." } });

    const nul = await sessionIcs(get("/api/sessions/%00/ics"), params({ id: "\u0000" }));
    expect(nul.status).toBe(400);
    expect((await nul.json()).error).toMatchObject({ code: "INVALID", field: "id" });

    session.actor = null;
    expect((await sessionIcs(get(`/api/sessions/${s.id}/ics`), params({ id: s.id }))).status).toBe(401);
  });
});

describe("health", () => {
  it("is public", async () => {
    session.actor = null;
    const res = await health(get("/api/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });
});
