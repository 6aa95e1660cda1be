"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { PROGRESS_STATUSES, SetProgressInput } from "~/lib/schemas/programme-admin";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Cell = { componentId: string; status: string; hours: number | null; suggestedHours: number | null };

/**
 * One participant's status on one component (and hours, for coaching: prefilled with the coaching they logged within
 * the cohort's dates). Labelled with the person and the component for screen readers.
 */
export function ProgressCell({ applicationId, name, component, cell, coaching }: { applicationId: string; name: string; component: string; cell: Cell; coaching: boolean }) {
  const t = useTranslations("programmeAdmin.run");
  const trpc = useTRPC();
  const label = t("cellLabel", { name, component });
  const action = useFormAction({
    schema: SetProgressInput,
    mutation: trpc.programmeAdmin.setProgress.mutationOptions(),
    values: (f) => ({ applicationId, componentId: cell.componentId, status: f.text("status"), hours: coaching ? f.number("hours") : undefined }),
    success: t("cellSaved"),
  });
  const hours = cell.hours ?? (cell.suggestedHours ? cell.suggestedHours : undefined);
  return (
    <form onSubmit={action.onSubmit} noValidate className="flex min-w-36 flex-col gap-1" aria-label={label}>
      <Select name="status" defaultValue={cell.status} aria-label={label} className="py-1 text-xs">
        {PROGRESS_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`progress.${s}`)}
          </option>
        ))}
      </Select>
      {coaching && (
        <Input name="hours" type="number" min={0} max={500} step={0.25} defaultValue={hours} aria-label={`${label}: ${t("hours")}`} className="py-1 text-xs" />
      )}
      <SubmitButton size="sm" variant="ghost" busy={action.pending}>
        {t("saveCell")}
        <span className="sr-only"> — {label}</span>
      </SubmitButton>
      <FormError message={action.formError ?? action.error("hours") ?? null} />
    </form>
  );
}

/** Mark a participant completed, or dropped out (which gives the place to the first person waiting). */
export function OutcomeButtons({ applicationId, name, status }: { applicationId: string; name: string; status: string }) {
  const t = useTranslations("programmeAdmin.run");
  const trpc = useTRPC();
  const action = useAction(trpc.programmeAdmin.setOutcome.mutationOptions(), {
    success: (data, input) => (input.outcome === "COMPLETED" ? t("completedToast", { name }) : t("droppedToast", { name, promoted: data.promoted })),
  });
  if (status !== "SELECTED") return null;
  return (
    <div className="flex flex-wrap gap-1">
      <Button size="sm" variant="secondary" busy={action.pending} onClick={() => void action.run({ applicationId, outcome: "COMPLETED" })}>
        {t("markCompleted")}
        <span className="sr-only"> — {name}</span>
      </Button>
      <Button size="sm" variant="ghost" busy={action.pending} onClick={() => void action.run({ applicationId, outcome: "DROPPED" })}>
        {t("markDropped")}
        <span className="sr-only"> — {name}</span>
      </Button>
    </div>
  );
}

/** Marks the cohort completed after a confirmation: nothing in it changes afterwards. */
export function CompleteCohortButton({ cohortId, cohort }: { cohortId: string; cohort: string }) {
  const t = useTranslations("programmeAdmin.run");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const action = useAction(trpc.programmeAdmin.completeCohort.mutationOptions(), { success: t("completedCohortToast"), onSuccess: () => setOpen(false), errors: "inline" });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("completeCohort")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("completeTitle", { cohort })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button busy={action.pending} onClick={() => void action.run({ cohortId })}>
              {t("completeConfirm")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("completeIntro")}</p>
        <FormError message={action.error} />
      </Dialog>
    </>
  );
}
