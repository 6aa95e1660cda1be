"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { useAction } from "~/lib/forms/use-action";
import { MATCHING_ALGORITHMS, MatchWeightsInput, RoundRunInput } from "~/lib/schemas/mentoring";
import type { RoundPreview } from "~/server/mentoring/rounds";
import { Button } from "~/components/ui/button";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { Dialog } from "~/components/ui/dialog";
import { Alert } from "~/components/ui/alert";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { FormError } from "~/components/ui/form-error";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { useReasonText } from "~/components/mentoring/match-reasons";
import { WeightsFields, draftOf, weightsOf } from "~/components/mentoring/admin/weights-fields";

type Algorithm = (typeof MATCHING_ALGORITHMS)[number];
type Run = { roundId: string; algorithm: Algorithm; weights: MatchWeightsInput; rankedOnly: boolean };
/** Whether mentees can still rank (publishing then needs an explicit confirmation), until when, and who has not ranked. */
type RankingWindow = { open: boolean; closesOn: string; notRanked: number };

/**
 * What-if: change the algorithm and weights, preview the matching, then publish exactly what was previewed. While the
 * ranking window is open the confirmation says so, and only then is `confirmEarly` sent (the server refuses without it).
 */
export function RoundWorkbench({ initial, initialPreview, ranking }: { initial: Run; initialPreview: RoundPreview; ranking: RankingWindow }) {
  const t = useTranslations("mentoring.workbench");
  const tc = useTranslations("common");
  const format = useFormatter();
  const reasonText = useReasonText();
  const trpc = useTRPC();
  const [algorithm, setAlgorithm] = useState<Algorithm>(initial.algorithm);
  const [rankedOnly, setRankedOnly] = useState(initial.rankedOnly);
  const [draft, setDraft] = useState(draftOf(initial.weights));
  const [applied, setApplied] = useState<Run>(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [confirming, setConfirming] = useState(false);

  const preview = useQuery({
    ...trpc.mentoringAdmin.previewRound.queryOptions(applied),
    initialData: applied === initial ? initialPreview : undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const publish = useAction(trpc.mentoringAdmin.publishRound.mutationOptions(), {
    errors: "inline",
    success: (r) => t("published", { matched: r.summary.matched }),
    onSuccess: () => setConfirming(false),
  });
  const data = preview.data ?? initialPreview;
  const current = weightsOf(draft);
  const dirty =
    algorithm !== applied.algorithm ||
    rankedOnly !== applied.rankedOnly ||
    (Object.keys(MatchWeightsInput.shape) as (keyof MatchWeightsInput)[]).some((k) => current[k] !== applied.weights[k]);

  function apply(): Run | null {
    const parsed = RoundRunInput.safeParse({ roundId: initial.roundId, algorithm, rankedOnly, weights: weightsOf(draft) });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[issue.path.length - 1])] ??= t("invalidNumber");
      setErrors(next);
      return null;
    }
    setErrors({});
    setApplied(parsed.data);
    return parsed.data;
  }

  const score = (n: number | null) => (n === null ? "—" : format.number(n, { maximumFractionDigits: 2 }));

  return (
    <div className="space-y-6">
      <Card aria-labelledby="settings-title">
        <CardTitle id="settings-title">{t("settings")}</CardTitle>
        <div className="space-y-5">
          <ChoiceGroup legend={t("algorithm")} columns={2}>
            {MATCHING_ALGORITHMS.map((a) => (
              <Choice key={a} type="radio" name="algorithm" checked={algorithm === a} onChange={() => setAlgorithm(a)}>
                <span className="font-medium">{t(`algorithms.${a}`)}</span>
                <span className="block text-xs text-slate-600">{t(`algorithms.${a}_hint`)}</span>
              </Choice>
            ))}
          </ChoiceGroup>
          {algorithm === "OPTIMAL" && (
            <ChoiceGroup legend={t("scope")} columns={1}>
              <Choice name="rankedOnly" checked={rankedOnly} onChange={setRankedOnly}>
                {t("rankedOnly")}
              </Choice>
            </ChoiceGroup>
          )}
          <WeightsFields draft={draft} onChange={setDraft} errors={errors} />
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={() => apply()} busy={preview.isFetching} disabled={!dirty}>
              {t("update")}
            </Button>
            {dirty && <span className="text-sm text-amber-700">{t("dirty")}</span>}
          </div>
        </div>
      </Card>

      <section aria-labelledby="preview-title" aria-busy={preview.isFetching || undefined} className="space-y-4">
        <h2 id="preview-title" className="text-base font-semibold text-slate-900">
          {t("preview")}
        </h2>
        <FormError message={preview.error && errorMessage(preview.error, tc("somethingWentWrong"))} />
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="round-preview-figures">
          <Stat label={t("entrants")} value={data.entrants} />
          <Stat label={t("matched")} value={<span data-testid="preview-matched">{data.matched}</span>} />
          <Stat label={t("firstChoice")} value={<span data-testid="preview-first-choice">{data.firstChoice}</span>} />
          <Stat label={t("top3")} value={data.top3} />
          <Stat label={t("unmatched")} value={data.unmatched.length} />
          <Stat label={t("averageScore")} value={<span data-testid="preview-average">{score(data.averageScore)}</span>} />
        </dl>
        <p className="text-sm text-slate-600">{t("capacityLine", { mentors: data.mentors, places: data.places })}</p>
        {data.unmatched.length > 0 && (
          <Card aria-labelledby="unmatched-title">
            <CardTitle id="unmatched-title">{t("unmatchedList")}</CardTitle>
            <p className="text-sm text-slate-700">{data.unmatched.map((u) => u.name).join(", ")}</p>
            <p className="mt-2 text-xs text-slate-500">{t("unmatchedHint")}</p>
          </Card>
        )}
        {data.alreadyPaired.length > 0 && <p className="text-sm text-slate-600">{t("alreadyPaired", { names: data.alreadyPaired.map((u) => u.name).join(", ") })}</p>}
        <Table caption={t("pairs")} captionHidden={false}>
          <thead>
            <tr>
              <Th>{t("mentee")}</Th>
              <Th>{t("mentor")}</Th>
              <Th numeric>{t("choice")}</Th>
              <Th numeric>{t("score")}</Th>
              <Th>{t("why")}</Th>
            </tr>
          </thead>
          <TBody>
            {data.pairs.map((p) => (
              <tr key={p.menteeId}>
                <Td className="font-medium">{p.menteeName}</Td>
                <Td>{p.mentorName}</Td>
                <Td numeric>{p.choice ?? "—"}</Td>
                <Td numeric>{score(p.score)}</Td>
                <Td className="text-sm text-slate-600">{reasonText(p.reasons)}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </section>

      <Card aria-labelledby="publish-title">
        <CardTitle id="publish-title">{t("publishTitle")}</CardTitle>
        <p className="text-sm text-slate-600">{t("publishText")}</p>
        <div className="mt-4">
          <Button
            onClick={() => {
              publish.setError(null);
              setConfirming(true);
            }}
            disabled={dirty || preview.isFetching}
          >
            {t("publish")}
          </Button>
          {dirty && <p className="mt-2 text-sm text-amber-700">{t("previewFirst")}</p>}
        </div>
      </Card>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("confirmTitle")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {tc("cancel")}
            </Button>
            <Button busy={publish.pending} onClick={() => void publish.run({ ...applied, confirmEarly: ranking.open })}>
              {ranking.open ? t("confirmPublishEarly") : t("confirmPublish")}
            </Button>
          </>
        }
      >
        {ranking.open && (
          <Alert tone="warning">
            {t("earlyWarning", {
              date: format.dateTime(new Date(`${ranking.closesOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
              notRanked: ranking.notRanked,
            })}
          </Alert>
        )}
        <p className="text-sm text-slate-700">{t("confirmText", { matched: data.matched, unmatched: data.unmatched.length })}</p>
        <FormError message={publish.error} />
      </Dialog>
    </div>
  );
}
