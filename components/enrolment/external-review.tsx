"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { ReviewExternalInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

/** Approve (optionally adjusting the days) or reject with a reason the learner reads. */
export function ExternalReview({ id, title, trainingDays }: { id: string; title: string; trainingDays: string }) {
  const t = useTranslations("enrolment.externalReview");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [days, setDays] = useState(trainingDays);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const review = useMutation(trpc.records.reviewExternal.mutationOptions());
  async function decide(decision: "approve" | "reject") {
    setError(null);
    const parsed = ReviewExternalInput.safeParse({ id, decision, note, trainingDays: decision === "approve" && days !== trainingDays ? days : undefined });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? null);
    try {
      await review.mutateAsync(parsed.data);
      toast("success", decision === "approve" ? t("approved", { title }) : t("rejected", { title }));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }
  return (
    <div className="grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
      <Field label={t("days")}>{(p) => <Input {...p} inputMode="decimal" value={days} onChange={(e) => setDays(e.target.value)} />}</Field>
      <Field label={t("note")} error={error}>{(p) => <Input {...p} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("notePlaceholder")} />}</Field>
      <div className="flex gap-2">
        <Button size="sm" busy={review.isPending && review.variables?.decision === "approve"} onClick={() => void decide("approve")}>
          {t("approve")}
          <span className="sr-only"> — {title}</span>
        </Button>
        <Button size="sm" variant="danger" busy={review.isPending && review.variables?.decision === "reject"} onClick={() => void decide("reject")}>
          {t("reject")}
          <span className="sr-only"> — {title}</span>
        </Button>
      </div>
    </div>
  );
}
