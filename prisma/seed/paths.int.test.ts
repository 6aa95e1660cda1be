import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff } from "~/tests/factories";
import { seedPaths } from "./paths";
import { runPathsDaily } from "~/server/paths/completion";
import { pathForLearner } from "~/server/paths/learner";

const db = testDb();

describe("the demo bootcamp path", () => {
  it("seeds four published one-hour courses as an ordered path, three people done and three midway, in agreement with the ledger", async () => {
    const asOf = new Date("2026-11-24T10:20:00Z");
    const staff = await Promise.all(Array.from({ length: 9 }, () => createStaff(db)));
    const [learner, mentor, manager, admin, auditor, ...others] = staff as [typeof staff[0], typeof staff[0], typeof staff[0], typeof staff[0], typeof staff[0], ...typeof staff];
    const demo = { LEARNER: learner, MENTOR: mentor, MANAGER: manager, LD_ADMIN: admin, AUDITOR: auditor };
    const people = staff.map((s) => ({ id: s.id, employeeId: s.employeeId, hireDate: s.hireDate! }));
    await seedPaths({ staff: people, demo: demo as never, asOf });

    const path = await pathForLearner("REMOTE-BOOTCAMP", manager.id, asOf, "fr");
    expect(path.order).toBe("SEQUENTIAL");
    expect(path.steps.map((s) => s.title)).toEqual([
      "Travail à distance : outils et règles",
      "Travail à distance : espace et habitudes",
      "Travail à distance : confiance et relations",
      "Travail à distance : incertitude et résilience",
    ]);
    expect(path.totalDays).toBe("0.5");
    expect(path.enrolment).toBeNull();

    const enrolments = await db.pathEnrolment.findMany({ where: { path: { code: "REMOTE-BOOTCAMP" } }, select: { staffId: true, completedAt: true } });
    expect(enrolments).toHaveLength(4);
    expect(enrolments.filter((e) => e.completedAt).length).toBe(3);
    // No demo persona is on the path; the rest were picked among the others.
    expect(enrolments.every((e) => others.some((o) => o.id === e.staffId))).toBe(true);
    // The completions the seed wrote are the ones the ledger implies: the daily run finds nothing more to record.
    expect(await runPathsDaily(asOf)).toEqual({ completed: 0 });
  });
});
