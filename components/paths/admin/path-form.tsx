"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreatePathInput, UpdatePathInput } from "~/lib/schemas/paths";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Existing = { id: string; code: string; title: string; summary: string; order: "SEQUENTIAL" | "FREE"; requiredSteps: number | null };

/** Create a path (with its code), or edit one's title, summary, order and completion rule. */
export function PathForm({ path }: { path?: Existing }) {
  const t = useTranslations("paths.admin");
  const trpc = useTRPC();
  const router = useRouter();
  const create = useFormAction({
    schema: CreatePathInput,
    mutation: trpc.paths.create.mutationOptions(),
    values: (f) => ({ code: f.text("code"), title: f.text("title"), summary: f.text("summary"), order: f.text("order"), requiredSteps: f.text("requiredSteps") }),
    success: t("createdToast"),
    refresh: false,
    onSuccess: (created) => router.push(`/admin/paths/${created.code}`),
  });
  const update = useFormAction({
    schema: UpdatePathInput,
    mutation: trpc.paths.update.mutationOptions(),
    values: (f) => ({ pathId: path?.id, title: f.text("title"), summary: f.text("summary"), order: f.text("order"), requiredSteps: f.text("requiredSteps") }),
    success: t("savedToast"),
  });
  const action = path ? update : create;
  return (
    <form onSubmit={action.onSubmit} className="space-y-4" noValidate>
      {!path && (
        <Field label={t("code")} hint={t("codeHint")} error={action.error("code")}>
          {(p) => <Input {...p} name="code" required maxLength={32} autoCapitalize="characters" />}
        </Field>
      )}
      <Field label={t("pathTitle")} error={action.error("title")}>
        {(p) => <Input {...p} name="title" required maxLength={200} defaultValue={path?.title} />}
      </Field>
      <Field label={t("summary")} error={action.error("summary")}>
        {(p) => <Textarea {...p} name="summary" rows={3} maxLength={2000} defaultValue={path?.summary} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("order")} error={action.error("order")}>
          {(p) => (
            <Select {...p} name="order" defaultValue={path?.order ?? "SEQUENTIAL"}>
              <option value="SEQUENTIAL">{t("orderSequential")}</option>
              <option value="FREE">{t("orderFree")}</option>
            </Select>
          )}
        </Field>
        <Field label={t("requiredSteps")} hint={t("requiredStepsHint")} error={action.error("requiredSteps")}>
          {(p) => <Input {...p} name="requiredSteps" type="number" min={1} max={100} inputMode="numeric" defaultValue={path?.requiredSteps ?? ""} />}
        </Field>
      </div>
      <FormError message={action.formError} />
      <SubmitButton busy={action.pending}>{path ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
