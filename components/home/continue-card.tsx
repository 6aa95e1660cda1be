import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import { courseHref } from "~/lib/compliance";
import type { ContinueItem } from "~/server/home/learner";

/** Courses in progress with the lesson the player resumes at, linked straight into it. */
export async function ContinueCard({ items }: { items: ContinueItem[] }) {
  const t = await getTranslations("home.continue");
  return (
    <Card aria-labelledby="continue-title">
      <CardTitle id="continue-title">{t("title")}</CardTitle>
      {items.length === 0 ? (
        <div className="text-sm text-slate-600">
          <p className="font-medium text-slate-900">{t("empty")}</p>
          <p className="mt-1">{t("emptyHint")}</p>
          <ButtonLink href="/courses" variant="secondary" size="sm" className="mt-3">
            {t("toCatalogue")}
          </ButtonLink>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="continue-learning">
          {items.map((c) => {
            const next = c.next ?? { position: 1, title: "" };
            return (
              <li key={c.progressId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
                <div className="min-w-0">
                  <TextLink href={courseHref(c.courseCode)} className="font-medium">
                    {c.courseTitle}
                  </TextLink>
                  <p className="text-sm text-slate-600">
                    {t("progress", { done: c.lessonsDone, total: c.lessons })}
                    {c.next && <> · {t("next", { lesson: c.next.title })}</>}
                  </p>
                  <div className="mt-1 h-1.5 w-40 max-w-full rounded-full bg-slate-100" aria-hidden>
                    <div className="h-1.5 rounded-full bg-brand-600" style={{ width: `${c.lessons ? Math.round((100 * c.lessonsDone) / c.lessons) : 0}%` }} />
                  </div>
                </div>
                <ButtonLink
                  href={`/learn/${encodeURIComponent(c.courseCode)}/${next.position}`}
                  size="sm"
                  aria-label={t("resumeLabel", { course: c.courseTitle, lesson: next.title || c.courseTitle })}
                >
                  {t("resume")}
                </ButtonLink>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
