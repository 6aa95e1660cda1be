import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { courseHref } from "~/lib/compliance";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";
import type { PersonStateRow } from "~/server/compliance/dashboard";
import { TextLink } from "~/components/ui/link";

/** The learner's mandatory courses, most urgent first: state, date and a way to the course and to "why?". */
export async function MandatoryTrainingCard({ rows }: { rows: PersonStateRow[] }) {
  const t = await getTranslations("compliance.home");
  const ts = await getTranslations("compliance.state");
  return (
    <Card aria-labelledby="mandatory-title">
      <CardTitle
        id="mandatory-title"
        action={
          <ButtonLink href="/compliance" variant="secondary" size="sm">
            {t("all")}
          </ButtonLink>
        }
      >
        {t("title")}
      </CardTitle>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="mandatory-training">
          {rows.map((r) => (
            <li key={r.requirementId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3" data-course={r.courseCode}>
              <div className="min-w-0">
                <TextLink href={courseHref(r.courseCode)} className="font-medium">
                  {r.courseTitle}
                </TextLink>
                <p className="text-sm text-slate-600">
                  <StateWhen s={r} />
                </p>
              </div>
              <div className="flex items-center gap-3">
                <StateBadge state={r.state} />
                <Link
                  href={`/compliance/${r.requirementId}`}
                  className="text-sm text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
                  aria-label={t("whyLabel", { course: r.courseTitle, state: ts(r.state).toLowerCase() })}
                >
                  {t("why")}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
