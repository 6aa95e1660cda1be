// External-learning certificates keep their names: a file uploaded as 证书.png or résumé.png downloads under that
// name (RFC 6266 / 5987), for its owner and for L&D — before, the first answered 500 and the second arrived garbled.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, categoryByCode } = await import("~/tests/factories");
const { declareExternal } = await import("~/server/records/external");
const { GET } = await import("~/app/(app)/history/certificates/[id]/route");

const db = testDb();
// The 8-byte PNG signature and an IHDR chunk's start: enough for the type to be sniffed as image/png.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function declare(owner: Actor, name: string) {
  const category = await categoryByCode(db, "IT");
  return declareExternal(
    owner,
    {
      title: "Mandarin for beginners",
      provider: "Confucius Institute",
      categoryId: category.id,
      startDate: "2026-04-01",
      endDate: "2026-04-03",
      trainingDays: "1",
      description: "",
      certificate: { name, base64: Buffer.from(PNG).toString("base64") },
    },
    new Date("2026-05-20T09:00:00Z"),
  );
}

async function download(actor: Actor | null, id: string) {
  session.actor = actor;
  return GET(new Request(`http://localhost:3000/history/certificates/${id}`), { params: Promise.resolve({ id }) });
}

/** The name a browser saves the file under: filename* when given (RFC 6266 §4.3), else filename. */
function savedName(disposition: string | null): string {
  const star = /filename\*=UTF-8''([^;\s]+)/.exec(disposition ?? "");
  return star ? decodeURIComponent(star[1]!) : /filename="([^"]*)"/.exec(disposition ?? "")![1]!;
}

describe("certificate downloads", () => {
  it("serve 证书.png to its owner and to L&D under its own name", async () => {
    const owner = await createActorWithRole(db, "LEARNER");
    const ld = await createActorWithRole(db, "LD_ADMIN");
    const declared = await declare(owner, "证书.png");

    for (const viewer of [owner, ld]) {
      const res = await download(viewer, declared.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-disposition")).toBe(`inline; filename="download.png"; filename*=UTF-8''%E8%AF%81%E4%B9%A6.png`);
      expect(savedName(res.headers.get("content-disposition"))).toBe("证书.png");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    }
  });

  it("serve résumé.png under its own name, not rÃ©sumÃ©.png", async () => {
    const owner = await createActorWithRole(db, "LEARNER");
    const declared = await declare(owner, "résumé.png");
    const res = await download(owner, declared.id);
    expect(res.status).toBe(200);
    const disposition = res.headers.get("content-disposition");
    expect(disposition).toBe(`inline; filename="resume.png"; filename*=UTF-8''r%C3%A9sum%C3%A9.png`);
    expect(savedName(disposition)).toBe("résumé.png");
  });

  it("are nobody else's: another learner gets 404, a visitor 401, a NUL id 400", async () => {
    const owner = await createActorWithRole(db, "LEARNER");
    const declared = await declare(owner, "certificate.png");
    const other = await download(await createActorWithRole(db, "LEARNER"), declared.id);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    expect((await download(null, declared.id)).status).toBe(401);
    expect((await download(owner, "\u0000")).status).toBe(400);
    expect((await download(owner, declared.id)).headers.get("content-disposition")).toBe('inline; filename="certificate.png"');
  });
});
