"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { COURSE_MODES, CreateCourseInput, UpdateCourseInput, type CourseModeValue } from "~/lib/schemas/courses";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { issuesByField, serverFieldErrors } from "~/components/courses/admin/form-errors";

export type CourseFormValues = {
  code: string;
  title: string;
  summary: string;
  categoryId: string;
  mode: CourseModeValue;
  trainingDays: string;
  languages: string[];
  mandatory: boolean;
  validityMonths: number | null;
};

/** Create (with a code) or edit a course's details, checked with the same schema the server uses. */
export function CourseForm({ courseId, initial, categories }: { courseId: string | null; initial: CourseFormValues; categories: { id: string; name: string }[] }) {
  const t = useTranslations("courses.admin");
  const tm = useTranslations("courses.mode");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const create = useMutation(trpc.courseAuthoring.create.mutationOptions());
  const update = useMutation(trpc.courseAuthoring.update.mutationOptions());
  const [v, setV] = useState({ ...initial, languages: initial.languages.join(", "), validityMonths: initial.validityMonths === null ? "" : String(initial.validityMonths) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mandatoryId = useId();
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((s) => ({ ...s, [k]: e.target.value }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const values = {
      title: v.title,
      summary: v.summary,
      categoryId: v.categoryId,
      mode: v.mode,
      trainingDays: v.trainingDays,
      languages: v.languages.split(",").map((l) => l.trim()).filter(Boolean),
      mandatory: v.mandatory,
      validityMonths: v.validityMonths.trim() === "" ? null : Number(v.validityMonths),
    };
    const parsed = courseId ? UpdateCourseInput.safeParse({ ...values, id: courseId }) : CreateCourseInput.safeParse({ ...values, code: v.code });
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error));
      return;
    }
    setErrors({});
    try {
      if (courseId) {
        await update.mutateAsync(parsed.data as UpdateCourseInput);
        toast("success", t("saved"));
        router.refresh();
      } else {
        const created = await create.mutateAsync(parsed.data as CreateCourseInput);
        toast("success", t("created", { code: created.code }));
        router.push(`/admin/courses/${created.id}`);
      }
    } catch (err) {
      setErrors(serverFieldErrors(err) ?? { _: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  const languagesError = errors.languages ?? Object.entries(errors).find(([k]) => k.startsWith("languages."))?.[1];
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      {!courseId && (
        <Field label={t("form.code")} hint={t("form.codeHint")} error={errors.code}>
          {(p) => <Input {...p} value={v.code} onChange={(e) => setV((s) => ({ ...s, code: e.target.value.toUpperCase() }))} autoComplete="off" />}
        </Field>
      )}
      <Field label={t("form.title")} error={errors.title}>
        {(p) => <Input {...p} value={v.title} onChange={set("title")} />}
      </Field>
      <Field label={t("form.summary")} hint={t("form.summaryHint")} error={errors.summary}>
        {(p) => <Textarea {...p} value={v.summary} onChange={set("summary")} rows={3} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.category")} error={errors.categoryId}>
          {(p) => (
            <Select {...p} value={v.categoryId} onChange={set("categoryId")}>
              <option value="">{t("form.chooseCategory")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("form.mode")} error={errors.mode}>
          {(p) => (
            <Select {...p} value={v.mode} onChange={set("mode")}>
              {COURSE_MODES.map((m) => (
                <option key={m} value={m}>
                  {tm(m)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.trainingDays")} hint={t("form.trainingDaysHint")} error={errors.trainingDays}>
          {(p) => <Input {...p} value={v.trainingDays} onChange={set("trainingDays")} inputMode="decimal" />}
        </Field>
        <Field label={t("form.validityMonths")} hint={t("form.validityHint")} error={errors.validityMonths}>
          {(p) => <Input {...p} value={v.validityMonths} onChange={set("validityMonths")} inputMode="numeric" />}
        </Field>
      </div>
      <Field label={t("form.languages")} hint={t("form.languagesHint")} error={languagesError}>
        {(p) => <Input {...p} value={v.languages} onChange={set("languages")} />}
      </Field>
      <div className="flex items-start gap-3">
        <input
          id={mandatoryId}
          type="checkbox"
          checked={v.mandatory}
          onChange={(e) => setV((s) => ({ ...s, mandatory: e.target.checked }))}
          aria-describedby={`${mandatoryId}-hint`}
          className="mt-0.5 size-4 accent-brand-600"
        />
        <div>
          <label htmlFor={mandatoryId} className="text-sm font-medium text-slate-800">
            {t("form.mandatory")}
          </label>
          <p id={`${mandatoryId}-hint`} className="text-xs text-slate-500">
            {t("form.mandatoryHint")}
          </p>
        </div>
      </div>
      {errors._ && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errors._}
        </p>
      )}
      <Button type="submit" busy={create.isPending || update.isPending}>
        {courseId ? t("form.saveDetails") : t("create")}
      </Button>
    </form>
  );
}
