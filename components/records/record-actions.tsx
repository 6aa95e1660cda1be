"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CorrectRecordInput, RECORD_STATUSES } from "~/lib/schemas/records";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { CategorySelect } from "~/components/courses/category-select";

export type CorrectableRecord = { id: string; course: string; startDate: string; endDate: string; trainingDays: string; status: string; categoryId: string };

/** An L&D correction of one ledger row: the changed values and the reason, kept as an audited revision. */
export function CorrectRecordButton({ record, categories }: { record: CorrectableRecord; categories: { id: string; name: string }[] }) {
  const t = useTranslations("enrolment.records");
  const te = useTranslations("enrolment");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const fields = ["startDate", "endDate", "trainingDays", "status", "categoryId"] as const;
  const correct = useFormAction({
    schema: CorrectRecordInput,
    mutation: trpc.records.correct.mutationOptions(),
    // Only what changed is sent: the revision records those fields.
    values: (f) => ({ recordId: record.id, reason: f.text("reason"), ...Object.fromEntries(fields.filter((k) => f.text(k) !== record[k]).map((k) => [k, f.text(k)])) }),
    success: t("corrected"),
    onSuccess: () => setOpen(false),
  });

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => { correct.clear(); setOpen(true); }}>
        {t("correct")}
        <span className="sr-only"> — {record.course}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={correct.onSubmit}
        title={t("correctTitle", { course: record.course })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={correct.pending}>{t("saveCorrection")}</SubmitButton>
          </>
        }
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("startDate")} error={correct.error("startDate")}>{(p) => <Input {...p} type="date" name="startDate" defaultValue={record.startDate} />}</Field>
          <Field label={t("endDate")} error={correct.error("endDate")}>{(p) => <Input {...p} type="date" name="endDate" defaultValue={record.endDate} />}</Field>
          <Field label={t("trainingDays")} error={correct.error("trainingDays")}>{(p) => <Input {...p} inputMode="decimal" name="trainingDays" defaultValue={record.trainingDays} />}</Field>
          <Field label={t("status")} error={correct.error("status")}>
            {(p) => (
              <Select {...p} name="status" defaultValue={record.status}>
                {RECORD_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {te(`participation.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field label={t("category")} error={correct.error("categoryId")}>
              {(p) => <CategorySelect {...p} categories={categories} defaultValue={record.categoryId} />}
            </Field>
          </div>
        </div>
        <Field label={t("reason")} hint={t("reasonHint")} error={correct.error("reason")}>
          {(p) => <Textarea {...p} name="reason" />}
        </Field>
        <FormError message={correct.formError} />
      </Dialog>
    </>
  );
}

/** The audited changes of a ledger row, loaded when opened. */
export function RevisionsButton({ recordId, count, course, categoryNames }: { recordId: string; count: number; course: string; categoryNames: Record<string, string> }) {
  const t = useTranslations("enrolment.records");
  const format = useFormatter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const revisions = useQuery({ ...trpc.records.revisions.queryOptions({ recordId }), enabled: open });
  const show = (k: string, v: string) => (k === "categoryId" ? (categoryNames[v] ?? v) : v);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        {t("revisions", { count })}
        <span className="sr-only"> — {course}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("revisionsTitle", { course })} footer={<Button variant="secondary" onClick={() => setOpen(false)}>{t("close")}</Button>}>
        {revisions.isPending ? (
          <p className="text-sm text-slate-600">{t("loading")}</p>
        ) : revisions.error ? (
          <Alert tone="danger">{revisions.error.message}</Alert>
        ) : (
          <ol className="space-y-4 text-sm">
            {revisions.data.map((r) => (
              <li key={r.id} className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
                <p className="font-medium text-slate-900">
                  {t("revisionBy", { who: r.actor ?? t("system"), when: format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
                <p className="text-slate-700">{t("revisionWhy", { reason: r.reason })}</p>
                <ul className="mt-1 list-inside list-disc text-slate-700">
                  {Object.keys(r.after)
                    .filter((k) => r.before[k] !== r.after[k])
                    .map((k) => (
                      <li key={k}>{t("revisionChange", { field: t(`field.${k as "startDate" | "endDate" | "trainingDays" | "status" | "categoryId"}`), before: show(k, r.before[k] ?? ""), after: show(k, r.after[k] ?? "") })}</li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </Dialog>
    </>
  );
}
