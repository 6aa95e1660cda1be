import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import { hasRole, type Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { sumDays } from "~/lib/training-days";
import { MAX_CERTIFICATE_BYTES, type DeclareExternalInput, type ReviewExternalInput } from "~/lib/schemas/records";
import { parseDaysInput, recordParticipation } from "~/server/records/ledger";
import { queueEnrolmentMails } from "~/server/enrolment/mail";

/** The certificate's real type from its first bytes (the browser's type and the file name are the uploader's word). */
export function sniffCertificate(bytes: Uint8Array): "application/pdf" | "image/png" | "image/jpeg" | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}

function days(text: string, field = "trainingDays"): string {
  const value = parseDaysInput(text, field);
  if (value === "0") throw new AppError("INVALID", "records.trainingDaysZero", {}, { field });
  return value;
}

/** A learner declares learning done outside Pathway, with its certificate; it counts once L&D approves it. */
export async function declareExternal(actor: Pick<Actor, "id">, input: DeclareExternalInput, asOf: Date = new Date()) {
  const trainingDays = days(input.trainingDays);
  if (input.endDate > toIsoDate(asOf)) throw new AppError("INVALID", "records.external.endInFuture", {}, { field: "endDate" });
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true, retiredAt: true } });
  if (!category || category.retiredAt) throw new AppError("INVALID", "records.external.categoryNotOffered", {}, { field: "categoryId" });
  const bytes = Uint8Array.from(Buffer.from(input.certificate.base64, "base64"));
  if (bytes.length === 0) throw new AppError("INVALID", "records.external.certificateMissing", {}, { field: "certificate" });
  if (bytes.length > MAX_CERTIFICATE_BYTES) throw new AppError("INVALID", "records.external.certificateTooLarge", {}, { field: "certificate" });
  const type = sniffCertificate(bytes);
  if (!type) throw new AppError("INVALID", "records.external.certificateType", {}, { field: "certificate" });
  if (input.pathStepId) {
    const step = await db.pathStep.findUnique({ where: { id: input.pathStepId }, select: { kind: true } });
    if (!step || step.kind !== "EXTERNAL") throw new AppError("INVALID", "paths.stepNotFound");
  }
  return db.externalLearning.create({
    data: {
      staffId: actor.id,
      title: input.title,
      provider: input.provider,
      categoryId: category.id,
      startDate: parseIsoDate(input.startDate),
      endDate: parseIsoDate(input.endDate),
      trainingDays,
      description: input.description,
      certificateName: input.certificate.name.replace(/[\\/\r\n"]/g, "_"),
      certificateType: type,
      certificateSize: bytes.length,
      certificateSha256: createHash("sha256").update(bytes).digest("hex"),
      certificate: bytes,
      pathStepId: input.pathStepId ?? null,
    },
    select: { id: true, status: true },
  });
}

const LIST_SELECT = {
  id: true,
  title: true,
  provider: true,
  startDate: true,
  endDate: true,
  trainingDays: true,
  description: true,
  certificateName: true,
  certificateSize: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  category: { select: { id: true, name: true } },
  reviewedBy: { select: { fullName: true } },
} satisfies Prisma.ExternalLearningSelect;

function present(r: Prisma.ExternalLearningGetPayload<{ select: typeof LIST_SELECT }>) {
  return { ...r, trainingDays: sumDays([r.trainingDays]), startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate), reviewedBy: r.reviewedBy?.fullName ?? null };
}

export async function listMyExternal(staffId: string) {
  const rows = await db.externalLearning.findMany({ where: { staffId }, orderBy: { createdAt: "desc" }, select: LIST_SELECT });
  return rows.map(present);
}

/** L&D's queue: pending declarations oldest first, then the latest decisions. */
export async function listExternalForReview() {
  const [pending, decided] = await Promise.all([
    db.externalLearning.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: { ...LIST_SELECT, staff: { select: { employeeId: true, fullName: true, grade: true } } },
    }),
    db.externalLearning.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { reviewedAt: "desc" },
      take: 20,
      select: { ...LIST_SELECT, staff: { select: { employeeId: true, fullName: true, grade: true } } },
    }),
  ]);
  const map = (r: (typeof pending)[number]) => ({ ...present(r), staff: r.staff });
  return { pending: pending.map(map), decided: decided.map(map) };
}

/**
 * The code of the archived EXTERNAL course that stands for a title in a category: one course for everyone who declares
 * the same thing or whose platform reports it (server/imports/platform-activity.ts), so reports group
 * "LinkedIn Learning: Excel" once.
 */
export function externalCourseCode(title: string, categoryId: string): string {
  const key = title.trim().toLowerCase().replace(/\s+/g, " ");
  return `EXT-${createHash("sha1").update(`${key}|${categoryId}`).digest("hex").slice(0, 10).toUpperCase()}`;
}

/** External learning goes into the ledger against that archived course of mode EXTERNAL. */
async function externalCourse(tx: Tx, title: string, categoryId: string, trainingDays: string) {
  const code = externalCourseCode(title, categoryId);
  await tx.course.createMany({
    data: [{ code, title: title.trim(), categoryId, mode: "EXTERNAL", status: "ARCHIVED", trainingDays, summary: "External learning declared by staff and approved by L&D." }],
    skipDuplicates: true,
  });
  return tx.course.findUniqueOrThrow({ where: { code }, select: { id: true } });
}

/** L&D approves (the learning enters the ledger as COMPLETED, source EXTERNAL) or rejects with a reason; the learner is e-mailed. */
export async function reviewExternal(actor: Actor, input: ReviewExternalInput, asOf: Date = new Date()) {
  const approvedDays = input.decision === "approve" && input.trainingDays ? days(input.trainingDays) : undefined;
  return db.$transaction(async (tx) => {
    // Only a pending declaration can be decided, once: a second click or a second admin finds nothing to claim.
    const claimed = await tx.externalLearning.updateMany({
      where: { id: input.id, status: "PENDING" },
      data: { status: input.decision === "approve" ? "APPROVED" : "REJECTED", reviewedById: actor.id, reviewedAt: asOf, reviewNote: input.note || null },
    });
    if (claimed.count === 0) throw new AppError("ALREADY_REVIEWED", "records.external.alreadyReviewed");
    const x = await tx.externalLearning.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, title: true, categoryId: true, startDate: true, endDate: true, trainingDays: true, staffId: true, staff: { select: { email: true, fullName: true } } },
    });
    let credited = sumDays([x.trainingDays]);
    if (input.decision === "approve") {
      if (approvedDays) credited = approvedDays;
      const course = await externalCourse(tx, x.title, x.categoryId, credited);
      const { record } = await recordParticipation(tx, {
        staffId: x.staffId,
        courseId: course.id,
        categoryId: x.categoryId,
        mode: "EXTERNAL",
        startDate: x.startDate,
        endDate: x.endDate,
        trainingDays: credited,
        status: "COMPLETED",
        source: "EXTERNAL",
        sourceKey: `external:${x.id}`,
      });
      await tx.externalLearning.update({ where: { id: x.id }, data: { recordId: record.id, trainingDays: credited } });
    }
    await queueEnrolmentMails(tx, [
      {
        to: x.staff.email,
        template: input.decision === "approve" ? "externalApproved" : "externalRejected",
        values: { name: x.staff.fullName, title: x.title, days: credited, note: input.note ?? "", hasNote: input.note ? "yes" : "no" },
        path: "/history",
        dedupeKey: `external-reviewed:${x.id}`,
      },
    ]);
    await audit(tx, actor, `external.${input.decision}`, "ExternalLearning", x.id, { reason: input.note || undefined, data: { trainingDays: credited } });
    return { id: x.id, status: input.decision === "approve" ? "APPROVED" : "REJECTED" };
  });
}

/** The certificate file, for its owner, L&D and auditors. */
export async function certificateFor(actor: Pick<Actor, "id" | "roles">, id: string) {
  const x = await db.externalLearning.findUnique({ where: { id }, select: { staffId: true, certificate: true, certificateName: true, certificateType: true } });
  if (!x || (x.staffId !== actor.id && !hasRole(actor, "LD_ADMIN", "AUDITOR"))) throw new AppError("NOT_FOUND", "records.external.certificateNotFound");
  return { bytes: x.certificate, name: x.certificateName, type: x.certificateType };
}
