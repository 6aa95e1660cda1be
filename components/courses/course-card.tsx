import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/badge";
import { languageName } from "~/components/courses/labels";
import { durationText } from "~/components/enrolment/when";
import type { CourseModeValue } from "~/lib/schemas/courses";

export type CourseCardData = {
  code: string;
  title: string;
  summary: string;
  mode: CourseModeValue;
  trainingDays: string;
  languages: string[];
  mandatory: boolean;
  validityMonths: number | null;
  category: { name: string };
  myState: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
};

export async function CourseCard({ course }: { course: CourseCardData }) {
  const t = await getTranslations("courses");
  const duration = await durationText();
  const locale = await getLocale();
  return (
    <article className="relative flex flex-col rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200 transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <div className="flex flex-wrap items-center gap-2">
        {course.mandatory && <Badge tone="warning">{t("mandatory")}</Badge>}
        <Badge tone="info">{t(`mode.${course.mode}`)}</Badge>
        {course.myState === "IN_PROGRESS" && <Badge tone="neutral">{t("myState.IN_PROGRESS")}</Badge>}
        {course.myState === "COMPLETED" && <Badge tone="success">{t("myState.COMPLETED")}</Badge>}
      </div>
      <h2 className="mt-3 text-base font-semibold text-slate-900">
        <Link href={`/courses/${encodeURIComponent(course.code)}`} className="after:absolute after:inset-0 focus:outline-none">
          {course.title}
        </Link>
      </h2>
      <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-500">
        {course.code} · {course.category.name}
      </p>
      <p className="mt-3 line-clamp-3 flex-1 text-sm text-slate-700">{course.summary}</p>
      <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-600">
        {duration(course.trainingDays)} · {course.languages.map((l) => languageName(l, locale)).join(", ")}
        {course.validityMonths !== null && <> · {t("renewEvery", { months: course.validityMonths })}</>}
      </p>
    </article>
  );
}
