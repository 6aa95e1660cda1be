"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { AUDIENCE_KINDS, CreateRequirementInput, LISTED_AUDIENCES, UpdateRequirementInput, type AudienceKind } from "~/lib/schemas/compliance";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

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

type Errors = Partial<Record<keyof RequirementFormValues, string>>;

const numberOrNull = (v: string) => (v.trim() === "" ? null : Number(v));

/** Create or edit a requirement; the same zod schema as the server puts each message next to its field. */
export function RequirementForm({ options, initial, courseLabel }: { options: RequirementFormOptions; initial: RequirementFormValues; courseLabel?: string }) {
  const t = useTranslations("compliance.requirement");
  const tk = useTranslations("compliance.audienceKind");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [v, setV] = useState<RequirementFormValues>(initial);
  const [text, setText] = useState({
    newStaffDays: initial.newStaffDays?.toString() ?? "",
    dueAfterDays: initial.dueAfterDays?.toString() ?? "",
    validityMonths: initial.validityMonths?.toString() ?? "",
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.compliance.createRequirement.mutationOptions());
  const update = useMutation(trpc.compliance.updateRequirement.mutationOptions());
  const editing = !!initial.id;
  const set = <K extends keyof RequirementFormValues>(k: K, value: RequirementFormValues[K]) => setV((x) => ({ ...x, [k]: value }));

  const listed = v.audienceKind !== "" && LISTED_AUDIENCES.includes(v.audienceKind);
  const choices =
    v.audienceKind === "DEPARTMENT"
      ? options.departments.map((d) => ({ value: d.id, label: d.name }))
      : v.audienceKind === "SECTOR"
        ? options.sectors.map((d) => ({ value: d.id, label: d.name }))
        : v.audienceKind === "DUTY_STATION"
          ? options.dutyStations.map((d) => ({ value: d.id, label: d.name }))
          : options.grades.map((g) => ({ value: g, label: g }));
  const valuesLabel = { DEPARTMENT: t("departments"), SECTOR: t("sectors"), GRADE: t("grades"), DUTY_STATION: t("dutyStations") }[v.audienceKind as string] ?? "";

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const payload = {
      ...v,
      audienceKind: v.audienceKind === "" ? undefined : v.audienceKind,
      audienceValues: listed ? v.audienceValues : [],
      newStaffDays: v.audienceKind === "NEW_STAFF" ? numberOrNull(text.newStaffDays) : null,
      dueAfterDays: numberOrNull(text.dueAfterDays),
      validityMonths: numberOrNull(text.validityMonths),
      dueDate: v.dueDate || null,
    };
    const parsed = editing ? UpdateRequirementInput.safeParse(payload) : CreateRequirementInput.safeParse(payload);
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors as Record<string, string[] | undefined>;
      setErrors(Object.fromEntries(Object.entries(f).map(([k, m]) => [k, m?.[0]])) as Errors);
      return;
    }
    setErrors({});
    try {
      if (editing) {
        await update.mutateAsync(parsed.data as UpdateRequirementInput);
        toast("success", t("saved"));
        router.push(`/admin/compliance/requirements/${initial.id}`);
      } else {
        const r = await create.mutateAsync(parsed.data as CreateRequirementInput);
        toast("success", t("created"));
        router.push(`/admin/compliance/requirements/${r.id}`);
      }
      router.refresh();
    } catch (err) {
      const field = fieldError(err) as keyof RequirementFormValues | null;
      const message = errorMessage(err, tc("somethingWentWrong"));
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200">
      {editing ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">{t("course")}:</span> {courseLabel}
        </p>
      ) : (
        <Field label={t("course")} error={errors.courseId}>
          {(p) => (
            <Select
              {...p}
              value={v.courseId}
              onChange={(e) => {
                const course = options.courses.find((c) => c.id === e.target.value);
                set("courseId", e.target.value);
                // Suggest the course's own renewal period.
                setText((x) => ({ ...x, validityMonths: course?.validityMonths?.toString() ?? "" }));
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

      <Field label={t("audienceKind")} error={errors.audienceKind}>
        {(p) => (
          <Select {...p} value={v.audienceKind} onChange={(e) => setV((x) => ({ ...x, audienceKind: e.target.value as AudienceKind | "", audienceValues: [] }))}>
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
        <Field label={valuesLabel} hint={t("valuesHint")} error={errors.audienceValues}>
          {(p) => (
            <Select
              {...p}
              multiple
              size={Math.min(8, Math.max(3, choices.length))}
              value={v.audienceValues}
              onChange={(e) => set("audienceValues", Array.from(e.target.selectedOptions, (o) => o.value))}
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

      {v.audienceKind === "NEW_STAFF" && (
        <Field label={t("newStaffDays")} error={errors.newStaffDays}>
          {(p) => <Input {...p} type="number" min={1} inputMode="numeric" value={text.newStaffDays} onChange={(e) => setText((x) => ({ ...x, newStaffDays: e.target.value }))} />}
        </Field>
      )}

      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("effectiveFrom")} hint={t("effectiveFromHint")} error={errors.effectiveFrom}>
          {(p) => <Input {...p} type="date" value={v.effectiveFrom} onChange={(e) => set("effectiveFrom", e.target.value)} />}
        </Field>
        <Field label={t("dueDate")} hint={t("dueDateHint")} error={errors.dueDate}>
          {(p) => <Input {...p} type="date" value={v.dueDate ?? ""} onChange={(e) => set("dueDate", e.target.value || null)} />}
        </Field>
        <Field label={t("dueAfterDays")} hint={t("dueAfterDaysHint")} error={errors.dueAfterDays}>
          {(p) => <Input {...p} type="number" min={0} inputMode="numeric" value={text.dueAfterDays} onChange={(e) => setText((x) => ({ ...x, dueAfterDays: e.target.value }))} />}
        </Field>
        <Field label={t("validityMonths")} hint={t("validityMonthsHint")} error={errors.validityMonths}>
          {(p) => <Input {...p} type="number" min={1} inputMode="numeric" value={text.validityMonths} onChange={(e) => setText((x) => ({ ...x, validityMonths: e.target.value }))} />}
        </Field>
      </div>

      <Field label={t("note")} error={errors.note}>
        {(p) => <Textarea {...p} value={v.note} onChange={(e) => set("note", e.target.value)} maxLength={500} />}
      </Field>

      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      )}
      <div className="flex gap-3">
        <Button type="submit" busy={create.isPending || update.isPending}>
          {editing ? t("save") : t("create")}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
