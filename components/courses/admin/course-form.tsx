"use client";

import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { COURSE_MODES, CreateCourseInput, UpdateCourseInput, type CourseModeValue } from "~/lib/schemas/courses";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { CategorySelect } from "~/components/courses/category-select";
import { LOCALES } from "~/lib/i18n/locales";

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
  quizAttempts: number | null;
  quizWaitHours: number | null;
  lessonsBeforeQuiz: boolean;
};

/** Create (with a code) or edit a course's details, checked with the same schema the server uses. */
export function CourseForm({ courseId, initial, categories }: { courseId: string | null; initial: CourseFormValues; categories: { id: string; name: string }[] }) {
  const t = useTranslations("courses.admin");
  const tm = useTranslations("courses.mode");
  const tl = useTranslations("courseAuthoringLanguages");
  const trpc = useTRPC();
  const router = useRouter();
  const mandatoryId = useId();
  const lessonsFirstId = useId();

  // Uncontrolled fields read on submit: what was typed before the page finished loading is kept.
  const details = (f: FormValues) => ({
    title: f.text("title"),
    summary: f.text("summary"),
    categoryId: f.text("categoryId"),
    mode: f.text("mode"),
    trainingDays: f.text("trainingDays"),
    languages: f.list("languages"),
    mandatory: f.checked("mandatory"),
    validityMonths: f.number("validityMonths"),
    quizAttempts: f.number("quizAttempts"),
    quizWaitHours: f.number("quizWaitHours"),
    lessonsBeforeQuiz: f.checked("lessonsBeforeQuiz"),
  });
  const create = useFormAction({
    schema: CreateCourseInput,
    mutation: trpc.courseAuthoring.create.mutationOptions(),
    // A course is offered in the language it is written in: the base language leads its languages.
    values: (f) => ({ ...details(f), code: f.text("code"), baseLocale: f.text("baseLocale"), languages: [...new Set([f.text("baseLocale"), ...f.list("languages")])] }),
    success: (created) => t("created", { code: created.code }),
    onSuccess: (created) => router.push(`/admin/courses/${created.id}`),
    refresh: false,
  });
  const update = useFormAction({
    schema: UpdateCourseInput,
    mutation: trpc.courseAuthoring.update.mutationOptions(),
    values: (f) => ({ ...details(f), id: courseId }),
    success: t("saved"),
  });
  const form = courseId ? update : create;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      {!courseId && (
        <Field label={t("form.code")} hint={t("form.codeHint")} error={form.error("code")}>
          {(p) => <Input {...p} name="code" defaultValue={initial.code} autoComplete="off" className="uppercase" />}
        </Field>
      )}
      <Field label={t("form.title")} error={form.error("title")}>
        {(p) => <Input {...p} name="title" defaultValue={initial.title} />}
      </Field>
      <Field label={t("form.summary")} hint={t("form.summaryHint")} error={form.error("summary")}>
        {(p) => <Textarea {...p} name="summary" defaultValue={initial.summary} rows={3} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.category")} error={form.error("categoryId")}>
          {(p) => <CategorySelect {...p} categories={categories} defaultValue={initial.categoryId} prompt={t("form.chooseCategory")} />}
        </Field>
        <Field label={t("form.mode")} error={form.error("mode")}>
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
        <Field label={t("form.trainingDays")} hint={t("form.trainingDaysHint")} error={form.error("trainingDays")}>
          {(p) => <Input {...p} name="trainingDays" defaultValue={initial.trainingDays} inputMode="decimal" />}
        </Field>
        <Field label={t("form.validityMonths")} hint={t("form.validityHint")} error={form.error("validityMonths")}>
          {(p) => <Input {...p} name="validityMonths" defaultValue={initial.validityMonths ?? ""} inputMode="numeric" />}
        </Field>
      </div>
      {!courseId && (
        <Field label={tl("create.baseLocale")} hint={tl("create.baseLocaleHint")} error={form.error("baseLocale")}>
          {(p) => (
            <Select {...p} name="baseLocale" defaultValue="en">
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {tl("language", { language: l })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field label={t("form.languages")} hint={t("form.languagesHint")} error={form.error("languages")}>
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
      <fieldset className="space-y-4 border-t border-slate-100 pt-4">
        <legend className="text-sm font-semibold text-slate-900">{t("form.quizRules")}</legend>
        <p className="text-xs text-slate-500">{t("form.quizRulesHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("form.quizAttempts")} hint={t("form.quizAttemptsHint")} error={form.error("quizAttempts")}>
            {(p) => <Input {...p} name="quizAttempts" defaultValue={initial.quizAttempts ?? ""} inputMode="numeric" />}
          </Field>
          <Field label={t("form.quizWaitHours")} hint={t("form.quizWaitHoursHint")} error={form.error("quizWaitHours")}>
            {(p) => <Input {...p} name="quizWaitHours" defaultValue={initial.quizWaitHours ?? ""} inputMode="numeric" />}
          </Field>
        </div>
        <div className="flex items-start gap-3">
          <input
            id={lessonsFirstId}
            type="checkbox"
            name="lessonsBeforeQuiz"
            defaultChecked={initial.lessonsBeforeQuiz}
            aria-describedby={`${lessonsFirstId}-hint`}
            className="mt-0.5 size-4 accent-brand-600"
          />
          <div>
            <label htmlFor={lessonsFirstId} className="text-sm font-medium text-slate-800">
              {t("form.lessonsBeforeQuiz")}
            </label>
            <p id={`${lessonsFirstId}-hint`} className="text-xs text-slate-500">
              {t("form.lessonsBeforeQuizHint")}
            </p>
          </div>
        </div>
      </fieldset>
      <FormError message={form.formError} />
      <SubmitButton busy={form.pending}>{courseId ? t("form.saveDetails") : t("create")}</SubmitButton>
    </form>
  );
}
