import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listQuizLearners } from "~/server/courses/attempt-grants";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink } from "~/components/ui/link";
import { QuizLearners } from "~/components/courses/admin/quiz-learners";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("courses.admin.attempts");
  return { title: t("title") };
}

/** L&D: who is stuck at a course's quiz, and one more attempt for them (recorded with the reason). */
export default async function QuizAttemptsPage({ params }: Params) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const data = await listQuizLearners(id);
  if (!data) notFound();
  const { course, rows } = data;
  const t = await getTranslations("courses");
  return (
    <>
      <BackLink href={`/admin/courses/${course.id}`} label={t("course.breadcrumb")}>
        {t("admin.lesson.backToCourse", { code: course.code })}
      </BackLink>
      <PageHeader
        title={t("admin.attempts.heading", { title: course.title })}
        description={
          course.quizAttempts === null
            ? t("admin.attempts.rulesUnlimited")
            : course.quizWaitHours === null
              ? t("admin.attempts.rulesAsk", { attempts: course.quizAttempts })
              : t("admin.attempts.rulesWait", { attempts: course.quizAttempts, hours: course.quizWaitHours })
        }
      />
      <QuizLearners
        rows={rows.map((r) => ({
          progressId: r.progressId,
          lessonId: r.lessonId,
          lessonTitle: r.lessonTitle,
          staff: { fullName: r.staff.fullName, email: r.staff.email },
          cycle: r.cycle,
          attempts: r.attempts,
          bestScore: r.bestScore,
          lastAttemptAt: r.lastAttemptAt,
          state: r.window.state,
          attemptsLeft: r.window.attemptsLeft,
          opensAt: r.window.state === "waiting" ? r.window.opensAt : null,
          grants: r.grants,
        }))}
      />
    </>
  );
}
