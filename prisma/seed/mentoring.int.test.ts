import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedMentoring } from "./mentoring";
import { mentoringStats } from "~/server/mentoring/stats";
import { reportingLineForbidden } from "~/server/mentoring/matching";
import { previewRound } from "~/server/mentoring/rounds";
import { browseMentors } from "~/server/mentoring/directory";
import { getMentoringSettings } from "~/server/mentoring/settings";

const db = testDb();
const asOf = new Date("2026-11-24T10:00:00Z");
let staff: Awaited<ReturnType<typeof seedOrganisation>>["staff"];

beforeAll(async () => {
  ({ staff } = await seedOrganisation(createRng(20200630), asOf));
  await seedMentoring({ staff, asOf });
}, 120_000);

describe("the MentorNet demo data", () => {
  it("reproduces the annual report's coaching figures for 1 July 2019 – 30 June 2020: 22 staff, 73.5 hours", async () => {
    const s = await mentoringStats({ from: "2019-07-01", to: "2020-06-30" });
    expect(s.coaching).toMatchObject({ people: 22, hours: "73.5" });
    // The pilot's 21 pairs all closed in late 2019.
    expect(s.pairingsCompleted + s.pairingsEndedEarly).toBe(21);
    expect(s.satisfaction.average).not.toBeNull();
  });

  it("lists both demo mentors with free places, French and negotiation, for the demo learner", async () => {
    const amina = staff.find((s) => s.employeeId === "900101")!;
    const negotiation = await db.expertiseArea.findUniqueOrThrow({ where: { name: "Negotiation" } });
    const cards = await browseMentors({ id: amina.id }, { language: "fr", expertiseId: negotiation.id, freeOnly: true }, asOf);
    const names = cards.map((c) => c.fullName);
    expect(names).toEqual(expect.arrayContaining(["Carlos García", "Ngozi Okafor"]));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(await db.menteeProfile.count({ where: { staffId: amina.id } })).toBe(1);
    expect(await db.mentorProfile.count({ where: { listed: true } })).toBeGreaterThanOrEqual(30);
  });

  it("never pairs anyone with someone above them in their reporting line, nor ranks them", async () => {
    const managerOf = new Map(staff.map((s) => [s.id, s.managerId]));
    const pairings = await db.pairing.findMany({ select: { menteeId: true, mentorId: true } });
    for (const p of pairings) expect(reportingLineForbidden(p.menteeId, managerOf).has(p.mentorId)).toBe(false);
    const entries = await db.matchingRoundEntry.findMany({ select: { menteeId: true, ranking: true } });
    for (const e of entries) for (const m of e.ranking) expect(reportingLineForbidden(e.menteeId, managerOf).has(m)).toBe(false);
  });

  it("has an open round whose preview leaves some mentees unmatched and moves when a weight changes", async () => {
    const round = await db.matchingRound.findFirstOrThrow({ where: { status: "OPEN" } });
    const weights = (await getMentoringSettings()).weights;
    const base = await previewRound({ roundId: round.id, algorithm: "DEFERRED_ACCEPTANCE", weights, rankedOnly: true }, asOf);
    expect(base.entrants).toBeGreaterThanOrEqual(20);
    expect(base.matched).toBeGreaterThan(10);
    expect(base.unmatched.length).toBeGreaterThan(0);
    const changed = await previewRound({ roundId: round.id, algorithm: "DEFERRED_ACCEPTANCE", weights: { ...weights, sharedGoal: 5 }, rankedOnly: true }, asOf);
    expect(changed.averageScore).not.toBe(base.averageScore);
    const carlos = staff.find((s) => s.employeeId === "900102")!;
    expect(base.pairs.some((p) => p.mentorId === carlos.id)).toBe(false);
  });
});
