import { useTranslations } from "next-intl";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { courseHref } from "~/lib/compliance";
import { daysBetween } from "~/lib/dates";
import { StateBadge, useDay } from "~/components/compliance/state-badge";
import { useAudienceText } from "~/components/compliance/audience-text";
import type { RequirementExplanation } from "~/server/compliance/explain";
import { TextLink } from "~/components/ui/link";

/** "Why not complete?" in plain sentences: status, why it applies, why the deadline is that day, progress, history. */
export function Explanation({ e, today }: { e: RequirementExplanation; today: string }) {
  const t = useTranslations("compliance.explain");
  const day = useDay("long");
  const audience = useAudienceText()(e.requirement);
  const course = e.requirement.course.title;
  const s = e.state;
  if (!s) {
    return (
      <Alert tone="info">{t("notApplicable", { name: e.person.fullName, audience })}</Alert>
    );
  }
  const status =
    s.state === "OVERDUE"
      ? t("stateOVERDUE", { course, date: day(s.dueOn!), days: s.daysOverdue })
      : s.state === "DUE"
        ? t("stateDUE", { course, date: day(s.dueOn!), days: daysBetween(today, s.dueOn!) })
        : s.state === "NOT_DUE_YET"
          ? t("stateNOT_DUE_YET", { course, start: day(s.startsOn), date: day(s.dueOn!) })
          : s.state === "COMPLIANT"
            ? s.validUntil
              ? t("stateCOMPLIANT", { course, date: day(s.validUntil) })
              : t("stateCOMPLIANT_FOREVER", { course, date: day(s.lastCompletedOn!) })
            : t("stateEXEMPT", { course, reason: s.exemptReason ?? "" });
  const b = e.basis;
  const basis = !b
    ? null
    : b.kind === "IN_PLACE_FIXED"
      ? t("basisIN_PLACE_FIXED", { effectiveFrom: day(b.effectiveFrom), date: day(b.dueOn) })
      : b.kind === "IN_PLACE_DAYS"
        ? t("basisIN_PLACE_DAYS", { effectiveFrom: day(b.effectiveFrom), days: b.days, date: day(b.dueOn) })
        : b.kind === "JOINED_DAYS"
          ? t("basisJOINED_DAYS", { entered: day(b.enteredOn), days: b.days, date: day(b.dueOn) })
          : b.kind === "JOINED_FIXED"
            ? t("basisJOINED_FIXED", { entered: day(b.enteredOn), date: day(b.dueOn) })
            : t("basisRECERTIFY", { completed: day(b.lastCompletedOn), months: b.validityMonths, date: day(b.dueOn) });
  const showProgress = s.state === "DUE" || s.state === "OVERDUE" || s.state === "NOT_DUE_YET";
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card aria-labelledby="explain-status">
          <CardTitle id="explain-status" action={<StateBadge state={s.state} />}>
            {t("status")}
          </CardTitle>
          <p className="text-slate-900" data-testid="explain-status">{status}</p>
          {basis && <p className="mt-2 text-sm text-slate-700">{basis}</p>}
          <p className="mt-2 text-sm text-slate-700">{t("appliesTo", { audience })}</p>
        </Card>
        {showProgress && <ProgressCard e={e} />}
      </div>
      <div className="space-y-6">
        <Card aria-labelledby="explain-history">
          <CardTitle id="explain-history">{t("history")}</CardTitle>
          {e.completions.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noHistory")}</p>
          ) : (
            <ul className="space-y-1 text-sm text-slate-800">
              {e.completions.map((c, i) => (
                <li key={`${c.endDate}-${i}`}>{t("historyItem", { date: day(c.endDate), status: c.status })}</li>
              ))}
            </ul>
          )}
        </Card>
        <ButtonLink href={courseHref(e.requirement.course.code)}>{t("openCourse")}</ButtonLink>
      </div>
    </div>
  );
}

function ProgressCard({ e }: { e: RequirementExplanation }) {
  const t = useTranslations("compliance.explain");
  const scormText = useTranslations("scormPlayer");
  const p = e.progress;
  const lines: string[] = [];
  if (p.completed) lines.push(t("progressNotStartedRetake"));
  else if (!p.started) lines.push(t("progressNotStarted"));
  else {
    lines.push(t("progressLessons", { done: p.lessonsDone, required: p.lessonsRequired }));
    if (p.missingLessons.length) {
      lines.push(t("progressMissing", { lessons: p.missingLessons.map((l) => t("missingLesson", { position: l.position, title: l.title })).join(", ") }));
    }
  }
  if (p.quiz && !p.completed) {
    const q = p.quiz;
    if (q.bestScore === null) lines.push(t("quizNone", { passMark: q.passMark }));
    else if (q.bestScore >= q.passMark) lines.push(t("quizPassed", { best: q.bestScore, passMark: q.passMark }));
    else lines.push(t("quizScore", { best: q.bestScore, passMark: q.passMark, attempts: q.attempts, max: q.maxAttempts === null ? "none" : String(q.maxAttempts) }));
  }
  // Scores SCORM lessons reported, beside the quiz's (server/scorm).
  for (const s of p.completed ? [] : (p.scormScores ?? [])) lines.push(scormText(s.percent !== null ? "scorePercent" : "scoreRaw", { position: s.position, title: s.title, percent: s.percent ?? 0, raw: s.raw ?? 0 }));
  return (
    <Card aria-labelledby="explain-progress">
      <CardTitle id="explain-progress">{t("progress")}</CardTitle>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="explain-progress">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <TextLink href={courseHref(e.requirement.course.code)}>
          {e.requirement.course.title}
        </TextLink>
      </p>
    </Card>
  );
}
