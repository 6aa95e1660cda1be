import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setTestEnv } from "~/tests/env";

// The three standards together, on the packages a third-party packager wrote (e2e/fixtures/scorm/third-party): a SCORM
// course imported like any other counts like any other — one ledger row with the course's days, a mandatory
// requirement satisfied, a certificate anyone can verify — and its learning goes to the xAPI outbox.
const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-scorm-standards-"));
setTestEnv({ PATHWAY_DATA_DIR: dataDir, XAPI_ENDPOINT: "http://127.0.0.1:9/xapi/", XAPI_USERNAME: "pathway", XAPI_PASSWORD: "test-password" });

const { testDb } = await import("~/tests/db");
const { createCategory, createRequirementRow, createStaff, actorOf, retireBootstrapRequirements, uniq } = await import("~/tests/factories");
const { importPackage } = await import("~/server/scorm/import");
const { startCourse } = await import("~/server/courses/player");
const { launchScorm, commitScorm } = await import("~/server/scorm/runtime");
const { queryStates } = await import("~/server/compliance/state-query");
const { verifyCertificateCode } = await import("~/server/certificates/queries");
const { writeTempZip, zipFixtureWithManifest } = await import("~/tests/scorm/zip");

const db = testDb();
const T0 = new Date("2026-05-04T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

beforeAll(async () => {
  await retireBootstrapRequirements(db);
});

/** A third-party package under an identifier of this test's own, imported and published by the CLI's path (no actor). */
async function importThirdParty(fixture: "third-party/travel-briefing-12" | "third-party/travel-briefing-2004") {
  const identifier = uniq("org.example.briefing-");
  const zip = zipFixtureWithManifest(fixture, (xml) => xml.replace(/<manifest identifier="[^"]+"/, `<manifest identifier="${identifier}"`));
  const category = await createCategory(db);
  const result = await importPackage(null, await writeTempZip(zip), { fileName: "briefing.zip", categoryCode: category.code, publish: true });
  const course = await db.course.findUniqueOrThrow({ where: { code: result.code }, select: { id: true, code: true, trainingDays: true, status: true } });
  const lesson = await db.lesson.findFirstOrThrow({ where: { version: { courseId: course.id }, kind: "SCORM" }, select: { id: true } });
  return { result, course, lessonId: lesson.id };
}

describe("a SCORM course whose manifest a third-party packager wrote", () => {
  it("imports as 1.2 with its title and mastery score, published", async () => {
    const { result, course } = await importThirdParty("third-party/travel-briefing-12");
    expect(result).toMatchObject({ standard: "scorm12", version: "1.2", lessons: 1 });
    expect(course.status).toBe("PUBLISHED");
    const pkg = await db.scormPackage.findFirstOrThrow({ where: { courseId: course.id } });
    expect(pkg.title).toBe("Before you travel: a security briefing");
    expect((pkg.manifest as { items: { masteryScore: number | null }[] }).items[0]!.masteryScore).toBe(80);
  });

  it("imports as 2004 4th Edition, says it has sequencing, and keeps the objective's passing score", async () => {
    const { result, course } = await importThirdParty("third-party/travel-briefing-2004");
    expect(result).toMatchObject({ standard: "scorm2004", version: "2004 4th Edition", lessons: 1 });
    const pkg = await db.scormPackage.findFirstOrThrow({ where: { courseId: course.id } });
    expect(pkg.hasSequencing).toBe(true);
    expect((pkg.manifest as { items: { scaledPassingScore: number | null }[] }).items[0]!.scaledPassingScore).toBe(0.8);
  });

  it("counts like any course: a failed answer counts nothing; a pass writes one ledger row, satisfies the requirement, issues a valid certificate and queues xAPI", async () => {
    const { course, lessonId } = await importThirdParty("third-party/travel-briefing-2004");
    const requirement = await createRequirementRow(db, course.id, { effectiveFrom: "2026-01-01", dueDate: "2026-06-30" });
    const staff = await createStaff(db);
    const learner = actorOf(staff, "LEARNER");
    await startCourse(learner, course.id, {}, T0);

    const stateOn = async () => (await queryStates({ asOf: "2026-05-04", requirementIds: [requirement.id], staffIds: [staff.id] }))[0]?.state;
    expect(await stateOn()).not.toBe("COMPLIANT");

    // First launch: a wrong answer — the SCO reports failed (scaled 0 < 0.8): the lesson is not done.
    const first = await launchScorm(learner, lessonId, at(1));
    const failed = await commitScorm(learner, lessonId, {
      launchId: first.launchId, seq: 1,
      cmi: { completion_status: "completed", success_status: "failed", exit: "normal", session_time: "PT40S", score: { raw: "0", min: "0", max: "100", scaled: "0" } },
    }, at(2));
    expect(failed).toMatchObject({ completedLesson: false, completedCourse: false });
    expect(await db.trainingRecord.count({ where: { staffId: staff.id, courseId: course.id } })).toBe(0);

    // Second launch: the right answer — passed, completed: the course completes once, even if the commit is sent twice.
    const second = await launchScorm(learner, lessonId, at(10));
    const passing = { completion_status: "completed", success_status: "passed", exit: "normal", session_time: "PT1M5S", score: { raw: "100", min: "0", max: "100", scaled: "1" } };
    const passed = await commitScorm(learner, lessonId, { launchId: second.launchId, seq: 1, cmi: passing }, at(11));
    expect(passed).toMatchObject({ completedLesson: true, completedCourse: true });
    await commitScorm(learner, lessonId, { launchId: second.launchId, seq: 2, cmi: passing }, at(12));

    const rows = await db.trainingRecord.findMany({ where: { staffId: staff.id, courseId: course.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "COMPLETED", source: "ONLINE" });
    expect(rows[0]!.trainingDays.toString()).toBe(course.trainingDays.toString());
    expect(await stateOn()).toBe("COMPLIANT");

    const certificates = await db.certificate.findMany({ where: { trainingRecordId: rows[0]!.id } });
    expect(certificates).toHaveLength(1);
    const verified = await verifyCertificateCode(certificates[0]!.code.toLowerCase(), "2026-05-04", "en");
    expect(verified?.status).toMatchObject({ state: "valid" });

    // xAPI: launched, the SCO's failed then completed + passed, and the course completed — each once.
    const verbs = (await db.xapiStatement.findMany({ orderBy: { createdAt: "asc" }, select: { verb: true, statement: true } }))
      .filter((s) => JSON.stringify(s.statement).includes(staff.employeeId))
      .map((s) => s.verb.split("/").pop());
    expect(verbs.sort()).toEqual(["completed", "completed", "failed", "launched", "passed"]);
  });
});
