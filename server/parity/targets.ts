import "server-only";
// The organisation's targets for the share of women per grade and date, set by L&D (audited before/after).
import { db } from "~/server/db";
import { audit } from "~/server/audit";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { compareGrades } from "~/lib/parity/grades";
import { SaveParityTargetInput, DeleteParityTargetInput } from "~/lib/schemas/parity";

export interface ParityTargetView {
  id: string;
  grade: string;
  targetDate: IsoDate;
  womenShare: number;
  note: string;
}

const select = { id: true, grade: true, targetDate: true, womenShare: true, note: true } as const;
type Row = { id: string; grade: string; targetDate: Date; womenShare: unknown; note: string };
const view = (r: Row): ParityTargetView => ({ id: r.id, grade: r.grade, targetDate: toIsoDate(r.targetDate), womenShare: Number(r.womenShare), note: r.note });
const snapshot = (t: ParityTargetView) => ({ grade: t.grade, targetDate: t.targetDate, womenShare: t.womenShare });

/** Every target, by date then grade in the report's order. */
export async function listParityTargets(): Promise<ParityTargetView[]> {
  const rows = await db.parityTarget.findMany({ select });
  return rows.map(view).sort((a, b) => (a.targetDate !== b.targetDate ? (a.targetDate < b.targetDate ? -1 : 1) : compareGrades(a.grade, b.grade)));
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/**
 * Adds a target (no id) or changes one; a second target for the same grade and date is refused (CONFLICT). Saving
 * the same values again changes nothing and audits nothing (a double click).
 */
export async function saveParityTarget(actor: Pick<Actor, "id">, input: SaveParityTargetInput): Promise<ParityTargetView> {
  const v = SaveParityTargetInput.parse(input);
  const data = { grade: v.grade, targetDate: new Date(`${v.targetDate}T00:00:00Z`), womenShare: v.womenShare.toFixed(2), note: v.note };
  try {
    return await db.$transaction(async (tx) => {
      if (!v.id) {
        const existing = await tx.parityTarget.findUnique({ where: { grade_targetDate: { grade: v.grade, targetDate: data.targetDate } }, select });
        if (existing) {
          const same = view(existing);
          if (same.womenShare === v.womenShare && same.note === v.note) return same;
          throw new AppError("CONFLICT", "parity.targetExists", { grade: v.grade, date: v.targetDate }, { field: "grade" });
        }
        const created = view(await tx.parityTarget.create({ data: { ...data, setById: actor.id }, select }));
        await audit(tx, actor, "parity.target.create", "ParityTarget", created.id, { before: null, after: snapshot(created) });
        return created;
      }
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ParityTarget" WHERE id = ${v.id} FOR UPDATE`;
      const before = locked ? await tx.parityTarget.findUnique({ where: { id: v.id }, select }) : null;
      if (!before) throw new AppError("NOT_FOUND", "parity.targetNotFound");
      const b = view(before);
      if (b.grade === v.grade && b.targetDate === v.targetDate && b.womenShare === v.womenShare && b.note === v.note) return b;
      const after = view(await tx.parityTarget.update({ where: { id: v.id }, data: { ...data, setById: actor.id }, select }));
      await audit(tx, actor, "parity.target.update", "ParityTarget", after.id, { before: snapshot(b), after: snapshot(after) });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "parity.targetExists", { grade: v.grade, date: v.targetDate }, { field: "grade", cause: error });
    throw error;
  }
}

/** Removes a target; removing one already gone is not an error (a retry), and audits nothing. */
export async function deleteParityTarget(actor: Pick<Actor, "id">, input: { id: string }): Promise<{ deleted: boolean }> {
  const { id } = DeleteParityTargetInput.parse(input);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ParityTarget" WHERE id = ${id} FOR UPDATE`;
    if (!locked) return { deleted: false };
    const before = view((await tx.parityTarget.findUnique({ where: { id }, select }))!);
    await tx.parityTarget.delete({ where: { id } });
    await audit(tx, actor, "parity.target.delete", "ParityTarget", id, { before: snapshot(before), after: null });
    return { deleted: true };
  });
}
