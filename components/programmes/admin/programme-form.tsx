"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { CreateProgrammeInput, UpdateProgrammeInput } from "~/lib/schemas/programme-admin";
import { STAFF_CATEGORIES, type Eligibility, type EligibilityRule, type StaffCategory } from "~/lib/programmes/eligibility-rules";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Options = { grades: string[]; dutyStations: { code: string; name: string }[] };
export type ProgrammeFormInitial = {
  id: string;
  code: string;
  name: string;
  summary: string;
  description: string;
  durationMonths: number;
  eligibility: Eligibility;
};

const GENDERS = ["F", "M", "X"] as const;

/** The alternatives of the eligibility rule as the form reads them back: one set of rules per alternative, empty ones left out. */
function readEligibility(f: FormValues, keys: number[]): Eligibility {
  const alternatives = keys
    .map((k) => {
      const rules: EligibilityRule[] = [];
      const grades = f.all(`a${k}.grades`);
      if (grades.length) rules.push({ kind: "grade", grades });
      const categories = f.all(`a${k}.categories`) as StaffCategory[];
      if (categories.length) rules.push({ kind: "staffCategory", categories });
      const genders = f.all(`a${k}.genders`) as ("F" | "M" | "X")[];
      if (genders.length) rules.push({ kind: "gender", genders });
      const months = f.number(`a${k}.minService`);
      if (months !== null) rules.push({ kind: "minService", months });
      const codes = f.all(`a${k}.dutyStations`);
      if (codes.length) rules.push({ kind: "dutyStation", codes });
      return rules;
    })
    .filter((rules) => rules.length > 0);
  return { alternatives };
}

/** Creates or edits a programme: its text, duration and who may apply (alternatives of rules over the staff record). */
export function ProgrammeForm({ initial, options }: { initial: ProgrammeFormInitial | null; options: Options }) {
  const t = useTranslations("programmeAdmin");
  const trpc = useTRPC();
  const router = useRouter();
  const [keys, setKeys] = useState<number[]>(() => (initial?.eligibility.alternatives.length ? initial.eligibility.alternatives.map((_, i) => i) : [0]));
  const [next, setNext] = useState(keys.length);
  const read = (f: FormValues) => ({
    code: f.text("code"),
    name: f.text("name"),
    summary: f.text("summary"),
    description: f.text("description"),
    durationMonths: f.number("durationMonths"),
    eligibility: readEligibility(f, keys),
  });
  const create = useFormAction({
    schema: CreateProgrammeInput,
    mutation: trpc.programmeAdmin.create.mutationOptions(),
    values: read,
    success: t("form.created"),
    refresh: false,
    onSuccess: (data) => router.push(`/admin/programmes/${data.id}`),
  });
  const update = useFormAction({
    schema: UpdateProgrammeInput,
    mutation: trpc.programmeAdmin.update.mutationOptions(),
    values: (f) => ({ ...read(f), programmeId: initial?.id ?? "" }),
    success: t("form.saved"),
  });
  const action = initial ? update : create;
  const rulesOf = (k: number) => (initial?.eligibility.alternatives[k] ?? []) as EligibilityRule[];
  const has = (k: number, kind: EligibilityRule["kind"], value: string) => {
    const rule = rulesOf(k).find((r) => r.kind === kind);
    if (!rule) return false;
    const list = rule.kind === "grade" ? rule.grades : rule.kind === "staffCategory" ? rule.categories : rule.kind === "gender" ? rule.genders : rule.kind === "dutyStation" ? rule.codes : [];
    return (list as string[]).includes(value);
  };
  const months = (k: number) => {
    const rule = rulesOf(k).find((r) => r.kind === "minService");
    return rule?.kind === "minService" ? rule.months : undefined;
  };

  return (
    <form onSubmit={action.onSubmit} noValidate className="space-y-6">
      <Card>
        <CardTitle>{t("form.details")}</CardTitle>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("form.code")} hint={t("form.codeHint")} error={action.error("code")}>
            {(p) => <Input {...p} name="code" defaultValue={initial?.code ?? ""} required autoCapitalize="characters" />}
          </Field>
          <Field label={t("form.name")} error={action.error("name")}>
            {(p) => <Input {...p} name="name" defaultValue={initial?.name ?? ""} required />}
          </Field>
          <Field label={t("form.durationMonths")} error={action.error("durationMonths")}>
            {(p) => <Input {...p} name="durationMonths" type="number" min={1} max={60} defaultValue={initial?.durationMonths ?? 12} required />}
          </Field>
        </div>
        <div className="mt-4 space-y-4">
          <Field label={t("form.summary")} hint={t("form.summaryHint")} error={action.error("summary")}>
            {(p) => <Textarea {...p} name="summary" defaultValue={initial?.summary ?? ""} className="min-h-16" />}
          </Field>
          <Field label={t("form.description")} error={action.error("description")}>
            {(p) => <Textarea {...p} name="description" defaultValue={initial?.description ?? ""} />}
          </Field>
        </div>
      </Card>

      <Card>
        <CardTitle>{t("form.eligibility")}</CardTitle>
        <p className="mb-4 text-sm text-slate-600">{t("form.eligibilityHint")}</p>
        <div className="space-y-4" data-field="eligibility">
          {keys.map((k, i) => (
            <fieldset key={k} className="rounded-md p-4 ring-1 ring-slate-200">
              <legend className="px-1 text-sm font-semibold text-slate-900">{t("form.alternative", { number: i + 1 })}</legend>
              <p className="mb-3 text-xs text-slate-500">{t("form.anyHint")}</p>
              <Choices legend={t("form.grades")} name={`a${k}.grades`} items={options.grades.map((g) => ({ value: g, label: g, checked: has(k, "grade", g) }))} />
              <Choices
                legend={t("form.categories")}
                name={`a${k}.categories`}
                items={STAFF_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`), checked: has(k, "staffCategory", c) }))}
              />
              <Choices legend={t("form.genders")} name={`a${k}.genders`} items={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`), checked: has(k, "gender", g) }))} />
              <Choices
                legend={t("form.dutyStations")}
                name={`a${k}.dutyStations`}
                items={options.dutyStations.map((d) => ({ value: d.code, label: d.name, checked: has(k, "dutyStation", d.code) }))}
              />
              <div className="mt-3 max-w-xs">
                <Field label={t("form.minService")}>{(p) => <Input {...p} name={`a${k}.minService`} type="number" min={1} max={600} defaultValue={months(k)} />}</Field>
              </div>
              <Button variant="ghost" size="sm" className="mt-3" onClick={() => setKeys(keys.filter((x) => x !== k))}>
                {t("form.removeAlternative", { number: i + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setKeys([...keys, next]);
              setNext(next + 1);
            }}
          >
            {t("form.addAlternative")}
          </Button>
        </div>
      </Card>
      <FormError message={action.formError} />
      <SubmitButton busy={action.pending}>{initial ? t("form.save") : t("form.create")}</SubmitButton>
    </form>
  );
}

function Choices({ legend, name, items }: { legend: string; name: string; items: { value: string; label: string; checked: boolean }[] }) {
  if (items.length === 0) return null;
  return (
    <fieldset className="mt-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <label key={item.value} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
            <input type="checkbox" name={name} value={item.value} defaultChecked={item.checked} className="size-4 rounded border-slate-300" />
            {item.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
