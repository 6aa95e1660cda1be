"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { DecideInput, ReviewInput, type Decision } from "~/lib/schemas/programme-admin";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** The reviewer's own score (1–5) and note on one application; saving again changes them. */
export function ReviewForm({ applicationId, name, mine }: { applicationId: string; name: string; mine: { score: number; note: string } | null }) {
  const t = useTranslations("programmeAdmin.review");
  const trpc = useTRPC();
  const action = useFormAction({
    schema: ReviewInput,
    mutation: trpc.programmeAdmin.review.mutationOptions(),
    values: (f) => ({ applicationId, score: f.number("score"), note: f.text("note") }),
    success: t("reviewSaved"),
  });
  return (
    <form onSubmit={action.onSubmit} noValidate className="space-y-2" aria-label={t("reviewFor", { name })}>
      <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <Field label={t("score")} error={action.error("score")}>
          {(p) => (
            <Select {...p} name="score" defaultValue={mine?.score ?? ""} required>
              <option value="" disabled>
                —
              </option>
              {[1, 2, 3, 4, 5].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("note")} error={action.error("note")}>
          {(p) => <Textarea {...p} name="note" defaultValue={mine?.note ?? ""} className="min-h-10" rows={2} />}
        </Field>
      </div>
      <FormError message={action.formError} />
      <SubmitButton size="sm" variant="secondary" busy={action.pending}>
        {t("saveReview")}
      </SubmitButton>
    </form>
  );
}

type Outcome = { status: string; waitlistPosition: number | null; changed: boolean; full: boolean };

/**
 * Select / waiting list / not selected / undo for one application before publication. Selecting when the places are
 * all taken puts the person on the waiting list instead, and the toast says so. Someone who did not meet the rule is
 * selected only with a reason (a dialog asks for it).
 */
export function DecisionButtons({ applicationId, name, status, eligible }: { applicationId: string; name: string; status: string; eligible: boolean }) {
  const t = useTranslations("programmeAdmin.review");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [override, setOverride] = useState(false);
  const message = (data: Outcome, input: { decision: Decision }) => {
    if (!data.changed && !data.full) return t("unchangedToast");
    if (data.full) return t("fullToast", { name, position: data.waitlistPosition ?? 0 });
    if (input.decision === "select") return t("selectedToast", { name });
    if (input.decision === "waitlist") return t("waitlistedToast", { name, position: data.waitlistPosition ?? 0 });
    if (input.decision === "reject") return t("rejectedToast", { name });
    return t("undoneToast", { name });
  };
  const decide = useAction(trpc.programmeAdmin.decide.mutationOptions(), { success: message });
  const withReason = useFormAction({
    schema: DecideInput,
    mutation: trpc.programmeAdmin.decide.mutationOptions(),
    values: (f) => ({ applicationId, decision: "select", overrideReason: f.text("overrideReason") }),
    success: message,
    onSuccess: () => setOverride(false),
  });
  const run = (decision: Decision) => void decide.run({ applicationId, decision });
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t("actionsFor", { name })}>
      {status !== "SELECTED" && (
        <Button size="sm" busy={decide.pending} onClick={() => (eligible ? run("select") : setOverride(true))}>
          {t("select")}
          <span className="sr-only"> — {name}</span>
        </Button>
      )}
      {status !== "WAITLISTED" && (
        <Button size="sm" variant="secondary" busy={decide.pending} onClick={() => run("waitlist")}>
          {t("waitlist")}
          <span className="sr-only"> — {name}</span>
        </Button>
      )}
      {status !== "NOT_SELECTED" && (
        <Button size="sm" variant="secondary" busy={decide.pending} onClick={() => run("reject")}>
          {t("reject")}
          <span className="sr-only"> — {name}</span>
        </Button>
      )}
      {status !== "SUBMITTED" && (
        <Button size="sm" variant="ghost" busy={decide.pending} onClick={() => run("undo")}>
          {t("undo")}
          <span className="sr-only"> — {name}</span>
        </Button>
      )}
      <Dialog
        open={override}
        onClose={() => setOverride(false)}
        onSubmit={withReason.onSubmit}
        title={t("overrideTitle", { name })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOverride(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={withReason.pending}>{t("overrideConfirm")}</SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("overrideIntro")}</p>
        <Field label={t("overrideReason")} error={withReason.error("overrideReason")}>
          {(p) => <Textarea {...p} name="overrideReason" required />}
        </Field>
        <FormError message={withReason.formError} />
      </Dialog>
    </div>
  );
}

/** Publishes the selection once, after a confirmation that says who will be told what. */
export function PublishSelectionButton({ cohortId, cohort }: { cohortId: string; cohort: string }) {
  const t = useTranslations("programmeAdmin.review");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const publish = useAction(trpc.programmeAdmin.publish.mutationOptions(), {
    success: (data) => t("publishedToast", { told: data.told }),
    onSuccess: () => setOpen(false),
    errors: "inline",
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t("publish")}</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("publishTitle", { cohort })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button busy={publish.pending} onClick={() => void publish.run({ cohortId })}>
              {t("publishConfirm")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("publishIntro")}</p>
        <FormError message={publish.error} />
      </Dialog>
    </>
  );
}
