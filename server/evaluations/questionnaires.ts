import "server-only";
import { db, type Tx } from "~/server/db";
import { audit } from "~/server/audit";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { parseFollowUp, parseQuestions, type Question } from "~/lib/evaluations/questionnaire";
import type { CreateQuestionnaireInput, UpdateQuestionnaireInput } from "~/lib/schemas/evaluations";
import { defaultQuestionnaire } from "~/server/evaluations/defaults";

/** The standard questionnaire's fixed id: written on first need, so every database has exactly one. */
export const DEFAULT_QUESTIONNAIRE_ID = "questionnaire-default";

/** Writes the standard questionnaire once (a concurrent second writer writes nothing). */
export async function ensureDefaultQuestionnaire(client: Pick<Tx, "questionnaire"> = db): Promise<void> {
  const d = defaultQuestionnaire();
  await client.questionnaire.createMany({
    data: [{ id: DEFAULT_QUESTIONNAIRE_ID, name: d.name, scope: "DEFAULT", questions: d.questions, followUp: d.followUp }],
    skipDuplicates: true,
  });
}

export type QuestionnaireRow = {
  id: string;
  name: string;
  scope: "DEFAULT" | "CATEGORY" | "COURSE";
  target: string | null;
  questionCount: number;
  requests: number;
};

/** Every questionnaire with what it applies to and how many requests used it (the standard one first). */
export async function listQuestionnaires(): Promise<QuestionnaireRow[]> {
  await ensureDefaultQuestionnaire();
  const rows = await db.questionnaire.findMany({ orderBy: [{ scope: "asc" }, { name: "asc" }], select: { id: true, name: true, scope: true, courseId: true, categoryId: true, questions: true } });
  const [courses, categories, used] = await Promise.all([
    db.course.findMany({ where: { id: { in: rows.flatMap((r) => (r.courseId ? [r.courseId] : [])) } }, select: { id: true, title: true } }),
    db.category.findMany({ where: { id: { in: rows.flatMap((r) => (r.categoryId ? [r.categoryId] : [])) } }, select: { id: true, name: true } }),
    db.evaluationRequest.groupBy({ by: ["questionnaireId"], where: { questionnaireId: { in: rows.map((r) => r.id) } }, _count: { _all: true } }),
  ]);
  const courseTitle = new Map(courses.map((c) => [c.id, c.title]));
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const usedBy = new Map(used.map((u) => [u.questionnaireId, u._count._all]));
  const order = { DEFAULT: 0, COURSE: 1, CATEGORY: 2 } as const;
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      scope: r.scope,
      target: r.scope === "COURSE" ? (courseTitle.get(r.courseId!) ?? null) : r.scope === "CATEGORY" ? (categoryName.get(r.categoryId!) ?? null) : null,
      questionCount: parseQuestions(r.questions).length,
      requests: usedBy.get(r.id) ?? 0,
    }))
    .sort((a, b) => order[a.scope] - order[b.scope] || a.name.localeCompare(b.name));
}

export async function getQuestionnaire(id: string): Promise<{ id: string; name: string; scope: string; questions: Question[] }> {
  if (id === DEFAULT_QUESTIONNAIRE_ID) await ensureDefaultQuestionnaire();
  const q = await db.questionnaire.findUnique({ where: { id }, select: { id: true, name: true, scope: true, questions: true } });
  if (!q) throw new AppError("NOT_FOUND", "evaluations.questionnaireNotFound");
  return { ...q, questions: parseQuestions(q.questions) };
}

/** The courses and categories a questionnaire may be for (the form's choices). */
export async function questionnaireFormOptions() {
  const [courses, categories] = await Promise.all([
    db.course.findMany({ where: { status: { not: "RETIRED" } }, orderBy: { title: "asc" }, select: { id: true, title: true, code: true } }),
    db.category.findMany({ where: { retiredAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { courses, categories };
}

/** A questionnaire for one course or one category, starting from the standard questions; audited. */
export async function createQuestionnaire(actor: Pick<Actor, "id">, input: CreateQuestionnaireInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const where = input.scope === "COURSE" ? { scope: "COURSE" as const, courseId: input.courseId! } : { scope: "CATEGORY" as const, categoryId: input.categoryId! };
    if (input.scope === "COURSE" && !(await tx.course.findUnique({ where: { id: input.courseId! }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "evaluations.courseNotFound", undefined, { field: "courseId" });
    }
    if (input.scope === "CATEGORY" && !(await tx.category.findUnique({ where: { id: input.categoryId! }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "evaluations.categoryNotFound", undefined, { field: "categoryId" });
    }
    // One questionnaire per course or category: serialise creators of the same target on a transaction lock.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`questionnaire:${input.courseId ?? input.categoryId}`}))`;
    if (await tx.questionnaire.findFirst({ where, select: { id: true } })) throw new AppError("CONFLICT", "evaluations.questionnaireExists");
    const d = defaultQuestionnaire();
    const created = await tx.questionnaire.create({
      data: { name: input.name, ...where, questions: d.questions, followUp: d.followUp, createdById: actor.id },
      select: { id: true },
    });
    await audit(tx, actor, "evaluations.questionnaire.create", "Questionnaire", created.id, { after: { name: input.name, scope: input.scope, courseId: input.courseId ?? null, categoryId: input.categoryId ?? null } });
    return created;
  });
}

const summary = (name: string, questions: readonly Question[]) => ({ name, questions: questions.map((q) => `${q.id}:${q.kind}${q.required ? "*" : ""}`) });

/** New name and questions (the follow-up stays); audited with the questions before and after. */
export async function updateQuestionnaire(actor: Pick<Actor, "id">, input: UpdateQuestionnaireInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; name: string; questions: unknown }[]>`SELECT id, name, questions FROM "Questionnaire" WHERE id = ${input.questionnaireId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "evaluations.questionnaireNotFound");
    await tx.questionnaire.update({ where: { id: row.id }, data: { name: input.name, questions: input.questions } });
    await audit(tx, actor, "evaluations.questionnaire.update", "Questionnaire", row.id, { before: summary(row.name, parseQuestions(row.questions)), after: summary(input.name, input.questions) });
    return { id: row.id };
  });
}

/** Deletes a questionnaire no request has used (the standard one stays); audited. */
export async function deleteQuestionnaire(actor: Pick<Actor, "id">, id: string): Promise<{ id: string }> {
  if (id === DEFAULT_QUESTIONNAIRE_ID) throw new AppError("CONFLICT", "evaluations.defaultNotDeletable");
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; name: string; scope: string }[]>`SELECT id, name, scope::text FROM "Questionnaire" WHERE id = ${id} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "evaluations.questionnaireNotFound");
    if (row.scope === "DEFAULT") throw new AppError("CONFLICT", "evaluations.defaultNotDeletable");
    if (await tx.evaluationRequest.findFirst({ where: { questionnaireId: id }, select: { id: true } })) throw new AppError("CONFLICT", "evaluations.questionnaireInUse");
    await tx.questionnaire.delete({ where: { id } });
    await audit(tx, actor, "evaluations.questionnaire.delete", "Questionnaire", id, { before: { name: row.name, scope: row.scope } });
    return { id };
  });
}

/** The questions a request asks, from its questionnaire. */
export async function questionsOf(questionnaireId: string, kind: "REACTION" | "FOLLOW_UP_LEARNER" | "FOLLOW_UP_MANAGER", client: Pick<Tx, "questionnaire"> = db): Promise<Question[]> {
  const q = await client.questionnaire.findUnique({ where: { id: questionnaireId }, select: { questions: true, followUp: true } });
  if (!q) return [];
  return kind === "REACTION" ? parseQuestions(q.questions) : kind === "FOLLOW_UP_LEARNER" ? parseFollowUp(q.followUp).learner : parseFollowUp(q.followUp).manager;
}
