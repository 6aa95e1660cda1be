"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { MAX_ROUND_RANKING, RankingInput } from "~/lib/schemas/mentoring";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { Field, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { useReasonText } from "~/components/mentoring/match-reasons";

type Option = { id: string; name: string; reasons: MatchReason[] };

/** Up to five choices, 1st first; each list offers the mentors not chosen above, best suggestions first. */
export function RankingForm({ roundId, options, initial }: { roundId: string; options: Option[]; initial: string[] }) {
  const t = useTranslations("mentoring.round");
  const reasonText = useReasonText();
  const trpc = useTRPC();
  // Each list leaves out the mentors chosen in the others; the choices themselves are read on submit.
  const [choices, setChoices] = useState<string[]>(() => Array.from({ length: MAX_ROUND_RANKING }, (_, i) => initial[i] ?? ""));
  const byId = new Map(options.map((o) => [o.id, o]));
  const save = useFormAction({
    schema: RankingInput,
    mutation: trpc.mentoring.saveRanking.mutationOptions(),
    values: (f) => ({ roundId, mentorIds: f.all("mentorIds").filter(Boolean) }),
    success: (_, { mentorIds }) => (mentorIds.length ? t("saved", { n: mentorIds.length }) : t("left")),
  });

  return (
    <form onSubmit={save.onSubmit} noValidate className="space-y-4">
      {choices.map((value, i) => {
        const taken = new Set(choices.filter((c, j) => c && j !== i));
        const chosen = value ? byId.get(value) : undefined;
        return (
          <Field key={i} label={t("choice", { rank: i + 1 })} hint={chosen ? reasonText(chosen.reasons) || undefined : undefined}>
            {(p) => (
              <Select
                {...p}
                name="mentorIds"
                value={value}
                onChange={(e) => {
                  const next = [...choices];
                  next[i] = e.target.value;
                  setChoices(next);
                }}
              >
                <option value="">{t("noChoice")}</option>
                {options
                  .filter((o) => !taken.has(o.id))
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </Select>
            )}
          </Field>
        );
      })}
      <FormError message={save.formError ?? save.error("mentorIds")} />
      <SubmitButton busy={save.pending}>{t("save")}</SubmitButton>
    </form>
  );
}
