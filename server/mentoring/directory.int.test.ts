import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createExpertiseArea, createMentee, createMentor, createSector, type MentorOverrides } from "~/tests/factories";
import { browseMentorPage, browseMentors, MENTORS_PER_PAGE } from "~/server/mentoring/directory";
import type { BrowseMentorsInput } from "~/lib/schemas/mentoring";

const db = testDb();
const T0 = new Date("2026-03-02T09:00:00Z");

/** Mentors in a sector of their own, so that each test sees only its own through the sector filter. */
async function inOwnSector(mentors: MentorOverrides[]) {
  const sector = await createSector(db, "Search sector");
  for (const m of mentors) await createMentor(db, { sectorId: sector.id, ...m });
  const me = actorOf(await createMentee(db));
  const names = async (q: string, more: Partial<BrowseMentorsInput> = {}) =>
    (await browseMentors(me, { q, sectorId: sector.id, freeOnly: false, ...more }, T0)).map((c) => c.fullName);
  return { sector, me, names };
}

describe("mentor search: what people type", () => {
  it("finds Carlos García by 'garcia', 'GARCÍA' and a typo, and finds no one for an unrelated word", async () => {
    const { names } = await inOwnSector([{ fullName: "Carlos García" }, { fullName: "Ngozi Okafor" }]);
    expect(await names("garcia")).toEqual(["Carlos García"]);
    expect(await names("GARCÍA")).toEqual(["Carlos García"]);
    expect(await names("carlos garciia")).toEqual(["Carlos García"]);
    expect(await names("okafor")).toEqual(["Ngozi Okafor"]);
    expect(await names("xylophone")).toEqual([]);
  });

  it("finds 'mindfullness' in an area of expertise and 'securite' in a bio, whatever the accents", async () => {
    const mindfulness = await createExpertiseArea(db, "Mindfulness");
    const { names } = await inOwnSector([
      { fullName: "Mina Calm", expertiseIds: [mindfulness.id] },
      { fullName: "Sami Field", bio: "Chargé de la sécurité des missions pendant dix ans." },
      { fullName: "Otto Other", bio: "Budgets and procurement." },
    ]);
    expect(await names("mindfullness")).toEqual(["Mina Calm"]);
    expect(await names("securite")).toEqual(["Sami Field"]);
    expect(await names("Sécurité des missions")).toEqual(["Sami Field"]);
  });

  it("puts a name that starts so before a mention in a bio, and both before a look-alike, whatever the alphabet says", async () => {
    const { names } = await inOwnSector([
      { fullName: "Adela Garciia" },
      { fullName: "Bruno Reyes", bio: "Co-authored a study with Dr García on treaty law." },
      { fullName: "Carla García" },
      { fullName: "Dmitri Unrelated" },
    ]);
    expect(await names("garcia")).toEqual(["Carla García", "Bruno Reyes", "Adela Garciia"]);
  });
});

describe("the mentor browser's pages", () => {
  it("shows 12 mentors a page with the total; page 2 has the next ones; search and filters combine with paging", async () => {
    const people: MentorOverrides[] = [];
    for (let i = 1; i <= 15; i++) {
      people.push({ fullName: `Paginated Mentor ${String(i).padStart(2, "0")}`, languages: i === 15 ? ["en"] : ["en", "fr"] });
    }
    people.push({ fullName: "Someone Else", languages: ["en", "fr"] });
    const { sector, me } = await inOwnSector(people);
    const filters: BrowseMentorsInput = { sectorId: sector.id, freeOnly: false };

    const all = (await browseMentors(me, filters, T0)).map((c) => c.fullName);
    expect(all).toHaveLength(16);
    const first = await browseMentorPage(me, filters, 1, T0);
    const second = await browseMentorPage(me, filters, 2, T0);
    expect(MENTORS_PER_PAGE).toBe(12);
    expect(first).toMatchObject({ total: 16, page: 1, pageCount: 2, pageSize: 12 });
    expect(first.mentors.map((c) => c.fullName)).toEqual(all.slice(0, 12));
    expect(second).toMatchObject({ total: 16, page: 2, pageCount: 2 });
    expect(second.mentors.map((c) => c.fullName)).toEqual(all.slice(12));
    // A page past the end (an old bookmark) shows the last one.
    expect((await browseMentorPage(me, filters, 9, T0)).page).toBe(2);

    // Search + language: the 14 French-speaking "paginated" mentors, 12 then 2, by name (equal scores).
    const searched = { ...filters, q: "paginated mentor", language: "fr" as const };
    const p1 = await browseMentorPage(me, searched, 1, T0);
    const p2 = await browseMentorPage(me, searched, 2, T0);
    expect(p1.total).toBe(14);
    expect(p1.mentors).toHaveLength(12);
    expect(p2.mentors.map((c) => c.fullName)).toEqual(["Paginated Mentor 13", "Paginated Mentor 14"]);
    expect([...p1.mentors, ...p2.mentors].map((c) => c.fullName)).not.toContain("Paginated Mentor 15");
  });
});

describe("the mentor browser's order of names", () => {
  it("breaks ties by name as the reader's language sorts names: pinyin in Chinese (李 before 张), radical and stroke otherwise", async () => {
    const { sector, me } = await inOwnSector([{ fullName: "张伟" }, { fullName: "李娜" }]);
    const names = async (locale: "en" | "zh") => (await browseMentors(me, { sectorId: sector.id, freeOnly: false }, T0, locale)).map((c) => c.fullName);
    expect(await names("zh")).toEqual(["李娜", "张伟"]);
    expect(await names("en")).toEqual(["张伟", "李娜"]);
    const page = await browseMentorPage(me, { sectorId: sector.id, freeOnly: false }, 1, T0, MENTORS_PER_PAGE, "zh");
    expect(page.mentors.map((c) => c.fullName)).toEqual(["李娜", "张伟"]);
  });
});
