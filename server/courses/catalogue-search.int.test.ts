import { describe, expect, it } from "vitest";
import { Prisma } from "~/server/generated/prisma/client";
import { catalogueSql, listCatalogue } from "~/server/courses/catalogue";
import { testDb } from "~/tests/db";
import { createCourse, createStaff, uniq } from "~/tests/factories";
import { antiFraud, bsafe } from "~/lib/courses/content/shipped-courses";

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

describe("catalogue search across languages", () => {
  async function translated(title: string, translations: Record<string, { title: string; summary: string }>) {
    const course = await createCourse(db, { title: `${title} ${uniq()}` });
    await db.course.update({ where: { id: course.id }, data: { translations, languages: ["en", ...Object.keys(translations)] } });
    return course;
  }
  async function cards(q: string, locale: string) {
    const learner = await createStaff(db);
    return listCatalogue({ id: learner.id, locale }, { q });
  }

  it("finds a course by its French title ('fraude'), and shows a French reader its French title", async () => {
    const word = `Qzfraud${uniq()}`;
    const course = await translated(`Anti-${word} awareness`, {
      fr: { title: `Sensibilisation à la fraude ${word}`, summary: "Reconnaître les signaux d'alerte." },
      zh: { title: `反欺诈意识 ${word}`, summary: "识别危险信号。" },
    });
    const found = await cards("fraude", "fr");
    const card = found.find((c) => c.code === course.code);
    expect(card?.title).toBe(`Sensibilisation à la fraude ${word}`);
    expect(card?.summary).toBe("Reconnaître les signaux d'alerte.");
    // Accents and case as in any search: "SIGNAUX D'ALERTE" is in the French summary.
    expect((await cards("signaux d'alerte", "en")).map((c) => c.code)).toContain(course.code);
    // An English reader finds it by the French word too, under the English title.
    expect((await cards("fraude", "en")).find((c) => c.code === course.code)?.title).toBe(course.title);
  });

  it("finds a course by two Chinese characters of its title ('安全') or a longer part of its summary", async () => {
    const course = await translated("Personal security in the field", {
      zh: { title: `安全与保障 ${uniq()}`, summary: "在外地执行任务时保护自己和同事。" },
    });
    const other = await translated("Unrelated", { zh: { title: `沟通技巧 ${uniq()}`, summary: "清晰地表达。" } });
    const found = (await cards("安全", "zh")).map((c) => c.code);
    expect(found).toContain(course.code);
    expect(found).not.toContain(other.code);
    expect((await cards("安", "zh")).map((c) => c.code)).toContain(course.code);
    expect((await cards("保护自己和同事", "zh")).map((c) => c.code)).toEqual([course.code]);
    expect((await cards("安全", "zh")).find((c) => c.code === course.code)?.title).toMatch(/^安全与保障/);
  });

  it("finds the shipped mandatory courses as the issue's readers search them: 'fraude' in French, '安全' in Chinese", async () => {
    const fr = await cards("fraude", "fr");
    expect(fr.find((c) => c.code === "AFA")?.title).toBe(antiFraud.translations?.fr?.title);
    const zh = await cards("安全", "zh");
    expect(zh.find((c) => c.code === "BSAFE")?.title).toBe(bsafe.translations?.zh?.title);
  });

  it("ranks the reader's own title like the title: a French title starting with the query comes before a mention", async () => {
    const word = `Zorblax${uniq()}`.toLowerCase();
    const mention = await createCourse(db, { title: `Aa mention ${uniq()}` });
    await db.course.update({ where: { id: mention.id }, data: { summary: `About ${word} too.` } });
    const titled = await translated(`Zz English title ${uniq()}`, { fr: { title: `${word} en pratique`, summary: "Résumé." } });
    expect((await cards(word, "fr")).map((c) => c.code)).toEqual([titled.code, mention.code]);
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
    expect(plan).toContain("Course_translations_search_idx");
    expect(plan).not.toMatch(/Seq Scan on "Course" /);
  });
});
