"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { AUDIENCE_KINDS, CreateRequirementInput, LISTED_AUDIENCES, UpdateRequirementInput, type AudienceKind } from "~/lib/schemas/compliance";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type RequirementFormOptions = {
  courses: { id: string; code: string; title: string; validityMonths: number | null; status: string }[];
  departments: { id: string; name: string }[];
  sectors: { id: string; name: string }[];
  dutyStations: { id: string; name: string }[];
  grades: string[];
};

export type RequirementFormValues = {
  id?: string;
  courseId: string;
  audienceKind: AudienceKind | "";
  audienceValues: string[];
  newStaffDays: number | null;
  effectiveFrom: string;
  dueDate: string | null;
  dueAfterDays: number | null;
  validityMonths: number | null;
  note: string;
};

/** Create or edit a requirement; the same zod schema as the server puts each message next to its field. */
export function RequirementForm({ options, initial, courseLabel }: { options: RequirementFormOptions; initial: RequirementFormValues; courseLabel?: string }) {
  const t = useTranslations("compliance.requirement");
  const tk = useTranslations("compliance.audienceKind");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  // The audience kind decides which fields show; the fields themselves are read on submit.
  const [audienceKind, setAudienceKind] = useState<AudienceKind | "">(initial.audienceKind);
  const editing = !!initial.id;
  const listed = audienceKind !== "" && LISTED_AUDIENCES.includes(audienceKind);
  const values = (f: FormValues) => ({
    id: initial.id,
    courseId: editing ? initial.courseId : f.text("courseId"),
    audienceKind: f.optional("audienceKind"),
    audienceValues: listed ? f.all("audienceValues") : [],
    newStaffDays: audienceKind === "NEW_STAFF" ? f.number("newStaffDays") : null,
    effectiveFrom: f.text("effectiveFrom"),
    dueDate: f.optional("dueDate") ?? null,
    dueAfterDays: f.number("dueAfterDays"),
    validityMonths: f.number("validityMonths"),
    note: f.text("note"),
  });
  const open = (id: string) => router.push(`/admin/compliance/requirements/${id}`);
  const create = useFormAction({ schema: CreateRequirementInput, mutation: trpc.compliance.createRequirement.mutationOptions(), values, success: t("created"), onSuccess: (r) => open(r.id) });
  const update = useFormAction({ schema: UpdateRequirementInput, mutation: trpc.compliance.updateRequirement.mutationOptions(), values, success: t("saved"), onSuccess: () => open(initial.id!) });
  const form = editing ? update : create;

  const choices =
    audienceKind === "DEPARTMENT"
      ? options.departments.map((d) => ({ value: d.id, label: d.name }))
      : audienceKind === "SECTOR"
        ? options.sectors.map((d) => ({ value: d.id, label: d.name }))
        : audienceKind === "DUTY_STATION"
          ? options.dutyStations.map((d) => ({ value: d.id, label: d.name }))
          : options.grades.map((g) => ({ value: g, label: g }));
  const valuesLabel = { DEPARTMENT: t("departments"), SECTOR: t("sectors"), GRADE: t("grades"), DUTY_STATION: t("dutyStations") }[audienceKind as string] ?? "";

  return (
    <form onSubmit={form.onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200">
      {editing ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">{t("course")}:</span> {courseLabel}
        </p>
      ) : (
        <Field label={t("course")} error={form.error("courseId")}>
          {(p) => (
            <Select
              {...p}
              name="courseId"
              defaultValue={initial.courseId}
              onChange={(e) => {
                const course = options.courses.find((c) => c.id === e.target.value);
                // Suggest the course's own renewal period.
                const validity = e.currentTarget.form?.elements.namedItem("validityMonths");
                if (validity instanceof HTMLInputElement) validity.value = course?.validityMonths?.toString() ?? "";
              }}
            >
              <option value="">{t("chooseCourse")}</option>
              {options.courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} — {c.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}

      <Field label={t("audienceKind")} error={form.error("audienceKind")}>
        {(p) => (
          <Select {...p} name="audienceKind" defaultValue={initial.audienceKind} onChange={(e) => setAudienceKind(e.target.value as AudienceKind | "")}>
            <option value="">{t("chooseAudience")}</option>
            {AUDIENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
        )}
      </Field>

      {listed && (
        <Field label={valuesLabel} hint={t("valuesHint")} error={form.error("audienceValues")}>
          {(p) => (
            <Select
              {...p}
              key={audienceKind}
              name="audienceValues"
              multiple
              size={Math.min(8, Math.max(3, choices.length))}
              defaultValue={audienceKind === initial.audienceKind ? initial.audienceValues : []}
            >
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}

      {audienceKind === "NEW_STAFF" && (
        <Field label={t("newStaffDays")} error={form.error("newStaffDays")}>
          {(p) => <Input {...p} name="newStaffDays" type="number" min={1} inputMode="numeric" defaultValue={initial.newStaffDays ?? ""} />}
        </Field>
      )}

      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("effectiveFrom")} hint={t("effectiveFromHint")} error={form.error("effectiveFrom")}>
          {(p) => <Input {...p} name="effectiveFrom" type="date" defaultValue={initial.effectiveFrom} />}
        </Field>
        <Field label={t("dueDate")} hint={t("dueDateHint")} error={form.error("dueDate")}>
          {(p) => <Input {...p} name="dueDate" type="date" defaultValue={initial.dueDate ?? ""} />}
        </Field>
        <Field label={t("dueAfterDays")} hint={t("dueAfterDaysHint")} error={form.error("dueAfterDays")}>
          {(p) => <Input {...p} name="dueAfterDays" type="number" min={0} inputMode="numeric" defaultValue={initial.dueAfterDays ?? ""} />}
        </Field>
        <Field label={t("validityMonths")} hint={t("validityMonthsHint")} error={form.error("validityMonths")}>
          {(p) => <Input {...p} name="validityMonths" type="number" min={1} inputMode="numeric" defaultValue={initial.validityMonths ?? ""} />}
        </Field>
      </div>

      <Field label={t("note")} error={form.error("note")}>
        {(p) => <Textarea {...p} name="note" defaultValue={initial.note} maxLength={500} />}
      </Field>

      <FormError message={form.formError} />
      <div className="flex gap-3">
        <SubmitButton busy={form.pending}>{editing ? t("save") : t("create")}</SubmitButton>
        <Button variant="secondary" onClick={() => router.back()}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
