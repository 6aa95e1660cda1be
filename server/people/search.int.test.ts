import { describe, expect, it } from "vitest";
import { Prisma } from "~/server/generated/prisma/client";
import { searchStaff, staffSearchSql } from "~/server/people/people";
import { testDb } from "~/tests/db";
import { createStaff, uniq } from "~/tests/factories";

const db = testDb();

describe("people search: what people type", () => {
  it("finds García by 'garcia' and 'GARCÍA', Mohamed by 'mohammed', and no one for an unrelated word", async () => {
    // Letters only: a query with digits is taken as an ID or e-mail, matched literally.
    const tag = uniq("x").replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!);
    const garcia = await createStaff(db, { fullName: `Lucía García ${tag}` });
    const mohamed = await createStaff(db, { fullName: `Mohamed Haddad ${tag}` });
    const ids = async (q: string) => (await searchStaff(q, 100)).map((s) => s.id);
    expect(await ids("garcia")).toContain(garcia.id);
    expect(await ids("GARCÍA")).toContain(garcia.id);
    expect(await ids(`lucia garcia ${tag}`)).toEqual([garcia.id]);
    expect(await ids(`mohammed haddad ${tag}`)).toEqual([mohamed.id]);
    expect(await ids("xylophone")).toEqual([]);
  });

  it("puts a name that starts so before one that only contains it, and both before a look-alike", async () => {
    // Alphabetical order is the reverse of the relevance order, so sorting by name alone would fail.
    const alike = await createStaff(db, { fullName: "Aaron Thornburry" });
    const inside = await createStaff(db, { fullName: "Bea Vanthornbury" });
    const starts = await createStaff(db, { fullName: "Cyd Thornbury" });
    expect((await searchStaff("thornbury")).map((s) => s.id)).toEqual([starts.id, inside.id, alike.id]);
  });
});

describe("people search at the size of the organisation", () => {
  it("is answered from the trigram indexes, not by reading every person", async () => {
    // Some 3,000 people, as in the organisation (1,508 staff now, more who left): enough for the planner to prefer
    // the indexes when they apply.
    await db.$executeRaw`
      INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, "updatedAt")
      SELECT 'bulk' || i, 'B' || i, 'bulk.' || i || '@bulk.example.org',
             (ARRAY['Amina','Carlos','Ngozi','Wei','Siobhan','Johan','Lucía','Mohamed'])[1 + i % 8] || ' ' ||
             (ARRAY['Diallo','García','Okafor','Wang','O''Brien','Lindqvist','Fernández','Haddad','Traoré','Silva'])[1 + (i / 8) % 10] || ' ' || i,
             'F', 'P3', now()
      FROM generate_series(1, 3000) AS i`;
    // VACUUM, as on a live table: fresh rows wait in GIN's pending list, which every search would read through.
    await db.$executeRaw`VACUUM ANALYZE "Staff"`;
    const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${staffSearchSql("fernandes", 20)!}`))
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    expect(plan).toContain("Staff_fullName_search_idx");
    expect(plan).not.toMatch(/Seq Scan on "Staff"/);
    // …and it finds them, typo and all.
    const found = await searchStaff("fernandes", 5);
    expect(found).toHaveLength(5);
    for (const person of found) expect(person.fullName).toContain("Fernández");
  });
});
