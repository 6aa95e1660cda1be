"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { CreatePoolInput, UpdatePoolInput } from "~/lib/schemas/licences";
import { Field, Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type PoolValues = {
  poolId: string;
  platform: string;
  name: string;
  seats: number;
  validFrom: string;
  validUntil: string;
  costPerSeat: string | null;
  currency: string | null;
  reclaimAfterDays: number;
  autoAssign: boolean;
  categoryId: string;
};

const read = (f: FormValues) => ({
  platform: f.text("platform"),
  name: f.text("name"),
  seats: f.number("seats"),
  validFrom: f.text("validFrom"),
  validUntil: f.text("validUntil"),
  costPerSeat: f.text("costPerSeat"),
  currency: f.text("currency"),
  reclaimAfterDays: f.number("reclaimAfterDays"),
  autoAssign: f.checked("autoAssign"),
  categoryId: f.text("categoryId"),
});

/** Creates a licence pool, or edits one (`pool` given): seats never below those in use, validity end after its start. */
export function PoolForm({ categories, pool }: { categories: { id: string; name: string }[]; pool?: PoolValues }) {
  const t = useTranslations("licences.admin.form");
  const trpc = useTRPC();
  const create = useFormAction({ schema: CreatePoolInput, mutation: trpc.licences.createPool.mutationOptions(), values: read, success: t("created"), resetOnSuccess: true });
  const update = useFormAction({ schema: UpdatePoolInput, mutation: trpc.licences.updatePool.mutationOptions(), values: (f) => ({ ...read(f), poolId: pool?.poolId }), success: t("saved") });
  const form = pool ? update : create;
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-4 rounded-lg bg-white p-5 ring-1 ring-slate-200 sm:grid-cols-2">
      <Field label={t("platform")} hint={t("platformHint")} error={form.error("platform")}>
        {(p) => <Input {...p} name="platform" defaultValue={pool?.platform ?? ""} autoComplete="off" required />}
      </Field>
      <Field label={t("name")} error={form.error("name")}>
        {(p) => <Input {...p} name="name" defaultValue={pool?.name ?? ""} required />}
      </Field>
      <Field label={t("seats")} error={form.error("seats")}>
        {(p) => <Input {...p} name="seats" type="number" min={1} inputMode="numeric" defaultValue={pool?.seats ?? ""} required />}
      </Field>
      <Field label={t("category")} hint={t("categoryHint")} error={form.error("categoryId")}>
        {(p) => (
          <Select {...p} name="categoryId" defaultValue={pool?.categoryId ?? ""} required>
            <option value="">{t("chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("validFrom")} error={form.error("validFrom")}>
        {(p) => <Input {...p} name="validFrom" type="date" defaultValue={pool?.validFrom ?? ""} required />}
      </Field>
      <Field label={t("validUntil")} error={form.error("validUntil")}>
        {(p) => <Input {...p} name="validUntil" type="date" defaultValue={pool?.validUntil ?? ""} required />}
      </Field>
      <Field label={t("costPerSeat")} hint={t("costHint")} error={form.error("costPerSeat")}>
        {(p) => <Input {...p} name="costPerSeat" inputMode="decimal" defaultValue={pool?.costPerSeat ?? ""} />}
      </Field>
      <Field label={t("currency")} error={form.error("currency")}>
        {(p) => <Input {...p} name="currency" maxLength={3} defaultValue={pool?.currency ?? ""} autoComplete="off" />}
      </Field>
      <Field label={t("reclaimAfterDays")} hint={t("reclaimHint")} error={form.error("reclaimAfterDays")}>
        {(p) => <Input {...p} name="reclaimAfterDays" type="number" min={7} inputMode="numeric" defaultValue={pool?.reclaimAfterDays ?? 60} required />}
      </Field>
      <label className="flex items-start gap-2 self-end text-sm text-slate-800">
        <input type="checkbox" name="autoAssign" defaultChecked={pool?.autoAssign ?? false} className="mt-0.5 size-4 accent-brand-600" />
        <span>
          {t("autoAssign")}
          <span className="block text-xs text-slate-500">{t("autoAssignHint")}</span>
        </span>
      </label>
      <div className="sm:col-span-2">
        <FormError message={form.formError} />
        <SubmitButton busy={form.pending}>{pool ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
