import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedCourses } from "./courses";
import { seedSessions } from "./sessions";
import { E2E_EVALUATION_COURSE, seedEvaluations } from "./evaluations";
import { evaluationResults } from "~/server/evaluations/results";
import { myEvaluations } from "~/server/evaluations/requests";

const db = testDb();
const asOf = new Date("2026-11-24T10:00:00Z");
let org: Awaited<ReturnType<typeof seedOrganisation>>;
let took = 0;
const ld = { id: "ld", roles: ["LD_ADMIN" as const] };

beforeAll(async () => {
  org = await seedOrganisation(createRng(20200630), asOf);
  await seedCourses({ staff: org.staff, demo: org.demo, asOf });
  await seedSessions({ staff: org.staff, demo: org.demo, asOf });
  const started = Date.now();
  await seedEvaluations({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  took = Date.now() - started;
}, 300_000);

describe("the demo's evaluations", () => {
  it("show results for the Respect in the workplace workshop, with comments and follow-ups, quickly", async () => {
    const respect = await db.course.findUniqueOrThrow({ where: { code: "RESPECT" } });
    const results = await evaluationResults(ld, { kind: "REACTION", courseId: respect.id }, asOf, "en");
    expect(results.hidden).toBe(false);
    if (results.hidden) return;
    expect(results.responses).toBeGreaterThan(24);
    const satisfaction = results.questions.find((q) => q.id === "satisfaction");
    expect(satisfaction && satisfaction.kind === "scale" && satisfaction.average).toBeGreaterThan(3.5);
    expect(results.comments?.some((c) => c.texts.length > 3)).toBe(true);
    expect(await db.evaluationResponse.count({ where: { courseId: respect.id, kind: { not: "REACTION" } } })).toBeGreaterThan(3);
    expect(took).toBeLessThan(3000);
  });

  it("leave the feedback workshop at 4 responses, hidden, with the demo mentor's evaluation open", async () => {
    const course = await db.course.findUniqueOrThrow({ where: { code: E2E_EVALUATION_COURSE.code } });
    expect(await evaluationResults(ld, { kind: "REACTION", courseId: course.id }, asOf, "en")).toEqual({ hidden: true, responses: 4 });
    const mine = await myEvaluations(org.demo.MENTOR.id, asOf, "en");
    expect(mine.open.filter((e) => e.course === E2E_EVALUATION_COURSE.title && e.kind === "REACTION")).toHaveLength(1);
    // The demo learner's own state is left as other journeys expect it.
    expect(await db.evaluationResponse.count({ where: { courseId: course.id } })).toBe(4);
  });
});
