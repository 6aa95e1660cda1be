import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, categoryByCode } from "~/tests/factories";
import { declareExternal, reviewExternal, certificateFor, listExternalForReview } from "~/server/records/external";
import { correctLedgerRecord, learningHistory, recordRevisions } from "~/server/records/history";
import type { Actor } from "~/server/auth/roles";

const db = testDb();
const asOf = new Date("2026-05-20T09:00:00Z");
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n").toString("base64");

async function learner(): Promise<Actor> {
  const s = await createStaff(db);
  return { id: s.id, employeeId: s.employeeId, email: s.email, fullName: s.fullName, locale: "en", roles: ["LEARNER"] };
}

async function declaration(actor: Actor, o: Partial<Parameters<typeof declareExternal>[1]> = {}) {
  const it = await categoryByCode(db, "IT");
  return declareExternal(
    actor,
    {
      title: "Excel: advanced formulas",
      provider: "LinkedIn Learning",
      categoryId: it.id,
      startDate: "2026-04-01",
      endDate: "2026-04-03",
      trainingDays: "0.375",
      description: "",
      certificate: { name: "certificate.pdf", base64: PDF },
      ...o,
    },
    asOf,
  );
}

describe("external learning", () => {
  it("counts only once L&D approves it, then appears in the learner's history", async () => {
    const me = await learner();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const declared = await declaration(me);
    expect(declared.status).toBe("PENDING");
    expect((await learningHistory(me.id)).records).toEqual([]);
    expect((await listExternalForReview()).pending.map((p) => p.id)).toContain(declared.id);

    await reviewExternal(admin, { id: declared.id, decision: "approve", note: "", trainingDays: "0.5" }, asOf);

    const history = await learningHistory(me.id);
    expect(history.records).toHaveLength(1);
    expect(history.records[0]).toMatchObject({ source: "EXTERNAL", status: "COMPLETED", trainingDays: "0.5", mode: "EXTERNAL", course: expect.objectContaining({ title: "Excel: advanced formulas" }) });
    expect(history.years).toEqual([{ year: "2026", label: "2026", trainingDays: "0.5", participations: 1 }]);
    await expect(reviewExternal(admin, { id: declared.id, decision: "approve", note: "" }, asOf)).rejects.toMatchObject({ code: "ALREADY_REVIEWED" });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: me.email } });
    expect(mail.subject).toBe("Approved: Excel: advanced formulas");
  });

  it("a rejection writes nothing to the ledger and tells the learner why", async () => {
    const me = await learner();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const declared = await declaration(me);
    await reviewExternal(admin, { id: declared.id, decision: "reject", note: "The certificate names another person." }, asOf);
    expect(await db.trainingRecord.count({ where: { staffId: me.id } })).toBe(0);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: me.email } });
    expect(mail.text).toContain("The certificate names another person.");
  });

  it("accepts PDF, PNG or JPEG certificates only, judged by their bytes", async () => {
    const me = await learner();
    const text = Buffer.from("just some text, named .pdf").toString("base64");
    await expect(declaration(me, { certificate: { name: "fake.pdf", base64: text } })).rejects.toMatchObject({ field: "certificate" });
    await expect(declaration(me, { endDate: "2026-06-01", startDate: "2026-05-30" })).rejects.toMatchObject({ field: "endDate" });
    await expect(declaration(me, { trainingDays: "1,5" })).rejects.toMatchObject({ field: "trainingDays" });
  });

  it("lets the owner, L&D and auditors download the certificate, and nobody else", async () => {
    const me = await learner();
    const other = await learner();
    const auditor = await createActorWithRole(db, "AUDITOR");
    const declared = await declaration(me);
    expect((await certificateFor(me, declared.id)).type).toBe("application/pdf");
    expect((await certificateFor(auditor, declared.id)).name).toBe("certificate.pdf");
    await expect(certificateFor(other, declared.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("L&D corrections of ledger rows", () => {
  it("keeps who, when, why and the old values, and refuses a correction that changes nothing", async () => {
    const me = await learner();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const declared = await declaration(me);
    await reviewExternal(admin, { id: declared.id, decision: "approve", note: "" }, asOf);
    const [record] = (await learningHistory(me.id)).records;
    const lead = await categoryByCode(db, "LEAD");

    await correctLedgerRecord(admin, { recordId: record!.id, trainingDays: "1", categoryId: lead.id, reason: "Certificate shows a full day; it was a leadership module." });

    const history = await learningHistory(me.id);
    expect(history.records[0]).toMatchObject({ trainingDays: "1", category: expect.objectContaining({ code: "LEAD" }), revisions: 1 });
    const revisions = await recordRevisions(record!.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      actor: admin.fullName,
      reason: "Certificate shows a full day; it was a leadership module.",
      before: expect.objectContaining({ trainingDays: "0.375" }),
      after: expect.objectContaining({ trainingDays: "1", categoryId: lead.id }),
    });
    await expect(correctLedgerRecord(admin, { recordId: record!.id, trainingDays: "1", reason: "Same again" })).rejects.toMatchObject({ code: "UNCHANGED" });
    await expect(correctLedgerRecord(admin, { recordId: record!.id, endDate: "2026-03-01", reason: "End before start" })).rejects.toMatchObject({ field: "endDate" });
    await expect(correctLedgerRecord(admin, { recordId: record!.id, trainingDays: "-1", reason: "Typo" })).rejects.toMatchObject({
      field: "trainingDays",
      key: "records.trainingDaysInvalid.negative",
      message: "Training days cannot be negative (got -1).",
    });
  });
});
