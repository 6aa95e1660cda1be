import { db } from "~/server/db";
import { createCourseFromContent } from "~/server/courses/content-import";
import { recordParticipations } from "~/server/records/ledger";
import { remoteBootcamp } from "~/lib/courses/content/remote-bootcamp";

// The remote-working bootcamp as a learning path (REMOTE-BOOTCAMP, in order): its four themes as one-hour online
// courses, published four months before asOf, and a handful of staff on it — three who finished it, three midway.
// No demo persona is enrolled (the e2e journey takes the path as the demo manager). Deterministic and quick: a few
// rows; completions go into the ledger through recordParticipations, as the player would write them.

type Person = { id: string; employeeId: string; hireDate: Date };
type Demo = Record<"LEARNER" | "MENTOR" | "MANAGER" | "LD_ADMIN" | "AUDITOR", Person>;

const DAY = 86_400_000;

export async function seedPaths(ctx: { staff: Person[]; demo: Demo; asOf: Date; log?: (line: string) => void }) {
  const started = Date.now();
  const { staff, demo, asOf } = ctx;
  const lead = await db.category.findUniqueOrThrow({ where: { code: "LEAD" }, select: { id: true } });
  const publishedAt = new Date(asOf.getTime() - 120 * DAY);

  const courses: { id: string; code: string }[] = [];
  for (const content of remoteBootcamp) {
    const existing = await db.course.findUnique({ where: { code: content.code }, select: { id: true } });
    const courseId =
      existing?.id ??
      (await db.$transaction((tx) => createCourseFromContent(tx, content, { categoryId: lead.id, ownerId: demo.LD_ADMIN.id, publishedAt }))).courseId;
    courses.push({ id: courseId, code: content.code });
  }

  const path = await db.learningPath.upsert({
    where: { code: "REMOTE-BOOTCAMP" },
    update: {},
    create: {
      code: "REMOTE-BOOTCAMP",
      title: "Remote working bootcamp",
      summary: "Four one-hour online themes for working well at a distance: tools and rules, space and routines, trust and relationships, uncertainty and resilience. Take them in order.",
      translations: {
        fr: {
          title: "Travail à distance : le programme intensif",
          summary: "Quatre thèmes en ligne d’une heure pour bien travailler à distance : outils et règles, espace et habitudes, confiance et relations, incertitude et résilience. À suivre dans l’ordre.",
        },
        zh: { title: "远程办公训练营", summary: "四个各一小时的在线主题，助您做好远程工作：工具与规则、空间与作息、信任与关系、不确定性与韧性。请按顺序学习。" },
      },
      order: "SEQUENTIAL",
      requiredSteps: null,
      status: "PUBLISHED",
      createdById: demo.LD_ADMIN.id,
      createdAt: publishedAt,
      steps: { create: courses.map((c, i) => ({ position: i + 1, kind: "COURSE" as const, courseId: c.id })) },
    },
    select: { id: true },
  });

  // Six colleagues (never a demo persona), the same ones every time: the first by employee ID hired before the launch.
  const personas = new Set(Object.values(demo).map((d) => d.id));
  const people = staff
    .filter((s) => !personas.has(s.id) && s.hireDate < publishedAt)
    .sort((a, b) => a.employeeId.localeCompare(b.employeeId))
    .slice(0, 6);
  const coursesDone = [4, 4, 4, 2, 1, 0];
  const rows = people.flatMap((p, i) =>
    courses.slice(0, coursesDone[i]).map((c, k) => {
      const day = new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate()) + (7 + i * 3 + k * 6) * DAY);
      return { staffId: p.id, courseId: c.id, categoryId: lead.id, mode: "ONLINE" as const, startDate: day, endDate: day, trainingDays: "0.125", status: "COMPLETED" as const, source: "ONLINE" as const, sourceKey: `seed-path:${p.employeeId}:${c.code}`, courseVersion: 1 };
    }),
  );
  await db.$transaction(async (tx) => {
    await recordParticipations(tx, rows);
    await tx.pathEnrolment.createMany({
      data: people.map((p, i) => {
        const enrolledAt = new Date(publishedAt.getTime() + (5 + i * 3) * DAY);
        const last = rows.filter((r) => r.staffId === p.id).at(-1);
        return {
          pathId: path.id,
          staffId: p.id,
          origin: i === 5 ? ("ADMIN" as const) : ("SELF" as const),
          enrolledAt,
          completedAt: coursesDone[i] === courses.length && last ? new Date(last.endDate.getTime() + 17 * 3_600_000) : null,
        };
      }),
      skipDuplicates: true,
    });
  });
  ctx.log?.(`Seeded learning paths: REMOTE-BOOTCAMP with ${courses.length} courses, ${people.length} enrolled (${coursesDone.filter((n) => n === courses.length).length} completed) in ${Date.now() - started} ms.`);
}
