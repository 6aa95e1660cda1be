// The tRPC endpoint as a browser reaches it: a change is accepted only as JSON from Pathway's own pages. A form on
// another site (or a sibling subdomain) posting with an administrator's cookie changes nothing.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole } = await import("~/tests/factories");
const { GET, POST } = await import("~/app/api/trpc/[trpc]/route");

const db = testDb();
const ORIGIN = "http://localhost:3000";

function create(code: string, body: BodyInit, headers: Record<string, string>) {
  return POST(new Request(`${ORIGIN}/api/trpc/categories.create`, { method: "POST", body, headers: { host: "localhost:3000", ...headers } }));
}
const json = (code: string) => JSON.stringify({ json: { code, name: `Category ${code}` } });
const categories = (code: string) => db.category.count({ where: { code } });

describe("POST /api/trpc", () => {
  it("takes a change as JSON from Pathway's own page", async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
    const res = await create("OWN", json("OWN"), { "content-type": "application/json", "sec-fetch-site": "same-origin", origin: ORIGIN });
    expect(res.status).toBe(200);
    expect(await categories("OWN")).toBe(1);
  });

  it("refuses the bodies an HTML form sends without asking (form-data, url-encoded, text/plain), changing nothing", async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
    const form = new FormData();
    form.set("code", "FORM");
    form.set("name", "Category FORM");
    const multipart = await create("FORM", form, { "sec-fetch-site": "same-origin" });
    expect(multipart.status).toBe(415);
    expect(JSON.stringify(await multipart.json())).toContain("is not accepted here");
    const urlencoded = await create("FORM", "code=FORM&name=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(urlencoded.status).toBe(415);
    const plain = await create("FORM", json("FORM"), { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(await categories("FORM")).toBe(0);
  });

  it("refuses a change sent from another site or a sibling subdomain, even as JSON with the cookie", async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
    const crossSite = await create("XS", json("XS"), { "content-type": "application/json", "sec-fetch-site": "cross-site", origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(JSON.stringify(await crossSite.json())).toContain("came from another site");
    const sameSite = await create("XS", json("XS"), { "content-type": "application/json", "sec-fetch-site": "same-site", origin: "https://wiki.pathway.example" });
    expect(sameSite.status).toBe(403);
    const oldBrowser = await create("XS", json("XS"), { "content-type": "application/json", origin: "https://evil.example" });
    expect(oldBrowser.status).toBe(403);
    expect(await categories("XS")).toBe(0);
  });

  it("still answers a query from a link (reading changes nothing)", async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
    const res = await GET(new Request(`${ORIGIN}/api/trpc/categories.list`, { headers: { host: "localhost:3000", "sec-fetch-site": "cross-site" } }));
    expect(res.status).toBe(200);
  });
});
