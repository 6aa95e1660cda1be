"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { RenameCategoryInput } from "~/lib/schemas/categories";
import { HTML_LANG } from "~/lib/i18n/locales";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type NamedCategory = { id: string; code: string; name: string; names: { fr: string; zh: string } };

/**
 * Names a category in English, French and Chinese: open while `target` is set. The English name is the one the API,
 * the CLI and imports use; a language left empty shows the English name to its readers.
 */
export function CategoryNamesDialog({ target, onClose }: { target: NamedCategory | null; onClose: () => void }) {
  const t = useTranslations("categories");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const rename = useFormAction({
    schema: RenameCategoryInput,
    mutation: trpc.categories.rename.mutationOptions(),
    values: (f) => ({ id: target?.id, name: f.text("name"), fr: f.text("fr"), zh: f.text("zh") }),
    success: t("renamed"),
    onSuccess: onClose,
  });
  const close = () => {
    rename.clear();
    onClose();
  };
  return (
    <Dialog
      open={!!target}
      onClose={close}
      onSubmit={rename.onSubmit}
      title={t("renameTitle", { code: target?.code ?? "" })}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {tc("cancel")}
          </Button>
          <SubmitButton busy={rename.pending}>{tc("save")}</SubmitButton>
        </>
      }
    >
      {/* Keyed by the category, so each opening starts from that category's names. */}
      <div key={target?.id ?? ""} className="space-y-4">
        <Field label={t("nameEn")} hint={t("nameEnHint")} error={rename.error("name")}>
          {(p) => <Input {...p} name="name" lang={HTML_LANG.en} defaultValue={target?.name} maxLength={80} />}
        </Field>
        <Field label={t("nameFr")} hint={t("translatedNameHint")} error={rename.error("fr")}>
          {(p) => <Input {...p} name="fr" lang={HTML_LANG.fr} defaultValue={target?.names.fr} maxLength={80} />}
        </Field>
        <Field label={t("nameZh")} hint={t("translatedNameHint")} error={rename.error("zh")}>
          {(p) => <Input {...p} name="zh" lang={HTML_LANG.zh} defaultValue={target?.names.zh} maxLength={80} />}
        </Field>
      </div>
      <FormError message={rename.formError} />
    </Dialog>
  );
}
