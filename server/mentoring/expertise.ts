import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { CreateExpertiseInput, RenameExpertiseInput } from "~/lib/schemas/mentoring";

const select = { id: true, name: true, retiredAt: true } as const;

/** The expertise list, A–Z; retired areas only when asked (the admin page). */
export async function listExpertise(opts: { includeRetired?: boolean } = {}) {
  const rows = await db.expertiseArea.findMany({ where: opts.includeRetired ? {} : { retiredAt: null }, select });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** The list with how many mentors offer and mentees seek each area, for L&D. */
export async function listExpertiseWithUse() {
  const rows = await db.expertiseArea.findMany({
    select: { ...select, _count: { select: { mentors: true, mentees: true } } },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, retiredAt: r.retiredAt, mentors: r._count.mentors, mentees: r._count.mentees }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

async function assertNameFree(name: string, exceptId?: string) {
  const clash = await db.expertiseArea.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("EXPERTISE_EXISTS", "mentoring.expertise.exists", { name }, { field: "name" });
}

export async function createExpertise(actor: Pick<Actor, "id">, input: CreateExpertiseInput) {
  await assertNameFree(input.name);
  return db.$transaction(async (tx) => {
    const area = await tx.expertiseArea.create({ data: { name: input.name }, select });
    await audit(tx, actor, "mentoring.expertise.create", "ExpertiseArea", area.id, { data: { name: input.name } });
    return area;
  });
}

/** Renaming changes the label everywhere at once: profiles and goals point at the area, not its name. */
export async function renameExpertise(actor: Pick<Actor, "id">, input: RenameExpertiseInput) {
  await assertNameFree(input.name, input.id);
  return db.$transaction(async (tx) => {
    const before = await tx.expertiseArea.findUnique({ where: { id: input.id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "mentoring.expertise.notFound");
    const area = await tx.expertiseArea.update({ where: { id: input.id }, data: { name: input.name }, select });
    await audit(tx, actor, "mentoring.expertise.rename", "ExpertiseArea", area.id, { data: { from: before.name, to: input.name } });
    return area;
  });
}

/** A retired area stays on the profiles that have it but is no longer offered. */
export async function setExpertiseRetired(actor: Pick<Actor, "id">, id: string, retired: boolean, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await tx.expertiseArea.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "mentoring.expertise.notFound");
    const area = await tx.expertiseArea.update({ where: { id }, data: { retiredAt: retired ? asOf : null }, select });
    await audit(tx, actor, retired ? "mentoring.expertise.retire" : "mentoring.expertise.restore", "ExpertiseArea", id);
    return area;
  });
}
