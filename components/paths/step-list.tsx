import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type Tone } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { formatDays } from "~/lib/training-days";
import type { PathStepView } from "~/server/paths/learner";

const TONES: Record<PathStepView["state"], Tone> = { done: "success", next: "info", open: "neutral", locked: "neutral" };

/** The steps in order with their state (done / next / open / locked) and a way into each one that is open. */
export async function PathStepList({ steps, showStates }: { steps: PathStepView[]; showStates: boolean }) {
  const t = await getTranslations("paths");
  const locale = await getLocale();
  return (
    <ol className="space-y-3" data-testid="path-steps">
      {steps.map((s, i) => (
        <li key={s.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between" data-state={s.state}>
          <div className="min-w-0">
            <p className="text-xs font-medium text-slate-500">{t("stepNumber", { n: i + 1 })}</p>
            <h2 className="font-medium text-slate-900">{s.title}</h2>
            <p className="text-sm text-slate-600">
              {s.external ? t("externalStep", { provider: s.provider }) : t("courseStep", { days: formatDays(s.trainingDays ?? "0", locale) })}
            </p>
            {s.external && <p className="text-xs text-slate-500">{t("externalHint")}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {showStates && <Badge tone={TONES[s.state]}>{t(`state.${s.state}`)}</Badge>}
            {s.href && (!showStates || s.state !== "locked") && (
              <ButtonLink
                href={s.href}
                size="sm"
                variant={s.state === "next" ? "primary" : "secondary"}
                aria-label={t(s.external ? "openExternalLabel" : "openCourseLabel", { step: s.title })}
                {...(s.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
              >
                {s.external ? t("openExternal") : t("openCourse")}
              </ButtonLink>
            )}
            {s.external && showStates && s.state !== "done" && s.state !== "locked" && (
              <ButtonLink href={`/history?pathStep=${encodeURIComponent(s.id)}#external-declare`} size="sm" variant="secondary" aria-label={t("declareExternalLabel", { step: s.title })}>
                {t("declareExternal")}
              </ButtonLink>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
