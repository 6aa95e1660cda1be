"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { HTML_LANG, isLocale, type Locale } from "~/lib/i18n/locales";
import { SaveCourseTranslationInput } from "~/lib/schemas/courses";
import { Card, CardTitle } from "~/components/ui/card";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { fieldIds } from "~/components/courses/admin/translation-anchors";

type Pair = { base: string; text: string };

export type TranslationFormData = {
  course: { id: string; baseLocale: string; title: Pair; summary: Pair };
  editable: boolean;
  lessons: {
    id: string;
    position: number;
    kind: string;
    title: Pair;
    body: Pair;
    questions: { id: string; position: number; prompt: Pair; explanation: Pair; options: { id: string; position: number; text: Pair }[] }[];
  }[];
};

/** Lessons whose body every language needs (as missingTexts() says): readings, attestations, and any other with a body. */
const hasBody = (l: TranslationFormData["lessons"][number]) => l.kind === "READING" || l.kind === "ATTESTATION" || l.body.base.trim() !== "";
const langOf = (locale: string) => (isLocale(locale) ? HTML_LANG[locale] : locale);

/**
 * One field of the translation page: the base text, read-only, beside the field for the translation. The field is
 * labelled with its language ("Title in French"), described by the original and by its error.
 */
function TranslationField({
  id,
  name,
  label,
  pair,
  baseLocale,
  locale,
  multiline,
  rows = 3,
  disabled,
  error,
}: {
  id: string;
  name: string;
  label: string;
  pair: Pair;
  baseLocale: string;
  locale: string;
  multiline?: boolean;
  rows?: number;
  disabled?: boolean;
  error?: string;
}) {
  const t = useTranslations("courseAuthoringLanguages.editor");
  const originalId = `${id}-original`;
  const props = { name, defaultValue: pair.text, disabled, lang: langOf(locale) };
  return (
    <div className="grid gap-2 md:grid-cols-2 md:gap-4">
      <div id={originalId} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-inset ring-slate-200">
        <p className="text-xs font-medium text-slate-600">{t("original", { language: baseLocale })}</p>
        <p lang={langOf(baseLocale)} className="mt-1 whitespace-pre-wrap break-words text-slate-900">
          {pair.base.trim() ? pair.base : <span className="text-slate-600">{t("emptyOriginal")}</span>}
        </p>
      </div>
      {/* The shared field: label, the original as its description, and the error announced as it appears. */}
      <Field id={id} label={label} describedBy={originalId} error={error}>
        {(wiring) => (multiline ? <Textarea {...wiring} {...props} rows={rows} /> : <Input {...wiring} {...props} />)}
      </Field>
    </div>
  );
}

function Section({ id, title, children, field }: { id: string; title: ReactNode; children: ReactNode; field: string }) {
  return (
    <Card aria-labelledby={id}>
      <CardTitle id={id}>{title}</CardTitle>
      <div className="space-y-5" data-field={field}>
        {children}
      </div>
    </Card>
  );
}

/** The texts of a course in one language, all saved together (one transaction on the server). */
export function TranslationForm({ data, locale }: { data: TranslationFormData; locale: Locale }) {
  const t = useTranslations("courseAuthoringLanguages.editor");
  const trpc = useTRPC();
  const { course } = data;
  const base = course.baseLocale;
  // Flat indices of questions and options, as the input lists them.
  const questions = data.lessons.flatMap((l) => l.questions);
  const options = questions.flatMap((q) => q.options);
  const qIndex = new Map(questions.map((q, i) => [q.id, i]));
  const oIndex = new Map(options.map((o, i) => [o.id, i]));

  const values = (f: FormValues) => ({
    courseId: course.id,
    locale,
    course: { title: f.text("course.title"), summary: f.text("course.summary") },
    // A published version's texts are shown but not sent: its fields are disabled (and absent from the form data).
    lessons: data.editable ? data.lessons.map((l, i) => ({ id: l.id, text: { title: f.text(`lessons.${i}.text.title`), ...(hasBody(l) ? { body: f.text(`lessons.${i}.text.body`) } : {}) } })) : [],
    questions: data.editable
      ? questions.map((q, i) => ({ id: q.id, text: { prompt: f.text(`questions.${i}.text.prompt`), ...(q.explanation.base.trim() ? { explanation: f.text(`questions.${i}.text.explanation`) } : {}) } }))
      : [],
    options: data.editable ? options.map((o, i) => ({ id: o.id, text: { text: f.text(`options.${i}.text.text`) } })) : [],
  });
  const form = useFormAction({
    schema: SaveCourseTranslationInput,
    mutation: trpc.courseAuthoring.saveTranslation.mutationOptions(),
    values,
    success: (r) => `${t("saved", { count: r.changed })} ${t("stillMissing", { count: r.missing })}`,
  });
  const common = { baseLocale: base, locale };

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-6">
      <Section id="tr-course" title={t("courseSection")} field="course">
        <TranslationField {...common} id={fieldIds.courseTitle} name="course.title" label={t("field.title", { language: locale })} pair={course.title} error={form.error("course.title")} />
        <TranslationField
          {...common}
          id={fieldIds.courseSummary}
          name="course.summary"
          label={t("field.summary", { language: locale })}
          pair={course.summary}
          multiline
          error={form.error("course.summary")}
        />
      </Section>
      {data.lessons.length === 0 && <p className="text-sm text-slate-600">{t("noLessons")}</p>}
      {data.lessons.map((l, i) => (
        <Section key={l.id} id={`tr-l${l.position}`} title={t("lessonSection", { position: l.position, title: l.title.base })} field="lessons">
          <TranslationField
            {...common}
            id={fieldIds.lesson(l.position, "title")}
            name={`lessons.${i}.text.title`}
            label={t("field.lessonTitle", { position: l.position, language: locale })}
            pair={l.title}
            disabled={!data.editable}
            error={form.error(`lessons.${i}.text.title`)}
          />
          {hasBody(l) && (
            <TranslationField
              {...common}
              id={fieldIds.lesson(l.position, "body")}
              name={`lessons.${i}.text.body`}
              label={l.kind === "ATTESTATION" ? t("field.statement", { position: l.position, language: locale }) : t("field.body", { position: l.position, language: locale })}
              pair={l.body}
              multiline
              rows={l.kind === "READING" ? 10 : 3}
              disabled={!data.editable}
              error={form.error(`lessons.${i}.text.body`)}
            />
          )}
          {l.questions.map((q) => {
            const qi = qIndex.get(q.id)!;
            return (
              <div key={q.id} className="space-y-4 border-t border-slate-100 pt-4" data-field="questions">
                <h3 className="text-sm font-semibold text-slate-900">{t("questionHeading", { position: q.position })}</h3>
                <TranslationField
                  {...common}
                  id={fieldIds.question(l.position, q.position, "prompt")}
                  name={`questions.${qi}.text.prompt`}
                  label={t("field.prompt", { position: q.position, language: locale })}
                  pair={q.prompt}
                  multiline
                  rows={2}
                  disabled={!data.editable}
                  error={form.error(`questions.${qi}.text.prompt`)}
                />
                <div className="space-y-3" data-field="options">
                  {q.options.map((o) => {
                    const oi = oIndex.get(o.id)!;
                    return (
                      <TranslationField
                        {...common}
                        key={o.id}
                        id={fieldIds.option(l.position, q.position, o.position)}
                        name={`options.${oi}.text.text`}
                        label={t("field.option", { question: q.position, option: o.position, language: locale })}
                        pair={o.text}
                        disabled={!data.editable}
                        error={form.error(`options.${oi}.text.text`)}
                      />
                    );
                  })}
                </div>
                {q.explanation.base.trim() !== "" && (
                  <TranslationField
                    {...common}
                    id={fieldIds.question(l.position, q.position, "explanation")}
                    name={`questions.${qi}.text.explanation`}
                    label={t("field.explanation", { position: q.position, language: locale })}
                    pair={q.explanation}
                    multiline
                    rows={2}
                    disabled={!data.editable}
                    error={form.error(`questions.${qi}.text.explanation`)}
                  />
                )}
              </div>
            );
          })}
        </Section>
      ))}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <SubmitButton busy={form.pending}>{t("save", { language: locale })}</SubmitButton>
        <FormError message={form.formError} />
      </div>
    </form>
  );
}
