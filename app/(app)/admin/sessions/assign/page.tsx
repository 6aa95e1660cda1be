import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { audienceOptions, onlineCourseOptions } from "~/server/enrolment/audience-options";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { buttonClass } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/form";
import { EnrolPeoplePanel } from "~/components/enrolment/enrol-people-panel";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.assign");
  return { title: t("title") };
}

/** L&D enrols one person, a list or an audience in a published online course (each person once). */
export default async function AssignOnlinePage({ searchParams }: { searchParams: Promise<{ course?: string }> }) {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("enrolment");
  const sp = await searchParams;
  const [courses, choices] = await Promise.all([
    onlineCourseOptions(),
    audienceOptions(),
  ]);
  const course = courses.find((c) => c.id === sp.course);
  return (
    <>
      <nav aria-label={t("session.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/sessions" className="text-brand-700 hover:underline">
          ← {t("admin.back")}
        </Link>
      </nav>
      <PageHeader title={t("assign.title")} description={t("assign.description")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200" aria-label={t("assign.choose")}>
        <div className="w-full max-w-lg">
          <Field label={t("assign.course")}>
            {(p) => (
              <Select {...p} name="course" defaultValue={course?.id ?? ""}>
                <option value="">{t("assign.choose")}</option>
                {courses.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title} ({c.code})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("assign.open")}
        </button>
      </form>
      {course ? (
        <Card aria-labelledby="assign-people" className="max-w-3xl">
          <CardTitle id="assign-people">{t("assign.who", { course: course.title })}</CardTitle>
          <EnrolPeoplePanel target={{ kind: "course", courseId: course.id }} choices={choices} />
        </Card>
      ) : (
        <EmptyState title={t("assign.pick")} />
      )}
    </>
  );
}
