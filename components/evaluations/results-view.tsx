import { getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { share } from "~/lib/evaluations/results";
import type { EvaluationResults } from "~/server/evaluations/results";

/** A scope's results: response rate, each scale's average and 1–5 distribution, choice counts, and (L&D) comments. */
export async function ResultsView({ results }: { results: EvaluationResults }) {
  const t = await getTranslations("evaluations.admin");
  if (results.hidden) {
    return (
      <div data-testid="evaluation-results">
        <Alert tone="info">{results.responses === 0 ? t("noScope") : t("hidden", { count: results.responses })}</Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6" data-testid="evaluation-results">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label={t("summary.responses")} value={results.responses} />
        <Stat label={t("summary.requests")} value={results.requests} />
        <Stat label={t("summary.rate")} value={results.rate === null ? t("summary.noRate") : t("summary.rateValue", { rate: results.rate })} />
      </dl>
      {results.questions.map((q, i) => (
        <Card key={q.id} aria-labelledby={`result-${i}`}>
          <CardTitle id={`result-${i}`}>{q.label}</CardTitle>
          {q.kind === "scale" ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                <span className="font-medium">{t("average")}</span>{" "}
                <span className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`average-${q.id}`}>
                  {q.average === null ? t("summary.noRate") : t("averageValue", { average: q.average.toFixed(1) })}
                </span>{" "}
                <span className="text-slate-500">{t("answers", { count: q.count })}</span>
              </p>
              <ul className="space-y-1">
                {q.distribution.map((n, v) => (
                  <li key={v} className="flex items-center gap-3 text-sm">
                    <span className="w-4 text-right tabular-nums text-slate-600" aria-hidden>
                      {v + 1}
                    </span>
                    <span className="h-3 flex-1 rounded bg-slate-100" aria-hidden>
                      <span className="block h-3 rounded bg-brand-600" style={{ width: `${share(n, q.count)}%` }} />
                    </span>
                    <span className="sr-only">{t("distributionLabel", { value: v + 1, count: n, share: share(n, q.count) })}</span>
                    <span className="w-10 text-right tabular-nums text-slate-600" aria-hidden>
                      {n}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {q.options.map((o) => (
                <li key={o.value} className="flex justify-between gap-4 py-1.5">
                  <span>{o.label}</span>
                  <span className="tabular-nums text-slate-700">{t("choiceCount", { count: o.count, share: share(o.count, q.count) })}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
      {results.comments && (
        <Card aria-labelledby="result-comments">
          <CardTitle id="result-comments">{t("comments")}</CardTitle>
          <div className="space-y-5">
            {results.comments.map((c) => (
              <section key={c.id} aria-label={c.label}>
                <h3 className="mb-2 text-sm font-medium text-slate-800">{c.label}</h3>
                {c.texts.length === 0 ? (
                  <p className="text-sm text-slate-500">{t("noComments")}</p>
                ) : (
                  <ul className="space-y-2 text-sm text-slate-700">
                    {c.texts.map((text, j) => (
                      <li key={j} className="whitespace-pre-line rounded-md bg-slate-50 p-3 break-words">
                        {text}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </Card>
      )}
    </div>
  );
}
