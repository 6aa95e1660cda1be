import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import { parseIsoDate, toIsoDate, type IsoDate } from "~/lib/dates";
import type { AudienceKind, CreateRequirementInput, GrantExemptionInput, RevokeExemptionInput, UpdateRequirementInput } from "~/lib/schemas/compliance";

const requirementSelect = {
  id: true,
  courseId: true,
  audienceKind: true,
  audienceValues: true,
  newStaffDays: true,
  effectiveFrom: true,
  dueDate: true,
  dueAfterDays: true,
  validityMonths: true,
  note: true,
  retiredAt: true,
  createdAt: true,
  course: { select: { code: true, title: true, status: true, validityMonths: true } },
} as const;

type RequirementRecord = Prisma.RequirementGetPayload<{ select: typeof requirementSelect }>;

export type RequirementView = Omit<RequirementRecord, "effectiveFrom" | "dueDate"> & {
  effectiveFrom: IsoDate;
  dueDate: IsoDate | null;
  /** names of the departments, sectors or duty stations in audienceValues (grades are their own names) */
  audienceLabels: string[];
};

/** Names for the ids an audience lists, in one query per kind (no N+1). */
async function audienceLabels(rows: { audienceKind: AudienceKind; audienceValues: string[] }[]): Promise<Map<string, string>> {
  const wanted = (kind: AudienceKind) => [...new Set(rows.filter((r) => r.audienceKind === kind).flatMap((r) => r.audienceValues))];
  const [departments, sectors, stations] = await Promise.all([
    wanted("DEPARTMENT").length ? db.department.findMany({ where: { id: { in: wanted("DEPARTMENT") } }, select: { id: true, name: true } }) : [],
    wanted("SECTOR").length ? db.sector.findMany({ where: { id: { in: wanted("SECTOR") } }, select: { id: true, name: true } }) : [],
    wanted("DUTY_STATION").length ? db.dutyStation.findMany({ where: { id: { in: wanted("DUTY_STATION") } }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([...departments, ...sectors, ...stations].map((x) => [x.id, x.name]));
}

function toView(r: RequirementRecord, labels: Map<string, string>): RequirementView {
  return {
    ...r,
    effectiveFrom: toIsoDate(r.effectiveFrom),
    dueDate: r.dueDate ? toIsoDate(r.dueDate) : null,
    audienceLabels: r.audienceKind === "GRADE" ? r.audienceValues : r.audienceValues.map((v) => labels.get(v) ?? v),
  };
}

export async function listRequirements(opts: { includeRetired?: boolean } = {}): Promise<RequirementView[]> {
  const rows = await db.requirement.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, { course: { code: "asc" } }, { createdAt: "asc" }],
    select: requirementSelect,
  });
  const labels = await audienceLabels(rows);
  return rows.map((r) => toView(r, labels));
}

export async function getRequirement(id: string): Promise<RequirementView> {
  const r = await db.requirement.findUnique({ where: { id }, select: requirementSelect });
  if (!r) throw new AppError("NOT_FOUND", "compliance.requirementNotFound");
  return toView(r, await audienceLabels([r]));
}

/** The audience's ids must name existing departments, sectors or duty stations; grades must be grades in use. */
async function checkAudience(tx: Tx, kind: AudienceKind, values: string[]): Promise<string[]> {
  const unique = [...new Set(values)];
  if (kind === "EVERYONE" || kind === "MANAGERS" || kind === "NEW_STAFF") return [];
  const found =
    kind === "DEPARTMENT"
      ? await tx.department.count({ where: { id: { in: unique } } })
      : kind === "SECTOR"
        ? await tx.sector.count({ where: { id: { in: unique } } })
        : kind === "DUTY_STATION"
          ? await tx.dutyStation.count({ where: { id: { in: unique } } })
          : (await tx.staff.groupBy({ by: ["grade"], where: { grade: { in: unique } } })).length;
  if (found !== unique.length) {
    throw new AppError("INVALID", "compliance.unknownAudience", { kind }, { field: "audienceValues" });
  }
  return unique;
}

function termsData(input: CreateRequirementInput | UpdateRequirementInput, audienceValues: string[]) {
  return {
    audienceKind: input.audienceKind,
    audienceValues,
    newStaffDays: input.audienceKind === "NEW_STAFF" ? input.newStaffDays : null,
    effectiveFrom: parseIsoDate(input.effectiveFrom),
    dueDate: input.dueDate ? parseIsoDate(input.dueDate) : null,
    dueAfterDays: input.dueAfterDays,
    validityMonths: input.validityMonths,
    note: input.note,
  };
}

/**
 * A new requirement applies at once to everyone in its audience — existing staff included — because states are
 * computed from it, not copied per person.
 */
export async function createRequirement(actor: Pick<Actor, "id">, input: CreateRequirementInput): Promise<RequirementView> {
  const created = await db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { id: true, code: true, status: true } });
    if (!course) throw new AppError("NOT_FOUND", "courses.notFound", {}, { field: "courseId" });
    if (course.status === "RETIRED" || course.status === "ARCHIVED") {
      throw new AppError("INVALID", "compliance.courseNotOffered", { code: course.code }, { field: "courseId" });
    }
    const values = await checkAudience(tx, input.audienceKind, input.audienceValues);
    const r = await tx.requirement.create({ data: { courseId: course.id, createdById: actor.id, ...termsData(input, values) }, select: { id: true } });
    await audit(tx, actor, "requirement.create", "Requirement", r.id, { data: { ...input, audienceValues: values }, after: { ...input, course: course.code, audienceValues: values } });
    return r;
  });
  return getRequirement(created.id);
}

export async function updateRequirement(actor: Pick<Actor, "id">, input: UpdateRequirementInput): Promise<RequirementView> {
  await db.$transaction(async (tx) => {
    const before = await tx.requirement.findUnique({ where: { id: input.id }, select: { id: true, retiredAt: true } });
    if (!before) throw new AppError("NOT_FOUND", "compliance.requirementNotFound");
    if (before.retiredAt) throw new AppError("CONFLICT", "compliance.retiredNoEdit");
    const values = await checkAudience(tx, input.audienceKind, input.audienceValues);
    const previous = await tx.requirement.findUniqueOrThrow({ where: { id: input.id }, select: requirementSelect });
    await tx.requirement.update({ where: { id: input.id }, data: termsData(input, values) });
    const { id: _id, courseId: _courseId, retiredAt: _retiredAt, createdAt: _createdAt, ...was } = previous;
    await audit(tx, actor, "requirement.update", "Requirement", input.id, {
      before: { ...was, course: previous.course.code, effectiveFrom: toIsoDate(previous.effectiveFrom), dueDate: previous.dueDate ? toIsoDate(previous.dueDate) : null },
      after: { ...input, course: previous.course.code, audienceValues: values },
    });
  });
  return getRequirement(input.id);
}

/** Retiring stops a requirement from applying (nobody is due any more); history, exemptions and the ledger stay. */
export async function setRequirementRetired(actor: Pick<Actor, "id">, id: string, retired: boolean, asOf: Date = new Date()): Promise<RequirementView> {
  await db.$transaction(async (tx) => {
    const found = await tx.requirement.findUnique({ where: { id }, select: { id: true, retiredAt: true } });
    if (!found) throw new AppError("NOT_FOUND", "compliance.requirementNotFound");
    await tx.requirement.update({ where: { id }, data: { retiredAt: retired ? asOf : null } });
    await audit(tx, actor, retired ? "requirement.retire" : "requirement.restore", "Requirement", id, {
      before: { retiredAt: found.retiredAt?.toISOString() ?? null },
      after: { retiredAt: retired ? asOf.toISOString() : null },
    });
  });
  return getRequirement(id);
}

/** L&D exempts one person from one requirement, with a reason (audited); granting again replaces the reason. */
export async function grantExemption(actor: Pick<Actor, "id">, input: GrantExemptionInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const requirement = await tx.requirement.findUnique({ where: { id: input.requirementId }, select: { id: true, retiredAt: true } });
    if (!requirement) throw new AppError("NOT_FOUND", "compliance.requirementNotFound");
    if (requirement.retiredAt) throw new AppError("CONFLICT", "compliance.retiredNoExemption");
    const staff = await tx.staff.findUnique({ where: { id: input.staffId }, select: { id: true, active: true } });
    if (!staff || !staff.active) throw new AppError("NOT_FOUND", "compliance.personNotActive", {}, { field: "staffId" });
    const row = await tx.requirementExemption.upsert({
      where: { requirementId_staffId: { requirementId: input.requirementId, staffId: input.staffId } },
      create: { requirementId: input.requirementId, staffId: input.staffId, reason: input.reason, grantedById: actor.id, grantedAt: asOf },
      update: { reason: input.reason, grantedById: actor.id, grantedAt: asOf, revokedAt: null, revokedById: null },
      select: { id: true, reason: true, grantedAt: true },
    });
    await audit(tx, actor, "requirement.exempt", "RequirementExemption", row.id, {
      reason: input.reason,
      data: { requirementId: input.requirementId, staffId: input.staffId },
      after: { requirementId: input.requirementId, staffId: input.staffId, grantedAt: asOf.toISOString(), revokedAt: null },
    });
    return row;
  });
}

export async function revokeExemption(actor: Pick<Actor, "id">, input: RevokeExemptionInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await tx.requirementExemption.findUnique({
      where: { requirementId_staffId: { requirementId: input.requirementId, staffId: input.staffId } },
      select: { id: true, revokedAt: true },
    });
    if (!row || row.revokedAt) throw new AppError("NOT_FOUND", "compliance.noExemption");
    await tx.requirementExemption.update({ where: { id: row.id }, data: { revokedAt: asOf, revokedById: actor.id } });
    await audit(tx, actor, "requirement.exemptionRevoked", "RequirementExemption", row.id, {
      reason: input.reason,
      data: { requirementId: input.requirementId, staffId: input.staffId },
      before: { requirementId: input.requirementId, staffId: input.staffId, revokedAt: null },
      after: { requirementId: input.requirementId, staffId: input.staffId, revokedAt: asOf.toISOString() },
    });
    return { id: row.id };
  });
}

/** Active exemptions of a requirement, with who granted them and why. */
export async function listExemptions(requirementId: string) {
  const rows = await db.requirementExemption.findMany({
    where: { requirementId, revokedAt: null },
    orderBy: { grantedAt: "desc" },
    select: {
      id: true,
      reason: true,
      grantedAt: true,
      grantedById: true,
      staff: { select: { id: true, fullName: true, employeeId: true, department: { select: { name: true } } } },
    },
  });
  const granters = await db.staff.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.grantedById).filter((x): x is string => !!x))] } },
    select: { id: true, fullName: true },
  });
  const byId = new Map(granters.map((g) => [g.id, g.fullName]));
  return rows.map((r) => ({ ...r, grantedBy: r.grantedById ? (byId.get(r.grantedById) ?? null) : null }));
}

/** Choices for the requirement form: published and draft courses, departments, sectors, duty stations, grades in use. */
export async function requirementFormOptions() {
  const [courses, departments, sectors, dutyStations, grades] = await Promise.all([
    db.course.findMany({
      where: { status: { in: ["PUBLISHED", "DRAFT"] } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, title: true, validityMonths: true, status: true },
    }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.dutyStation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.staff.groupBy({ by: ["grade"], where: { active: true }, orderBy: { grade: "asc" } }),
  ]);
  return { courses, departments, sectors, dutyStations, grades: grades.map((g) => g.grade) };
}
