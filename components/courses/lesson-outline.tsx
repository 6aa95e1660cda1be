import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "~/components/ui/cn";
import type { LessonKind } from "~/server/generated/prisma/enums";

export type OutlineLesson = { id: string; position: number; kind: LessonKind; title: string; required: boolean; done: boolean };

/**
 * The ordered lessons with done ticks; links open a lesson when the learner has started (hrefFor gives the address).
 * `lang`: the titles' language when it is not the page's (a course read in another language).
 */
export function LessonOutline({
  lessons,
  hrefFor,
  current,
  compact = false,
  lang,
}: {
  lessons: OutlineLesson[];
  hrefFor?: (position: number) => string;
  current?: number;
  compact?: boolean;
  lang?: string;
}) {
  const t = useTranslations("courses");
  return (
    <ol className={cn("divide-y divide-slate-100", compact ? "text-sm" : "")}>
      {lessons.map((l) => {
        const body = (
          <>
            <span
              aria-hidden
              className={cn(
                "grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold",
                l.done ? "bg-green-600 text-white" : "bg-slate-100 text-slate-600 ring-1 ring-inset ring-slate-300",
              )}
            >
              {l.done ? "✓" : l.position}
            </span>
            <span className="min-w-0 flex-1">
              <span lang={lang} className={cn("block font-medium text-slate-900", current === l.position && "text-brand-700")}>
                {l.title}
              </span>
              <span className="block text-xs text-slate-600">
                {t(`kind.${l.kind}`)}
                {!l.required && <> · {t("optional")}</>}
              </span>
            </span>
            <span className="sr-only">{l.done ? t("course.done") : t("course.notDone")}</span>
          </>
        );
        return (
          <li key={l.id}>
            {hrefFor ? (
              <Link
                href={hrefFor(l.position)}
                aria-current={current === l.position ? "step" : undefined}
                className={cn("flex items-center gap-3 rounded-md px-2 py-2.5 hover:bg-slate-50", current === l.position && "bg-brand-50")}
              >
                {body}
              </Link>
            ) : (
              <div className="flex items-center gap-3 px-2 py-2.5">{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
