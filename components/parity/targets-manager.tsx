"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { DeleteParityTargetInput, SaveParityTargetInput } from "~/lib/schemas/parity";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export interface TargetRow {
  id: string;
  grade: string;
  targetDate: string;
  womenShare: number;
  note: string;
  /** formatted by the page: "24.0%", "31 Dec 2021" */
  shareText: string;
  dateText: string;
}

/** One target's fields: a new one (no `initial`) or an edit of one. */
function TargetForm({ initial, onDone }: { initial?: TargetRow; onDone?: () => void }) {
  const t = useTranslations("parity.targets");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const form = useFormAction({
    schema: SaveParityTargetInput,
    mutation: trpc.parity.saveTarget.mutationOptions(),
    values: (f) => ({ id: initial?.id, grade: f.text("grade"), targetDate: f.text("targetDate"), womenShare: f.text("womenShare"), note: f.text("note") ?? "" }),
    success: t("saved"),
    resetOnSuccess: !initial,
    onSuccess: () => onDone?.(),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Field label={t("grade")} hint={t("gradeHint")} error={form.error("grade")}>
        {(p) => <Input {...p} name="grade" maxLength={7} autoCapitalize="characters" defaultValue={initial?.grade} />}
      </Field>
      <Field label={t("targetDate")} error={form.error("targetDate")}>
        {(p) => <Input {...p} name="targetDate" type="date" defaultValue={initial?.targetDate} />}
      </Field>
      <Field label={t("womenShare")} hint={t("shareHint")} error={form.error("womenShare")}>
        {(p) => <Input {...p} name="womenShare" type="number" min={0} max={100} step={0.01} inputMode="decimal" defaultValue={initial?.womenShare} />}
      </Field>
      <Field label={t("note")} error={form.error("note")}>
        {(p) => <Input {...p} name="note" maxLength={500} defaultValue={initial?.note} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <FormError message={form.formError} />
        <SubmitButton busy={form.pending}>{initial ? tc("save") : t("add")}</SubmitButton>
        {initial && (
          <Button type="button" variant="ghost" onClick={onDone}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}

function TargetItem({ target, canEdit }: { target: TargetRow; canEdit: boolean }) {
  const t = useTranslations("parity.targets");
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const remove = useFormAction({ schema: DeleteParityTargetInput, mutation: trpc.parity.deleteTarget.mutationOptions(), success: t("deleted") });
  const names = { grade: target.grade, date: target.dateText };
  return (
    <li className="space-y-3 px-4 py-3" data-testid="parity-target">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-800">
          <span className="font-semibold">{target.grade}</span> · {target.dateText} · <span className="tabular-nums">{target.shareText}</span>
          {target.note && <span className="block text-xs text-slate-500">{target.note}</span>}
        </p>
        {canEdit && !editing && (
          <div className="flex gap-2">
            <Button type="button" size="sm" variant="secondary" aria-label={t("editLabel", names)} onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
            <Button type="button" size="sm" variant="ghost" aria-label={t("deleteLabel", names)} disabled={remove.pending} onClick={() => void remove.submit({ id: target.id })}>
              {t("delete")}
            </Button>
          </div>
        )}
      </div>
      <FormError message={remove.formError} />
      {editing && <TargetForm initial={target} onDone={() => setEditing(false)} />}
    </li>
  );
}

/** The targets per grade and date: everyone on the page reads them, L&D admins add, edit and delete them. */
export function TargetsManager({ targets, canEdit }: { targets: TargetRow[]; canEdit: boolean }) {
  const t = useTranslations("parity.targets");
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("description")}</p>
      {!canEdit && <p className="text-sm text-slate-600">{t("readOnly")}</p>}
      {targets.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
          {targets.map((target) => (
            <TargetItem key={target.id} target={target} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
          <TargetForm />
        </div>
      )}
    </section>
  );
}
