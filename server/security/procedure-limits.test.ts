import { describe, expect, it } from "vitest";
import { procedureRoles } from "~/server/api/permissions";
import { PROCEDURE_LIMITS } from "~/server/security/procedure-limits";

describe("the rate-limited procedures", () => {
  it("name procedures that exist (a renamed procedure would silently lose its limit)", () => {
    expect(Object.keys(PROCEDURE_LIMITS).filter((path) => !(path in procedureRoles))).toEqual([]);
  });

  it("cover quiz submissions and every step that runs or confirms an import", () => {
    expect(PROCEDURE_LIMITS["courses.submitQuiz"]).toBe("quizSubmit");
    const importSteps = Object.keys(procedureRoles).filter((p) => /^(imports\.(preview|confirm)|scormImport\.(preview|importCourse|addLessons))$/.test(p));
    expect(importSteps).toHaveLength(5);
    for (const p of importSteps) expect(PROCEDURE_LIMITS[p]).toBe("import");
  });
});
