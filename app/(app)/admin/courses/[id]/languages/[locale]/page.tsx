import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getCourseTranslation } from "~/server/courses/translations";
import { isLocale } from "~/lib/i18n/locales";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { BackLink } from "~/components/ui/link";
import { MissingTexts } from "~/components/courses/admin/missing-texts";
import { TranslationForm } from "~/components/courses/admin/translation-form";
import { courseTitleById } from "~/server/page-titles";

type Params = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { id, locale } = await params;
  const course = await courseTitleById(await requireRole("LD_ADMIN"), id);
  const t = await getTranslations("courseAuthoringLanguages.editor");
  return { title: course && isLocale(locale) ? t("title", { course, language: locale }) : (await getTranslations("courses.admin"))("title") };
}

/** L&D translate a course into one language: each text beside its original, what is missing at the top. */
export default async function CourseTranslationPage({ params }: Params) {
  await requireRole("LD_ADMIN");
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  const data = await getCourseTranslation(id, locale);
  if (!data) notFound();
  const { course } = data;
  // The base language is the course's own text: it is edited in the course and lesson editors.
  if (locale === course.baseLocale) notFound();
  const t = await getTranslations("courseAuthoringLanguages");
  const tc = await getTranslations("courses");
  const lessonKinds = Object.fromEntries(data.lessons.map((l) => [l.id, l.kind]));
  return (
    <div className="max-w-6xl">
      <BackLink href={`/admin/courses/${id}`} label={tc("course.breadcrumb")}>
        {t("editor.back")}
      </BackLink>
      <PageHeader
        title={t("editor.title", { course: course.title.base, language: locale })}
        description={t("editor.description", { language: locale, base: course.baseLocale })}
        actions={
          <ButtonLink href={`/admin/courses/${id}/preview/1?lang=${locale}`} variant="secondary">
            {t("panel.preview", { language: locale })}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        {data.version && (data.editable ? <Alert tone="info">{t("editor.draft", { version: data.version.version })}</Alert> : <Alert tone="warning">{t("editor.readOnly", { version: data.version.version })}</Alert>)}
        {!data.offered && <Alert>{t("editor.notOffered", { language: locale })}</Alert>}
        <Card as="div">
          <MissingTexts courseId={id} locale={locale} missing={data.missing} lessonKinds={lessonKinds} headingLevel={2} />
        </Card>
        <TranslationForm data={{ course: { id: course.id, baseLocale: course.baseLocale, title: course.title, summary: course.summary }, editable: data.editable, lessons: data.lessons }} locale={locale} />
      </div>
    </div>
  );
}
