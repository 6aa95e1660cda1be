import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { audienceOptions, onlineCourseOptions } from "~/server/enrolment/audience-options";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { EnrolPeoplePanel } from "~/components/enrolment/enrol-people-panel";
import { BackLink } from "~/components/ui/link";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";

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
      <BackLink href="/admin/sessions" label={t("session.breadcrumb")}>
        {t("admin.back")}
      </BackLink>
      <PageHeader title={t("assign.title")} description={t("assign.description")} />
      <FilterBar label={t("assign.choose")} apply={t("assign.open")}>
        <FilterSelect className="w-full max-w-lg" label={t("assign.course")} name="course" value={course?.id} any={t("assign.choose")} options={courses.map((c) => ({ value: c.id, label: `${c.title} (${c.code})` }))} />
      </FilterBar>
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
