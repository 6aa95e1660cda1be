import { describe, expect, it } from "vitest";
import { Prisma } from "~/server/generated/prisma/client";
import { catalogueSql, listCatalogue } from "~/server/courses/catalogue";
import { testDb } from "~/tests/db";
import { createCourse, createStaff, uniq } from "~/tests/factories";

const db = testDb();

async function codes(q: string, more: { category?: string; mode?: "ONLINE" | "CLASSROOM"; language?: string } = {}) {
  const learner = await createStaff(db);
  return (await listCatalogue(learner, { q, ...more })).map((c) => c.code);
}

describe("catalogue search: what people type", () => {
  it("finds 'Sécurité' by 'securite' and 'SÉCURITÉ', and the BSAFE course (personal security) by 'securite' too", async () => {
    const course = await createCourse(db, { title: `Sécurité sur le terrain ${uniq()}` });
    expect(await codes("securite")).toContain(course.code);
    expect(await codes("SÉCURITÉ")).toContain(course.code);
    expect(await codes("securite")).toContain("BSAFE");
  });

  it("finds 'Mindfulness' by 'mindfullness', and nothing for an unrelated word", async () => {
    const course = await createCourse(db, { title: `Mindfulness at work ${uniq()}` });
    expect(await codes("mindfullness")).toContain(course.code);
    expect(await codes("MINDFULNESS")).toContain(course.code);
    expect(await codes("xylophone")).toEqual([]);
  });

  it("puts the course whose code is the query first, then a title starting so, then a mention, then a look-alike", async () => {
    const word = "Zanzibarian";
    const alike = await createCourse(db, { title: `Aa Zanzibarrian studies` });
    const mention = await createCourse(db, { title: `Ab course ${uniq()}` });
    await db.course.update({ where: { id: mention.id }, data: { summary: `Includes a zanzibarian case study.` } });
    const titled = await createCourse(db, { title: `${word} trade law` });
    const coded = await createCourse(db, { code: word.toUpperCase(), title: `Ac course ${uniq()}` });
    expect(await codes(word.toLowerCase())).toEqual([coded.code, titled.code, mention.code, alike.code]);
    // Filters still apply to a search.
    expect(await codes(word, { mode: "CLASSROOM" })).toEqual([]);
  });

  it("escapes LIKE's wildcards: '%' is a percent sign, not 'anything'", async () => {
    const course = await createCourse(db, { title: `Growth of 100% ${uniq()}` });
    expect(await codes("100%")).toContain(course.code);
    expect(await codes("%")).toEqual([course.code]);
  });
});

describe("catalogue search at a realistic size", () => {
  it("is answered from the trigram indexes", async () => {
    // 3,000 published courses (the organisation's catalogue with its archived history is in the hundreds): enough for
    // the planner to prefer the indexes when they apply.
    const [category] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Category" LIMIT 1`;
    await db.$executeRaw`
      INSERT INTO "Course" (id, code, title, summary, "categoryId", mode, "trainingDays", status, "updatedAt")
      SELECT 'bulk' || i, 'BULK' || i, (ARRAY['Excel','Negotiation','Presentation','Patent drafting','Budgeting'])[1 + i % 5] || ' level ' || i,
             'A course about ' || (ARRAY['spreadsheets','people','public speaking','IP law','money'])[1 + i % 5] || '.',
             ${category!.id}, 'ONLINE', 0.5, 'PUBLISHED', now()
      FROM generate_series(1, 3000) AS i`;
    await db.$executeRaw`
      INSERT INTO "CourseVersion" (id, "courseId", version, "publishedAt", "updatedAt")
      SELECT 'bulkv' || i, 'bulk' || i, 1, now(), now() FROM generate_series(1, 3000) AS i`;
    // VACUUM, as on a live table: fresh rows wait in GIN's pending list, which every search would read through.
    await db.$executeRaw`VACUUM ANALYZE "Course"`;
    await db.$executeRaw`VACUUM ANALYZE "CourseVersion"`;
    const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${catalogueSql({ q: "mindfullness" })}`))
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    expect(plan).toContain("Course_title_search_idx");
    expect(plan).not.toMatch(/Seq Scan on "Course" /);
  });
});
