"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AddCaptionInput, CAPTION_LANGUAGES, captionLabel, type CaptionLanguage } from "~/lib/schemas/media";
import type { AssetSummary } from "~/server/media/assets";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { StatusBadge } from "~/components/ui/status-badge";


/** An admin's list of a video's caption tracks, with adding (a .vtt file per language) and removing. */
export function CaptionManager({ asset, onChange }: { asset: AssetSummary; onChange: (next: AssetSummary) => void }) {
  const t = useTranslations("media.captions");
  const trpc = useTRPC();
  // Language and label stay in state (the label follows the language until typed over); the file is read on submit.
  const [language, setLanguage] = useState<CaptionLanguage>("en");
  const [label, setLabel] = useState(captionLabel("en"));
  const canAdd = asset.status === "READY";
  // The page shows the asset from props; each change hands the new summary up instead of refreshing.
  const add = useFormAction({ schema: AddCaptionInput, mutation: trpc.media.addCaption.mutationOptions(), success: t("added"), onSuccess: onChange, refresh: false, resetOnSuccess: true });
  const remove = useAction(trpc.media.removeCaption.mutationOptions(), { success: t("removed"), onSuccess: onChange, refresh: false });

  async function onAdd(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const element = e.currentTarget;
    const file = (element.elements.namedItem("vtt") as HTMLInputElement | null)?.files?.[0];
    await add.submit({ assetId: asset.id, language, label, vtt: file ? await file.text() : "" }, element);
  }

  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </div>
      {asset.captions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("language")}</Th>
              <Th>{t("label")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {asset.captions.map((c) => (
              <tr key={c.id}>
                <Td className="font-mono">{c.language}</Td>
                <Td>{c.label}</Td>
                <Td>
                  <StatusBadge kind="caption" status={c.status}>{t(`states.${c.status}`)}</StatusBadge>
                  {c.errorMessage && <p className="mt-1 text-xs text-red-700">{c.errorMessage}</p>}
                </Td>
                <Td className="text-right">
                  <Button variant="ghost" size="sm" aria-label={t("removeLabel", { label: c.label })} onClick={() => void remove.run({ captionId: c.id })}>
                    {t("remove")}
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {canAdd ? (
        <form onSubmit={(e) => void onAdd(e)} className="grid gap-4 sm:grid-cols-3" noValidate>
          <Field label={t("language")}>
            {(p) => (
              <Select
                {...p}
                value={language}
                onChange={(e) => {
                  const next = e.target.value as CaptionLanguage;
                  // Keep a label the admin typed; follow the language otherwise.
                  if (label === captionLabel(language)) setLabel(captionLabel(next));
                  setLanguage(next);
                }}
              >
                {CAPTION_LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label} ({l.code})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("label")} error={add.error("label")}>
            {(p) => <Input {...p} name="label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={60} />}
          </Field>
          <Field label={t("file")} hint={t("fileHint")} error={add.error("vtt")}>
            {(p) => <Input {...p} name="vtt" type="file" accept=".vtt,text/vtt" />}
          </Field>
          <FormError message={add.formError} className="sm:col-span-3" />
          <div className="sm:col-span-3 flex flex-wrap items-center gap-3">
            <SubmitButton busy={add.pending}>{t("add")}</SubmitButton>
            <p className="text-xs text-slate-500">{t("replaceNote")}</p>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t("unavailable")}</p>
      )}
    </div>
  );
}
