"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { CorrectRecordInput, RECORD_STATUSES } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { useToast } from "~/components/ui/toast";

export type CorrectableRecord = { id: string; course: string; startDate: string; endDate: string; trainingDays: string; status: string; categoryId: string };

/** An L&D correction of one ledger row: the changed values and the reason, kept as an audited revision. */
export function CorrectRecordButton({ record, categories }: { record: CorrectableRecord; categories: { id: string; name: string }[] }) {
  const t = useTranslations("enrolment.records");
  const te = useTranslations("enrolment");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({ startDate: record.startDate, endDate: record.endDate, trainingDays: record.trainingDays, status: record.status, categoryId: record.categoryId, reason: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const correct = useMutation(trpc.records.correct.mutationOptions());
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function save() {
    const changes = {
      recordId: record.id,
      reason: v.reason,
      ...(v.startDate !== record.startDate ? { startDate: v.startDate } : {}),
      ...(v.endDate !== record.endDate ? { endDate: v.endDate } : {}),
      ...(v.trainingDays !== record.trainingDays ? { trainingDays: v.trainingDays } : {}),
      ...(v.status !== record.status ? { status: v.status } : {}),
      ...(v.categoryId !== record.categoryId ? { categoryId: v.categoryId } : {}),
    };
    const parsed = CorrectRecordInput.safeParse(changes);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const i of parsed.error.issues) next[String(i.path[0])] ??= i.message;
      return setErrors(next);
    }
    try {
      await correct.mutateAsync(parsed.data);
      toast("success", t("corrected"));
      setOpen(false);
      router.refresh();
    } catch (err) {
      setErrors({ [fieldError(err) ?? "reason"]: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => { setErrors({}); setOpen(true); }}>
        {t("correct")}
        <span className="sr-only"> — {record.course}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("correctTitle", { course: record.course })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button busy={correct.isPending} onClick={() => void save()}>
              {t("saveCorrection")}
            </Button>
          </>
        }
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("startDate")} error={errors.startDate}>{(p) => <Input {...p} type="date" value={v.startDate} onChange={set("startDate")} />}</Field>
          <Field label={t("endDate")} error={errors.endDate}>{(p) => <Input {...p} type="date" value={v.endDate} onChange={set("endDate")} />}</Field>
          <Field label={t("trainingDays")} error={errors.trainingDays}>{(p) => <Input {...p} inputMode="decimal" value={v.trainingDays} onChange={set("trainingDays")} />}</Field>
          <Field label={t("status")} error={errors.status}>
            {(p) => (
              <Select {...p} value={v.status} onChange={set("status")}>
                {RECORD_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {te(`participation.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field label={t("category")} error={errors.categoryId}>
              {(p) => (
                <Select {...p} value={v.categoryId} onChange={set("categoryId")}>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        </div>
        <Field label={t("reason")} hint={t("reasonHint")} error={errors.reason}>
          {(p) => <Textarea {...p} value={v.reason} onChange={set("reason")} />}
        </Field>
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
