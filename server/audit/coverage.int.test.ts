// Every administrative change the issue lists appends exactly one audit entry: who, the action, the object, and the
// object's fields before and after. One row per change, performed through the domain function L&D's pages call.
import { describe, expect, it } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCategory as categoryRow, createCourse, createSession, createStaff, recordTraining, uniq } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { renameCategory } from "~/server/categories/categories";
import { openDraft, publishDraft, setCourseRetired } from "~/server/courses/authoring";
import { createRequirement, grantExemption, revokeExemption, setRequirementRetired, updateRequirement } from "~/server/compliance/requirements";
import { updateComplianceSettings } from "~/server/compliance/settings";
import { correctRecord } from "~/server/records/ledger";
import { createApiToken, revokeApiToken } from "~/server/api-tokens/tokens";
import { cancelSession } from "~/server/enrolment/sessions";
import { revokeCertificate } from "~/server/certificates/certificates";

const db = testDb();
const AT = new Date("2026-04-01T10:00:00Z");

const terms = { audienceKind: "EVERYONE" as const, audienceValues: [], newStaffDays: null, effectiveFrom: "2026-05-01", dueDate: null, dueAfterDays: 30, validityMonths: null, note: "" };

type Case = {
  name: string;
  /** makes the object and changes it; returns the object's id */
  change: (admin: Actor) => Promise<string>;
  expected: { action: string; entity: string; reason?: string; before?: unknown; after?: unknown };
};

const CASES: Case[] = [
  {
    name: "a category renamed",
    change: async (admin) => {
      const c = await categoryRow(db, "Ethics");
      await renameCategory(admin, { id: c.id, name: `Ethics and integrity ${c.code}` });
      return c.id;
    },
    expected: { action: "category.rename", entity: "Category", before: { name: expect.stringMatching(/^Ethics /) }, after: { name: expect.stringMatching(/^Ethics and integrity /) } },
  },
  {
    name: "a course published",
    change: async (admin) => {
      const course = await createCourse(db);
      await openDraft(admin, course.id);
      await publishDraft(admin, course.id, AT);
      return course.id;
    },
    expected: { action: "course.publish", entity: "Course", before: { status: "PUBLISHED" }, after: { status: "PUBLISHED", version: 2 } },
  },
  {
    name: "a course retired",
    change: async (admin) => {
      const course = await createCourse(db);
      await setCourseRetired(admin, course.id, true);
      return course.id;
    },
    expected: { action: "course.retire", entity: "Course", before: { status: "PUBLISHED" }, after: { status: "RETIRED" } },
  },
  {
    name: "a requirement created",
    change: async (admin) => (await createRequirement(admin, { ...terms, courseId: (await createCourse(db)).id })).id,
    expected: { action: "requirement.create", entity: "Requirement", after: { audienceKind: "EVERYONE", dueAfterDays: 30, effectiveFrom: "2026-05-01" } },
  },
  {
    name: "a requirement changed",
    change: async (admin) => {
      const r = await createRequirement(admin, { ...terms, courseId: (await createCourse(db)).id });
      await updateRequirement(admin, { ...terms, id: r.id, dueAfterDays: 60 });
      return r.id;
    },
    expected: { action: "requirement.update", entity: "Requirement", before: { dueAfterDays: 30, effectiveFrom: "2026-05-01" }, after: { dueAfterDays: 60 } },
  },
  {
    name: "a requirement retired",
    change: async (admin) => {
      const r = await createRequirement(admin, { ...terms, courseId: (await createCourse(db)).id });
      await setRequirementRetired(admin, r.id, true, AT);
      return r.id;
    },
    expected: { action: "requirement.retire", entity: "Requirement", before: { retiredAt: null }, after: { retiredAt: AT.toISOString() } },
  },
  {
    name: "an exemption granted",
    change: async (admin) => {
      const r = await createRequirement(admin, { ...terms, courseId: (await createCourse(db)).id });
      const person = await createStaff(db);
      return (await grantExemption(admin, { requirementId: r.id, staffId: person.id, reason: "On long-term leave" }, AT)).id;
    },
    expected: { action: "requirement.exempt", entity: "RequirementExemption", reason: "On long-term leave", after: { revokedAt: null, grantedAt: AT.toISOString() } },
  },
  {
    name: "an exemption withdrawn",
    change: async (admin) => {
      const r = await createRequirement(admin, { ...terms, courseId: (await createCourse(db)).id });
      const person = await createStaff(db);
      await grantExemption(admin, { requirementId: r.id, staffId: person.id, reason: "On long-term leave" }, AT);
      return (await revokeExemption(admin, { requirementId: r.id, staffId: person.id, reason: "Back at work" }, AT)).id;
    },
    expected: { action: "requirement.exemptionRevoked", entity: "RequirementExemption", reason: "Back at work", before: { revokedAt: null }, after: { revokedAt: AT.toISOString() } },
  },
  {
    name: "a training record corrected",
    change: async (admin) => {
      const person = await createStaff(db);
      const record = await recordTraining(db, { staffId: person.id, course: await createCourse(db), endDate: "2026-03-12", trainingDays: "0.5" });
      await correctRecord(admin, record.id, { trainingDays: "0.25", startDate: parseIsoDate("2026-03-11") }, "Wrong day typed");
      return record.id;
    },
    expected: {
      action: "record.correct",
      entity: "TrainingRecord",
      reason: "Wrong day typed",
      before: { startDate: "2026-03-12", trainingDays: "0.5", status: "COMPLETED" },
      after: { startDate: "2026-03-11", trainingDays: "0.25", status: "COMPLETED" },
    },
  },
  {
    name: "an API token created",
    change: async (admin) => (await createApiToken(admin, { name: `Power BI ${uniq()}` })).item.id,
    expected: { action: "apiToken.create", entity: "ApiToken", after: { name: expect.stringMatching(/^Power BI /), prefix: expect.any(String) } },
  },
  {
    name: "an API token revoked",
    change: async (admin) => {
      const { item } = await createApiToken(admin, { name: `Power BI ${uniq()}` });
      await revokeApiToken(admin, item.id, AT);
      return item.id;
    },
    expected: { action: "apiToken.revoke", entity: "ApiToken", before: { revokedAt: null }, after: { revokedAt: AT.toISOString() } },
  },
  {
    name: "a session cancelled",
    change: async (admin) => {
      const s = await createSession(db, { asOf: AT });
      await cancelSession(admin, { sessionId: s.id, reason: "The trainer is ill" }, AT);
      return s.id;
    },
    expected: { action: "session.cancel", entity: "CourseSession", reason: "The trainer is ill", before: { status: "SCHEDULED" }, after: { status: "CANCELLED" } },
  },
  {
    name: "a certificate revoked",
    change: async (admin) => {
      const person = await createStaff(db);
      const record = await recordTraining(db, { staffId: person.id, course: await createCourse(db), endDate: "2026-01-31", source: "ONLINE" });
      const cert = await db.certificate.findFirstOrThrow({ where: { trainingRecordId: record.id } });
      await revokeCertificate(admin, { certificateId: cert.id, reason: "Obtained by fraud" }, AT);
      return cert.id;
    },
    expected: { action: "certificate.revoke", entity: "Certificate", reason: "Obtained by fraud", before: { revokedAt: null }, after: { revokedAt: AT.toISOString() } },
  },
  {
    name: "the reminder settings changed",
    change: async (admin) => {
      await updateComplianceSettings(admin, { remindBeforeDays: 10, managerAfterDays: 14, escalateAfterDays: 30 });
      return "compliance.reminders";
    },
    expected: { action: "compliance.settings", entity: "Setting", after: { remindBeforeDays: 10, managerAfterDays: 14, escalateAfterDays: 30 } },
  },
];

describe("every administrative change is audited once, with before and after", () => {
  it.each(CASES)("$name", async ({ change, expected }) => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const entityId = await change(admin);
    const entries = await db.auditEntry.findMany({ where: { actorId: admin.id, action: expected.action }, orderBy: { at: "asc" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      entity: expected.entity,
      entityId,
      ...(expected.reason ? { reason: expected.reason } : {}),
      ...(expected.before ? { before: expected.before } : {}),
      ...(expected.after ? { after: expected.after } : {}),
    });
  });
});
