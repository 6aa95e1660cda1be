"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { MAX_ROUND_RANKING } from "~/lib/schemas/mentoring";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { useReasonText } from "~/components/mentoring/match-reasons";

type Option = { id: string; name: string; reasons: MatchReason[] };

/** Up to five choices, 1st first; each list offers the mentors not chosen above, best suggestions first. */
export function RankingForm({ roundId, options, initial }: { roundId: string; options: Option[]; initial: string[] }) {
  const t = useTranslations("mentoring.round");
  const tc = useTranslations("common");
  const reasonText = useReasonText();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const save = useMutation(trpc.mentoring.saveRanking.mutationOptions());
  const [choices, setChoices] = useState<string[]>(() => Array.from({ length: MAX_ROUND_RANKING }, (_, i) => initial[i] ?? ""));
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(options.map((o) => [o.id, o]));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const mentorIds = choices.filter(Boolean);
    try {
      await save.mutateAsync({ roundId, mentorIds });
      setError(null);
      toast("success", mentorIds.length ? t("saved", { n: mentorIds.length }) : t("left"));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {choices.map((value, i) => {
        const taken = new Set(choices.filter((c, j) => c && j !== i));
        const chosen = value ? byId.get(value) : undefined;
        return (
          <Field key={i} label={t("choice", { rank: i + 1 })} hint={chosen ? reasonText(chosen.reasons) || undefined : undefined}>
            {(p) => (
              <Select
                {...p}
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
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" busy={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
