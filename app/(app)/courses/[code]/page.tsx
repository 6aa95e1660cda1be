import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { getCourseForLearner } from "~/server/courses/catalogue";
import { listCourseSessions } from "~/server/enrolment/sessions";
import { CourseSessions } from "~/components/enrolment/course-sessions";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { LessonOutline } from "~/components/courses/lesson-outline";
import { StartCourseButton } from "~/components/courses/start-course-button";
import { Prose } from "~/components/courses/prose";
import { languageName } from "~/components/courses/labels";
import { durationText } from "~/components/enrolment/when";
import { BackLink } from "~/components/ui/link";
import { courseTitleByCode } from "~/server/page-titles";
import { CourseLanguageSwitcher, htmlLang } from "~/components/courses/course-language-switcher";

type Params = { params: Promise<{ code: string }> };
type SearchParams = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Params & SearchParams) {
  const code = decodeURIComponent((await params).code);
  const rawLang = (await searchParams).lang;
  // Titled in the language the page shows the course in (?lang=, else the reader's when offered).
  const title = await courseTitleByCode(await requireActor(), code, { lang: Array.isArray(rawLang) ? rawLang[0] : rawLang, locale: await getLocale() });
  return { title: title ?? (await getTranslations("titles"))("course") };
}

export default async function CoursePage({ params, searchParams }: Params & SearchParams) {
  const actor = await requireActor();
  const { code } = await params;
  const rawLang = (await searchParams).lang;
  const locale = await getLocale();
  // The course in the language the learner switched to (?lang=), else theirs when offered, else its base language.
  const data = await getCourseForLearner(actor, decodeURIComponent(code), new Date(), { lang: Array.isArray(rawLang) ? rawLang[0] : rawLang, locale });
  if (!data) notFound();
  const t = await getTranslations("courses");
  const duration = await durationText();
  const format = await getFormatter();
  const { course, current, action, language } = data;
  // Course text in another language than the page's is marked so (screen readers switch voice).
  const textLang = language.current !== locale ? htmlLang(language.current) : undefined;
  const langQuery = language.current !== locale ? `?lang=${encodeURIComponent(language.current)}` : "";
  // A course given in sessions is taken by enrolling on one: they are listed here, not only on /sessions.
  const sessions = data.selfPaced ? [] : await listCourseSessions(actor, course.id, new Date(), localeOr(locale));
  const learnHref = (position: number) => `/learn/${encodeURIComponent(course.code)}/${position}${langQuery}`;
  const requiredTotal = data.lessons.filter((l) => l.required).length;
  const requiredDone = data.lessons.filter((l) => l.required && l.done).length;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  const primary =
    action.kind === "START" || action.kind === "RETAKE" ? (
      <StartCourseButton
        courseId={course.id}
        code={course.code}
        position={action.position!}
        retake={action.kind === "RETAKE"}
        query={langQuery}
        label={action.kind === "START" ? t("course.start") : t("course.retake")}
      />
    ) : action.kind === "RESUME" ? (
      <ButtonLink href={learnHref(action.position!)}>{t("course.resume")}</ButtonLink>
    ) : action.kind === "REVIEW" ? (
      <ButtonLink href={learnHref(action.position!)} variant="secondary">
        {t("course.review")}
      </ButtonLink>
    ) : null;

  return (
    <>
      <BackLink href="/courses" label={t("course.breadcrumb")}>
        {t("course.back")}
      </BackLink>
      <PageHeader
        title={<span lang={textLang}>{course.title}</span>}
        description={<span lang={textLang}>{course.summary}</span>}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {action.kind === "RETAKE" && (
              <ButtonLink href={learnHref(data.lessons[0]!.position)} variant="secondary">
                {t("course.review")}
              </ButtonLink>
            )}
            {primary}
          </div>
        }
      />
      <CourseLanguageSwitcher
        className="-mt-3 mb-4"
        language={language}
        hrefFor={(lang) => `/courses/${encodeURIComponent(course.code)}?lang=${encodeURIComponent(lang)}`}
      />
      <div className="mb-6 flex flex-wrap gap-2">
        {course.mandatory && <Badge tone="warning">{t("mandatory")}</Badge>}
        <Badge tone="info">{t(`mode.${course.mode}`)}</Badge>
        {current?.completedAt ? <Badge tone="success">{t("myState.COMPLETED")}</Badge> : current ? <Badge>{t("myState.IN_PROGRESS")}</Badge> : null}
      </div>
      <div className="space-y-4">
        {course.status === "RETIRED" && <Alert tone="warning">{t("course.notOffered")}</Alert>}
        {data.expired && <Alert tone="warning">{t("course.expired")}</Alert>}
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {!data.selfPaced && <CourseSessions course={course} sessions={sessions} locale={locale} />}
          {data.about.length > 0 && (
            <Card aria-labelledby="about-sessions">
              <CardTitle id="about-sessions">{t("course.aboutSessions")}</CardTitle>
              <div className="space-y-6">
                {data.about.map((a) => (
                  <div key={a.title} lang={textLang}>
                    <h3 className="mb-2 font-semibold text-slate-900">{a.title}</h3>
                    <Prose html={a.html} />
                  </div>
                ))}
              </div>
            </Card>
          )}
          {data.selfPaced && (
            <Card aria-labelledby="course-lessons">
              <CardTitle id="course-lessons" action={<span className="text-sm text-slate-600">{t("course.lessonsCount", { count: data.lessons.length })}</span>}>
                {t("course.lessons")}
              </CardTitle>
              <LessonOutline lessons={data.lessons} hrefFor={current ? learnHref : undefined} lang={textLang} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {data.selfPaced && (
            <Card aria-labelledby="course-progress">
              <CardTitle id="course-progress">{t("course.yourProgress")}</CardTitle>
              {!current ? (
                <p className="text-sm text-slate-700">{t("course.notStarted")}</p>
              ) : (
                <div className="space-y-2 text-sm text-slate-700">
                  <p>{t("course.startedOn", { date: date(current.startedAt), version: current.version })}</p>
                  {!current.completedAt && <p>{t("course.lessonsDone", { done: requiredDone, total: requiredTotal })}</p>}
                </div>
              )}
              {data.completions.length > 0 && (
                <div className="mt-4">
                  <h3 className="text-sm font-semibold text-slate-900">{t("course.completions")}</h3>
                  <ul className="mt-2 space-y-1 text-sm text-slate-700">
                    {data.completions.map((c) => (
                      <li key={c.cycle}>
                        {t("course.completedOn", { date: date(c.completedAt) })}
                        {c.validUntil && <> · {t("course.validUntil", { date: date(c.validUntil) })}</>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </Card>
          )}
          <Card aria-labelledby="course-details">
            <CardTitle id="course-details">{t("course.details")}</CardTitle>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">{t("course.code")}</dt>
              <dd className="font-mono text-slate-900">{course.code}</dd>
              <dt className="text-slate-600">{t("course.category")}</dt>
              <dd className="text-slate-900">{course.category.name}</dd>
              <dt className="text-slate-600">{t("course.mode")}</dt>
              <dd className="text-slate-900">{t(`mode.${course.mode}`)}</dd>
              <dt className="text-slate-600">{t("course.trainingDays")}</dt>
              <dd className="text-slate-900">{duration(course.trainingDays)}</dd>
              <dt className="text-slate-600">{t("course.languages")}</dt>
              <dd className="text-slate-900">{course.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
              <dt className="text-slate-600">{t("course.validity")}</dt>
              <dd className="text-slate-900">{course.validityMonths === null ? t("course.noExpiry") : t("course.validFor", { months: course.validityMonths })}</dd>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
