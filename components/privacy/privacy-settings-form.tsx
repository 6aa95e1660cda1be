"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { PrivacySettings } from "~/lib/schemas/privacy";
import { SMALL_CELL_MAX, SMALL_CELL_MIN } from "~/lib/privacy/small-cells";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** The small-cell threshold (Setting "privacy.smallCellThreshold"): groups smaller than it read "<5" for non-admins. */
export function PrivacySettingsForm({ initial }: { initial: PrivacySettings }) {
  const t = useTranslations("privacy.settings");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const titleId = useId();
  const form = useFormAction({
    schema: PrivacySettings,
    mutation: trpc.privacy.updateSettings.mutationOptions(),
    values: (f) => ({ smallCellThreshold: f.number("smallCellThreshold") ?? undefined }),
    success: t("saved"),
  });

  return (
    <section aria-labelledby={titleId} className="mt-8 max-w-xl space-y-3">
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={form.onSubmit} noValidate className="space-y-5 rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200">
        <Field label={t("threshold")} hint={t("thresholdHint", { min: SMALL_CELL_MIN, max: SMALL_CELL_MAX })} error={form.error("smallCellThreshold")}>
          {(p) => (
            <Input
              {...p}
              name="smallCellThreshold"
              type="number"
              min={SMALL_CELL_MIN}
              max={SMALL_CELL_MAX}
              inputMode="numeric"
              className="w-32"
              defaultValue={initial.smallCellThreshold}
            />
          )}
        </Field>
        <FormError message={form.formError} />
        <SubmitButton busy={form.pending}>{tc("save")}</SubmitButton>
      </form>
    </section>
  );
}
