"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreateQuestionnaireInput } from "~/lib/schemas/evaluations";
import { Field, Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Options = { courses: { id: string; title: string; code: string }[]; categories: { id: string; name: string }[] };

/** A new questionnaire for a course or a category; it starts with the standard questions and opens for editing. */
export function QuestionnaireCreateForm({ options }: { options: Options }) {
  const t = useTranslations("evaluations.questionnaires");
  const trpc = useTRPC();
  const router = useRouter();
  const [scope, setScope] = useState<"COURSE" | "CATEGORY">("COURSE");
  const form = useFormAction({
    schema: CreateQuestionnaireInput,
    mutation: trpc.evaluations.createQuestionnaire.mutationOptions(),
    values: (f) => ({ name: f.text("name"), scope: f.text("scope"), courseId: f.optional("courseId"), categoryId: f.optional("categoryId") }),
    success: t("created"),
    refresh: false,
    onSuccess: (data) => router.push(`/admin/evaluations/questionnaires/${data.id}`),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="new-questionnaire" className="space-y-4 rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200">
      <h2 id="new-questionnaire" className="text-base font-semibold text-slate-900">
        {t("create")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("name")} error={form.error("name")}>
          {(p) => <Input {...p} name="name" maxLength={120} required />}
        </Field>
        <Field label={t("scope")} error={form.error("scope")}>
          {(p) => (
            <Select {...p} name="scope" value={scope} onChange={(e) => setScope(e.target.value as "COURSE" | "CATEGORY")}>
              <option value="COURSE">{t("scopeKind.COURSE")}</option>
              <option value="CATEGORY">{t("scopeKind.CATEGORY")}</option>
            </Select>
          )}
        </Field>
        {scope === "COURSE" ? (
          <Field label={t("course")} error={form.error("courseId")}>
            {(p) => (
              <Select {...p} name="courseId" defaultValue="">
                <option value="">{t("choose")}</option>
                {options.courses.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <Field label={t("category")} error={form.error("categoryId")}>
            {(p) => (
              <Select {...p} name="categoryId" defaultValue="">
                <option value="">{t("choose")}</option>
                {options.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      </div>
      <FormError message={form.formError} />
      <SubmitButton busy={form.pending}>{t("create")}</SubmitButton>
    </form>
  );
}
