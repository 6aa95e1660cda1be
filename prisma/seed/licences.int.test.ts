import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedLicences } from "./licences";
import { listPools } from "~/server/licences/pools";
import { availablePools, requestLicence } from "~/server/licences/requests";

const db = testDb();
const asOf = new Date("2026-11-24T10:00:00Z");
let org: Awaited<ReturnType<typeof seedOrganisation>>;
let took = 0;

beforeAll(async () => {
  org = await seedOrganisation(createRng(20200630), asOf);
  const started = Date.now();
  await seedLicences({ staff: org.staff, asOf });
  took = Date.now() - started;
}, 120_000);

describe("the LinkedIn Learning demo pool", () => {
  it("has 250 seats for the year, about 240 held, a few requests waiting and 5 reclaimed, quickly", async () => {
    const [pool] = await listPools(asOf);
    expect(pool).toMatchObject({ platform: "linkedin-learning", seats: 250, used: 240, free: 10, waiting: 6, reclaimed: 5, validFrom: "2026-01-01", validUntil: "2026-12-31", current: true });
    expect(took).toBeLessThan(3000);
    // Demo accounts hold nothing.
    expect(await db.licence.count({ where: { staff: { employeeId: { startsWith: "9001" } } } })).toBe(0);
  });

  it("put the platform's completed courses into the ledger as external learning in Communication, once each", async () => {
    const completions = await db.platformActivity.count({ where: { completedOn: { not: null } } });
    expect(completions).toBeGreaterThan(24);
    const records = await db.trainingRecord.findMany({ where: { sourceKey: { startsWith: "platform:linkedin-learning|" } }, select: { mode: true, category: { select: { code: true } } } });
    expect(records).toHaveLength(completions);
    expect(new Set(records.map((r) => `${r.mode} ${r.category.code}`))).toEqual(new Set(["EXTERNAL COMM"]));
  });

  it("lets the demo learner ask for a licence", async () => {
    const learner = org.demo.LEARNER;
    const [offer] = await availablePools(learner.id, asOf);
    expect(offer).toMatchObject({ name: "LinkedIn Learning", mine: null });
    expect(await requestLicence({ id: learner.id }, offer!.id, asOf)).toMatchObject({ status: "REQUESTED", created: true });
  });
});
