"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { CreateCohortInput, UpdateCohortInput } from "~/lib/schemas/programme-admin";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Cohort = { id: string; name: string; opensOn: string; closesOn: string; startsOn: string; endsOn: string; places: number };

/** A cohort's call dates, its own dates and its places: a new one for the programme, or an existing one to edit. */
export function CohortForm({ programmeId, cohort, disabled = false }: { programmeId: string; cohort?: Cohort; disabled?: boolean }) {
  const t = useTranslations("programmeAdmin.cohorts");
  const trpc = useTRPC();
  const read = (f: FormValues) => ({
    name: f.text("name"),
    opensOn: f.text("opensOn"),
    closesOn: f.text("closesOn"),
    startsOn: f.text("startsOn"),
    endsOn: f.text("endsOn"),
    places: f.number("places"),
  });
  const create = useFormAction({
    schema: CreateCohortInput,
    mutation: trpc.programmeAdmin.createCohort.mutationOptions(),
    values: (f) => ({ ...read(f), programmeId }),
    success: t("created"),
    resetOnSuccess: true,
  });
  const update = useFormAction({
    schema: UpdateCohortInput,
    mutation: trpc.programmeAdmin.updateCohort.mutationOptions(),
    values: (f) => ({ ...read(f), cohortId: cohort?.id ?? "" }),
    success: t("saved"),
  });
  const action = cohort ? update : create;
  return (
    <form onSubmit={action.onSubmit} noValidate className="space-y-4">
      <fieldset disabled={disabled} className="grid gap-4 sm:grid-cols-3">
        <Field label={t("name")} hint={t("nameHint")} error={action.error("name")}>
          {(p) => <Input {...p} name="name" defaultValue={cohort?.name ?? ""} required />}
        </Field>
        <Field label={t("places")} error={action.error("places")}>
          {(p) => <Input {...p} name="places" type="number" min={1} max={500} defaultValue={cohort?.places ?? 5} required />}
        </Field>
        <span className="hidden sm:block" />
        <Field label={t("opensOn")} error={action.error("opensOn")}>
          {(p) => <Input {...p} name="opensOn" type="date" defaultValue={cohort?.opensOn} required />}
        </Field>
        <Field label={t("closesOn")} error={action.error("closesOn")}>
          {(p) => <Input {...p} name="closesOn" type="date" defaultValue={cohort?.closesOn} required />}
        </Field>
        <span className="hidden sm:block" />
        <Field label={t("startsOn")} error={action.error("startsOn")}>
          {(p) => <Input {...p} name="startsOn" type="date" defaultValue={cohort?.startsOn} required />}
        </Field>
        <Field label={t("endsOn")} error={action.error("endsOn")}>
          {(p) => <Input {...p} name="endsOn" type="date" defaultValue={cohort?.endsOn} required />}
        </Field>
      </fieldset>
      <FormError message={action.formError} />
      {!disabled && (
        <SubmitButton busy={action.pending} variant={cohort ? "secondary" : "primary"}>
          {cohort ? t("save") : t("create")}
        </SubmitButton>
      )}
    </form>
  );
}
