"use client";

import { useState } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { formValues } from "~/lib/forms/form-values";
import { DeclareExternalInput, MAX_CERTIFICATE_BYTES } from "~/lib/schemas/records";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { CategorySelect } from "~/components/courses/category-select";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A learner declares a course taken elsewhere with its certificate; it counts once L&D approves it. */
export function ExternalForm({ categories, today }: { categories: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("enrolment.external");
  const trpc = useTRPC();
  const [fileError, setFileError] = useState<string | null>(null);
  // Declared from a learning path's external step (/history?pathStep=…): approval completes that step.
  const pathStepId = useSearchParams().get("pathStep") ?? undefined;
  const tp = useTranslations("paths");
  const declare = useFormAction({ schema: DeclareExternalInput, mutation: trpc.records.declareExternal.mutationOptions(), success: t("sent"), resetOnSuccess: true });

  // The certificate is read as base64 before the one form layer validates and sends it.
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const element = e.currentTarget;
    const f = formValues(new FormData(element));
    const file = (element.elements.namedItem("certificate") as HTMLInputElement | null)?.files?.[0];
    setFileError(file && file.size > MAX_CERTIFICATE_BYTES ? t("tooLarge") : null);
    if (file && file.size > MAX_CERTIFICATE_BYTES) return;
    const raw = {
      ...Object.fromEntries(["title", "provider", "categoryId", "startDate", "endDate", "trainingDays", "description"].map((k) => [k, f.text(k)])),
      certificate: { name: file?.name ?? "", base64: file ? await toBase64(file) : "" },
      ...(pathStepId ? { pathStepId } : {}),
    };
    await declare.submit(raw, element);
  }
  // A missing or unreadable file is one message at the file field; the server's own refusal keeps its words.
  const certificateError = fileError ?? declare.errors.certificate ?? (declare.error("certificate") ? t("attach") : undefined);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      {pathStepId && <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">{tp("declaringForStep")}</p>}
      <Field label={t("titleLabel")} hint={t("titleHint")} error={declare.error("title")}>
        {(p) => <Input {...p} name="title" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("provider")} hint={t("providerHint")} error={declare.error("provider")}>
          {(p) => <Input {...p} name="provider" />}
        </Field>
        <Field label={t("category")} error={declare.error("categoryId")}>
          {(p) => <CategorySelect {...p} categories={categories} defaultValue="" prompt={t("chooseCategory")} />}
        </Field>
        <Field label={t("startDate")} error={declare.error("startDate")}>
          {(p) => <Input {...p} name="startDate" type="date" max={today} />}
        </Field>
        <Field label={t("endDate")} error={declare.error("endDate")}>
          {(p) => <Input {...p} name="endDate" type="date" max={today} />}
        </Field>
        <Field label={t("trainingDays")} hint={t("trainingDaysHint")} error={declare.error("trainingDays")}>
          {(p) => <Input {...p} name="trainingDays" inputMode="decimal" />}
        </Field>
        <Field label={t("certificate")} hint={t("certificateHint")} error={certificateError}>
          {(p) => <input {...p} name="certificate" type="file" accept="application/pdf,image/png,image/jpeg" className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium" />}
        </Field>
      </div>
      <Field label={t("description")} hint={t("descriptionHint")} error={declare.error("description")}>
        {(p) => <Textarea {...p} name="description" />}
      </Field>
      <FormError message={declare.formError} />
      <SubmitButton busy={declare.pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
