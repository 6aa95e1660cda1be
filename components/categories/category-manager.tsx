"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreateCategoryInput } from "~/lib/schemas/categories";
import { HTML_LANG } from "~/lib/i18n/locales";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { CategoryNamesDialog, type NamedCategory } from "~/components/categories/category-names-dialog";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";

type Category = NamedCategory & { retiredAt: Date | null };

export function CategoryManager({ initial }: { initial: Category[] }) {
  const t = useTranslations("categories");
  const trpc = useTRPC();
  const [renaming, setRenaming] = useState<Category | null>(null);

  const create = useFormAction({
    schema: CreateCategoryInput,
    mutation: trpc.categories.create.mutationOptions(),
    values: (f) => ({ code: f.text("code").toUpperCase(), name: f.text("name") }),
    success: (c) => t("created", { code: c.code }),
    resetOnSuccess: true,
  });
  const retire = useAction(trpc.categories.retire.mutationOptions(), { success: (_, { id }) => t("retiredToast", { code: codeOf(id) }) });
  const restore = useAction(trpc.categories.restore.mutationOptions(), { success: (_, { id }) => t("restoredToast", { code: codeOf(id) }) });
  const codeOf = (id: string) => initial.find((c) => c.id === id)?.code ?? "";

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("code")}</Th>
              <Th>{t("nameEn")}</Th>
              <Th>{t("nameFr")}</Th>
              <Th>{t("nameZh")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {initial.map((c) => (
              <tr key={c.id}>
                <Td className="font-mono font-medium">{c.code}</Td>
                <Td lang={HTML_LANG.en}>{c.name}</Td>
                {(["fr", "zh"] as const).map((l) =>
                  c.names[l] ? (
                    <Td key={l} lang={HTML_LANG[l]}>
                      {c.names[l]}
                    </Td>
                  ) : (
                    <Td key={l} className="text-slate-600">
                      {t("untranslated")}
                    </Td>
                  ),
                )}
                <Td>{c.retiredAt ? <Badge>{t("retired")}</Badge> : <Badge tone="success">{t("active")}</Badge>}</Td>
                <Td className="text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${t("rename")} ${c.code}`}
                    onClick={() => setRenaming(c)}
                  >
                    {t("rename")}
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`${c.retiredAt ? t("restore") : t("retire")} ${c.code}`} onClick={() => void (c.retiredAt ? restore : retire).run({ id: c.id })}>
                    {c.retiredAt ? t("restore") : t("retire")}
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
      <Card aria-labelledby="add-category">
        <CardTitle id="add-category">{t("add")}</CardTitle>
        <form onSubmit={create.onSubmit} className="space-y-4" noValidate>
          <Field label={t("code")} hint={t("codeHint")} error={create.error("code")}>
            {(p) => <Input {...p} name="code" autoComplete="off" className="uppercase" />}
          </Field>
          <Field label={t("name")} hint={t("nameHint")} error={create.error("name")}>
            {(p) => <Input {...p} name="name" />}
          </Field>
          <FormError message={create.formError} />
          <SubmitButton busy={create.pending}>{t("add")}</SubmitButton>
        </form>
      </Card>
      <CategoryNamesDialog target={renaming} onClose={() => setRenaming(null)} />
    </div>
  );
}
