import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { setTestEnv } from "~/tests/env";
import { actorOf, createCourse, createStaff, uniq } from "~/tests/factories";
import { recordParticipation, recordParticipations, reviseRecord, type ParticipationInput } from "~/server/records/ledger";
import { formatCode } from "~/lib/certificates/code";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { issueMissingCertificates, reissueCertificate, revokeCertificate, RECORD_CORRECTED } from "./certificates";
import { certificateForViewer, searchCertificates, verifyCertificateCode } from "./queries";
import { certificateCredentialFile, certificatePdfFile } from "./downloads";
import { verifyCredential } from "./credential";
import { newSigningKey } from "./signing-key";

const db = testDb();
// This run's own organisation key (read when the first credential is signed).
setTestEnv({ CERTIFICATE_SIGNING_KEY: newSigningKey().secretKeyMultibase });

type Course = Awaited<ReturnType<typeof createCourse>>;

function participation(staffId: string, course: Course, o: Partial<ParticipationInput> & { end?: string } = {}): ParticipationInput {
  const { end: endText, ...rest } = o;
  const end = parseIsoDate(endText ?? "2026-01-31");
  return {
    staffId, courseId: course.id, categoryId: course.categoryId, mode: "ONLINE", startDate: end, endDate: end,
    trainingDays: "0.5", status: "COMPLETED", source: "ONLINE", sourceKey: `cert-test:${uniq()}`, ...rest,
  };
}

const certificatesOfRecord = (trainingRecordId: string) => db.certificate.findMany({ where: { trainingRecordId }, orderBy: { number: "asc" } });

describe("issuing with the ledger", () => {
  it("issues one certificate per completion Pathway recorded, valid for the course's months (clamped like compliance)", async () => {
    const course = await createCourse(db, { validityMonths: 1 });
    const person = await createStaff(db);
    const input = participation(person.id, course, { end: "2024-01-31" });
    const { record } = await recordParticipation(db, input);
    // a retried completion writes no second row and no second certificate
    await recordParticipation(db, input);
    const [cert, ...more] = await certificatesOfRecord(record.id);
    expect(more).toEqual([]);
    expect(cert).toMatchObject({ number: 1, staffId: person.id, courseId: course.id, revokedAt: null });
    expect(cert!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(toIsoDate(cert!.completedOn)).toBe("2024-01-31");
    expect(toIsoDate(cert!.validUntil!)).toBe("2024-02-29");
    expect(cert!.trainingDays.toString()).toBe("0.5");
  });

  it("certifies attended sessions, and not absences, external learning or imported history", async () => {
    const course = await createCourse(db, { lessons: [] });
    const person = await createStaff(db);
    const attended = await recordParticipation(db, participation(person.id, course, { source: "SESSION", status: "ATTENDED", mode: "CLASSROOM" }));
    const absent = await recordParticipation(db, participation(person.id, course, { source: "SESSION", status: "NO_SHOW", trainingDays: "0" }));
    const external = await recordParticipation(db, participation(person.id, course, { source: "EXTERNAL", mode: "EXTERNAL" }));
    const imported = await recordParticipation(db, participation(person.id, course, { source: "IMPORT" }));
    expect(await certificatesOfRecord(attended.record.id)).toHaveLength(1);
    for (const r of [absent, external, imported]) expect(await certificatesOfRecord(r.record.id)).toEqual([]);
    expect((await certificatesOfRecord(attended.record.id))[0]!.validUntil).toBeNull();
  });

  it("issues in the bulk path too; a refused batch leaves no certificate", async () => {
    const course = await createCourse(db);
    const people = await Promise.all([createStaff(db), createStaff(db), createStaff(db)]);
    const rows = people.map((p) => participation(p.id, course));
    expect(await recordParticipations(db, [...rows, participation(people[0]!.id, course, { source: "IMPORT" })])).toBe(4);
    expect(await db.certificate.count({ where: { courseId: course.id } })).toBe(3);
    const late = await createStaff(db);
    await expect(
      db.$transaction((tx) => recordParticipations(tx, [participation(late.id, course), participation(late.id, course, { startDate: parseIsoDate("2026-02-05") })])),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.certificate.count({ where: { staffId: late.id } })).toBe(0);
  });

  it("follows corrections: new dates keep the code, a non-completion revokes, a completion again issues the next number", async () => {
    const course = await createCourse(db, { validityMonths: 12 });
    const person = await createStaff(db);
    const admin = await createStaff(db, { roles: ["LD_ADMIN"] });
    const { record } = await recordParticipation(db, participation(person.id, course, { source: "SESSION", status: "ATTENDED", end: "2026-03-10" }));
    const [first] = await certificatesOfRecord(record.id);

    await db.$transaction((tx) => reviseRecord(tx, admin, record.id, { startDate: parseIsoDate("2026-03-12"), endDate: parseIsoDate("2026-03-12"), trainingDays: "0.25" }, "Wrong day typed"));
    const [moved] = await certificatesOfRecord(record.id);
    expect(moved).toMatchObject({ id: first!.id, code: first!.code, revokedAt: null });
    expect([toIsoDate(moved!.completedOn), moved!.trainingDays.toString(), toIsoDate(moved!.validUntil!)]).toEqual(["2026-03-12", "0.25", "2027-03-12"]);

    await db.$transaction((tx) => reviseRecord(tx, admin, record.id, { status: "NO_SHOW", trainingDays: "0" }, "Was not there after all"));
    const [revoked] = await certificatesOfRecord(record.id);
    expect(revoked).toMatchObject({ revokedReason: RECORD_CORRECTED, revokedById: admin.id });
    expect((await verifyCertificateCode(revoked!.code, toIsoDate(new Date()), "en"))?.status.state).toBe("revoked");

    await db.$transaction((tx) => reviseRecord(tx, admin, record.id, { status: "ATTENDED", trainingDays: "0.25" }, "Marked again: present"));
    const certs = await certificatesOfRecord(record.id);
    expect(certs.map((c) => [c.number, c.revokedAt === null])).toEqual([[1, false], [2, true]]);
    expect(certs[1]!.code).not.toBe(certs[0]!.code);
  });
});

describe("the backfill", () => {
  it("issues the missing certificates of online and session completions once, and nothing on a second run", async () => {
    const course = await createCourse(db);
    const person = await createStaff(db);
    // rows from before certificates existed: written straight into the table, as an old database holds them
    const ids = [uniq("old"), uniq("old"), uniq("old")];
    const statuses = ["COMPLETED", "ATTENDED", "WITHDRAWN"];
    for (const [i, id] of ids.entries()) {
      await db.$executeRaw`
        INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
        VALUES (${id}, ${person.id}, ${course.id}, ${course.categoryId}, 'ONLINE', '2025-05-05', '2025-05-05', 0.5, ${statuses[i]}::"ParticipationStatus", ${i === 1 ? "SESSION" : "ONLINE"}::"RecordSource", ${`old:${id}`}, now())`;
    }
    const asOf = new Date("2026-06-01T08:00:00Z");
    expect((await issueMissingCertificates(asOf)).issued).toBeGreaterThanOrEqual(2);
    expect((await certificatesOfRecord(ids[0]!))[0]).toMatchObject({ issuedAt: asOf, number: 1 });
    expect(await certificatesOfRecord(ids[1]!)).toHaveLength(1);
    expect(await certificatesOfRecord(ids[2]!)).toEqual([]);
    expect(await issueMissingCertificates(asOf)).toEqual({ issued: 0 });
  });
});

describe("verification, revocation and reissue", () => {
  it("answers the public with name, course, date and status, whatever the code's dashes and case; unknown codes find nothing", async () => {
    const course = await createCourse(db, { validityMonths: 36, title: "Public verification course" });
    const person = await createStaff(db, { fullName: "Amina Verified" });
    const { record } = await recordParticipation(db, participation(person.id, course, { end: "2026-02-02" }));
    const [cert] = await certificatesOfRecord(record.id);
    const typed = formatCode(cert!.code).toLowerCase();
    expect(await verifyCertificateCode(typed, "2026-02-10", "en")).toEqual({
      holderName: "Amina Verified",
      courseTitle: "Public verification course",
      completedOn: "2026-02-02",
      status: { state: "valid", until: "2029-02-02" },
    });
    expect((await verifyCertificateCode(cert!.code, "2029-02-03", "en"))?.status).toEqual({ state: "expired", since: "2029-02-03" });
    expect(await verifyCertificateCode("0".repeat(26), "2026-02-10", "en")).toBeNull();
    expect(await verifyCertificateCode("not a code", "2026-02-10", "en")).toBeNull();
  });

  it("revokes with a reason kept in the audit trail (once, however often it is clicked), never shown publicly", async () => {
    const course = await createCourse(db);
    const person = await createStaff(db);
    const admin = actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN");
    const { record } = await recordParticipation(db, participation(person.id, course));
    const [cert] = await certificatesOfRecord(record.id);
    await expect(revokeCertificate(admin, { certificateId: cert!.id, reason: " " })).rejects.toMatchObject({ code: "INVALID" });
    const at = new Date("2026-04-01T10:00:00Z");
    const results = await Promise.all([revokeCertificate(admin, { certificateId: cert!.id, reason: "Obtained by fraud" }, at), revokeCertificate(admin, { certificateId: cert!.id, reason: "Obtained by fraud" }, at)]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const audits = await db.auditEntry.findMany({ where: { entity: "Certificate", entityId: cert!.id } });
    expect(audits).toMatchObject([{ action: "certificate.revoke", reason: "Obtained by fraud", actorId: admin.id }]);
    const seen = await verifyCertificateCode(cert!.code, "2026-04-02", "en");
    expect(seen?.status).toEqual({ state: "revoked", since: "2026-04-01" });
    expect(JSON.stringify(seen)).not.toContain("fraud");
    await expect(revokeCertificate(admin, { certificateId: "nope", reason: "Obtained by fraud" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reissues with the next number and a new code, revoking the old one; only the latest can be reissued", async () => {
    const course = await createCourse(db);
    const person = await createStaff(db);
    const admin = actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN");
    const { record } = await recordParticipation(db, participation(person.id, course));
    const [first] = await certificatesOfRecord(record.id);
    const second = await reissueCertificate(admin, { certificateId: first!.id, reason: "Name misspelt" });
    expect(second.number).toBe(2);
    expect(second.code).not.toBe(first!.code);
    const certs = await certificatesOfRecord(record.id);
    expect(certs.map((c) => [c.number, c.revokedReason])).toEqual([[1, "Name misspelt"], [2, null]]);
    await expect(reissueCertificate(admin, { certificateId: first!.id, reason: "Again" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEntry.count({ where: { action: "certificate.reissue", entityId: second.id } })).toBe(1);
    // L&D finds it by the person's employee id or by the code as printed
    const byPerson = await searchCertificates({ q: person.employeeId.toLowerCase(), page: 1 }, "2026-06-01", "en");
    expect(byPerson.rows.map((r) => r.number).sort()).toEqual([1, 2]);
    const byCode = await searchCertificates({ q: formatCode(second.code), page: 1 }, "2026-06-01", "en");
    expect(byCode.rows.map((r) => r.id)).toEqual([second.id]);
  });
});

describe("downloads", () => {
  it("are for the holder, their managers up the line, L&D and auditors; anyone else is told it does not exist", async () => {
    const course = await createCourse(db);
    const boss = await createStaff(db);
    const manager = await createStaff(db, { managerId: boss.id });
    const holder = await createStaff(db, { managerId: manager.id });
    const otherManager = await createStaff(db);
    await createStaff(db, { managerId: otherManager.id });
    const colleague = await createStaff(db, { managerId: manager.id });
    const { record } = await recordParticipation(db, participation(holder.id, course));
    const [cert] = await certificatesOfRecord(record.id);
    const allowed = [actorOf(holder), actorOf(manager, "MANAGER"), actorOf(boss, "MANAGER"), actorOf(await createStaff(db, { roles: ["LD_ADMIN"] }), "LD_ADMIN"), actorOf(await createStaff(db, { roles: ["AUDITOR"] }), "AUDITOR")];
    for (const actor of allowed) expect((await certificateForViewer(actor, cert!.id, "2026-06-01", () => "en")).id).toBe(cert!.id);
    for (const actor of [actorOf(colleague), actorOf(otherManager, "MANAGER")]) {
      await expect(certificateForViewer(actor, cert!.id, "2026-06-01", () => "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("writes the PDF in the holder's language and a credential that verifies, names the person and never their e-mail", async () => {
    const course = await createCourse(db, { title: "Credential course" });
    const holder = await createStaff(db, { fullName: "李华" });
    await db.staff.update({ where: { id: holder.id }, data: { locale: "zh" } });
    const { record } = await recordParticipation(db, participation(holder.id, course));
    const [cert] = await certificatesOfRecord(record.id);
    const actor = actorOf(holder);
    const pdf = await certificatePdfFile(actor, cert!.id);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.fileName).toBe(`certificate-${course.code}-${holder.employeeId}.pdf`);
    const file = await certificateCredentialFile(actor, cert!.id, "en");
    expect(file.json).not.toContain(holder.email);
    const credential = JSON.parse(file.json) as { credentialSubject: { identifier: { identityHash: string }[] }; description: string };
    expect(credential.credentialSubject.identifier[0]!.identityHash).toBe("李华");
    expect(credential.description).toContain("Credential course");
    expect(await verifyCredential(credential)).toEqual({ verified: true });
  });
});
