/**
 * The standards' hot paths (issue 13), on a throwaway database of the embedded server (pathway_bench_standards):
 *   - a SCORM commit as the lesson page sends it (validated CMI, ordered, stored under the progress lock), 200 runs;
 *   - a certificate's PDF (A4, embedded Noto Sans SC subset, QR code) in English and in Chinese, 20 runs each;
 *   - an Open Badges 3.0 credential signed eddsa-rdfc-2022, and its verification, 20 runs each;
 *   - the public /verify lookup by code, 200 runs.
 * Prints one JSON line per path (scripts/bench/measure.ts). Data: one imported SCORM 1.2 package (the project's
 * fixture) and one learner, created fresh each run. --quick: a tenth of the runs (at least 6).
 */
import { performance } from "node:perf_hooks";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

process.env.PATHWAY_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "pathway-bench-standards-"));

const { figure, quick } = await import("~/scripts/bench/measure");
const { createDatabaseIfMissing, ensureDatabase, withDatabase } = await import("~/scripts/db/embedded");
const { prepareDatabase } = await import("~/scripts/db/prepare");

const DATABASE = "pathway_bench_standards";

/** Fewer runs with --quick (at least 6). */
const runs = (full: number) => (quick ? Math.max(6, Math.round(full / 10)) : full);

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  await fn(-1); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return ms;
}

const database = await ensureDatabase();
try {
  const adminUrl = withDatabase(database.url, "postgres");
  await createDatabaseIfMissing(adminUrl, DATABASE);
  const url = withDatabase(database.url, DATABASE);
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;

  const { db, disconnectDb } = await import("~/server/db");
  const { importPackage } = await import("~/server/scorm/import");
  const { startCourse } = await import("~/server/courses/player");
  const { launchScorm, commitScorm } = await import("~/server/scorm/runtime");
  const { renderCertificatePdf } = await import("~/server/certificates/pdf");
  const { issuerKey, signCredential, verifyCredential } = await import("~/server/certificates/credential");
  const { newSigningKey } = await import("~/server/certificates/signing-key");
  const { newCertificateCode } = await import("~/server/certificates/certificates");
  const { verifyCertificateCode } = await import("~/server/certificates/queries");
  const { writeTempZip, zipFixtureWithManifest } = await import("~/tests/scorm/zip");

  const run = Date.now().toString(36);
  const category = await db.category.findFirstOrThrow({ select: { code: true } });
  const zip = await writeTempZip(zipFixtureWithManifest("scorm12-single", (xml) => xml.replace('identifier="pathway-test-scorm12-single"', `identifier="bench-${run}"`)));
  const imported = await importPackage(null, zip, { fileName: "bench.zip", code: `BENCH-${run}`.toUpperCase().slice(0, 20), categoryCode: category.code, publish: true });
  const course = await db.course.findUniqueOrThrow({ where: { code: imported.code }, select: { id: true } });
  const lesson = await db.lesson.findFirstOrThrow({ where: { version: { courseId: course.id }, kind: "SCORM" }, select: { id: true } });
  const staff = await db.staff.create({ data: { employeeId: `B${run}`, email: `bench-${run}@example.org`, fullName: "Okafor, Ngozi", gender: "F", grade: "P3" }, select: { id: true } });
  const actor = { id: staff.id };
  await startCourse(actor, course.id);
  const launch = await launchScorm(actor, lesson.id);

  // A commit as scorm-again renders it mid-lesson: location, suspend data (1 KB), incomplete, session time.
  const suspend = JSON.stringify({ seen: Array.from({ length: 120 }, (_, i) => i) }).padEnd(1024, " ");
  let seq = 0;
  const commits = await timed(runs(200), async () => {
    seq++;
    await commitScorm(actor, lesson.id, {
      launchId: launch.launchId,
      seq,
      cmi: { suspend_data: suspend, launch_data: "", comments: "", core: { lesson_location: String(1 + (seq % 3)), lesson_status: "incomplete", exit: "suspend", session_time: "00:01:05", score: { raw: "", min: "", max: "" } } },
    });
  });
  figure("standards", "scorm commit (1.2, 1 KB suspend data)", commits);

  const content = (holderName: string, courseTitle: string) => ({
    holderName, courseTitle, completedOn: "2026-11-30" as const, trainingDays: "0.5", validUntil: "2029-11-30" as const,
    code: newCertificateCode(), organisation: "Pathway", verifyUrl: "http://localhost:3000/verify/7QKD2M9XAB3CDEFGHJKMNPQRST",
  });
  let bytes = 0;
  const pdfEn = await timed(runs(20), async () => {
    bytes = (await renderCertificatePdf(content("Ngozi Okafor", "BSAFE: personal security awareness"), "en")).length;
  });
  figure("standards", "certificate PDF (English)", pdfEn, { extra: { bytes } });
  const pdfZh = await timed(runs(20), async () => {
    bytes = (await renderCertificatePdf(content("王伟", "BSAFE：个人安全意识"), "zh")).length;
  });
  figure("standards", "certificate PDF (Chinese)", pdfZh, { extra: { bytes } });

  const key = issuerKey(newSigningKey().secretKeyMultibase);
  const credentialContent = { certificateId: "bench", holderName: "Ngozi Okafor", course: { code: "BSAFE", title: "BSAFE", summary: "" }, completedOn: "2026-11-30" as const, trainingDays: "0.5", validUntil: null, code: newCertificateCode(), organisation: "Pathway" };
  let credential: unknown;
  const signing = await timed(runs(20), async () => {
    credential = await signCredential(credentialContent, "en", key);
  });
  figure("standards", "Open Badges credential: sign", signing);
  const verifying = await timed(runs(20), async () => {
    if (!(await verifyCredential(credential)).verified) throw new Error("the credential did not verify");
  });
  figure("standards", "Open Badges credential: verify", verifying);

  const sample = await db.certificate.findMany({ take: 50, select: { code: true } });
  const codes = sample.length ? sample.map((c) => c.code) : [newCertificateCode()];
  const lookups = await timed(runs(200), async (i) => verifyCertificateCode(codes[Math.abs(i) % codes.length]!, "2026-12-06", "en"));
  figure("standards", "/verify lookup by code", lookups);

  await disconnectDb();
} finally {
  await database.stop();
}
