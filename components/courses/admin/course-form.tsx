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
import { useHydrated } from "~/components/courses/use-hydrated";

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mandatoryId = useId();
  const hydrated = useHydrated();

  // Uncontrolled fields read on submit: what was typed before the page finished loading is kept.
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    const values = {
      title: text("title"),
      summary: text("summary"),
      categoryId: text("categoryId"),
      mode: text("mode"),
      trainingDays: text("trainingDays"),
      languages: text("languages").split(",").map((l) => l.trim()).filter(Boolean),
      mandatory: f.get("mandatory") === "on",
      validityMonths: text("validityMonths").trim() === "" ? null : Number(text("validityMonths")),
    };
    const parsed = courseId ? UpdateCourseInput.safeParse({ ...values, id: courseId }) : CreateCourseInput.safeParse({ ...values, code: text("code") });
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
          {(p) => <Input {...p} name="code" defaultValue={initial.code} autoComplete="off" className="uppercase" />}
        </Field>
      )}
      <Field label={t("form.title")} error={errors.title}>
        {(p) => <Input {...p} name="title" defaultValue={initial.title} />}
      </Field>
      <Field label={t("form.summary")} hint={t("form.summaryHint")} error={errors.summary}>
        {(p) => <Textarea {...p} name="summary" defaultValue={initial.summary} rows={3} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.category")} error={errors.categoryId}>
          {(p) => (
            <Select {...p} name="categoryId" defaultValue={initial.categoryId}>
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
            <Select {...p} name="mode" defaultValue={initial.mode}>
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
          {(p) => <Input {...p} name="trainingDays" defaultValue={initial.trainingDays} inputMode="decimal" />}
        </Field>
        <Field label={t("form.validityMonths")} hint={t("form.validityHint")} error={errors.validityMonths}>
          {(p) => <Input {...p} name="validityMonths" defaultValue={initial.validityMonths ?? ""} inputMode="numeric" />}
        </Field>
      </div>
      <Field label={t("form.languages")} hint={t("form.languagesHint")} error={languagesError}>
        {(p) => <Input {...p} name="languages" defaultValue={initial.languages.join(", ")} />}
      </Field>
      <div className="flex items-start gap-3">
        <input
          id={mandatoryId}
          type="checkbox"
          name="mandatory"
          defaultChecked={initial.mandatory}
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
      <Button type="submit" busy={create.isPending || update.isPending} disabled={!hydrated}>
        {courseId ? t("form.saveDetails") : t("create")}
      </Button>
    </form>
  );
}
