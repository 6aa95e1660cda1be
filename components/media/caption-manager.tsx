"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { AddCaptionInput, CAPTION_LANGUAGES, captionLabel, type CaptionLanguage } from "~/lib/schemas/media";
import type { AssetSummary } from "~/server/media/assets";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { Badge } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";

const STATE_TONE = { PREPARING: "info", READY: "success", ERRORED: "danger" } as const;

/** An admin's list of a video's caption tracks, with adding (a .vtt file per language) and removing. */
export function CaptionManager({ asset, onChange }: { asset: AssetSummary; onChange: (next: AssetSummary) => void }) {
  const t = useTranslations("media.captions");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const add = useMutation(trpc.media.addCaption.mutationOptions());
  const remove = useMutation(trpc.media.removeCaption.mutationOptions());
  const [language, setLanguage] = useState<CaptionLanguage>("en");
  const [label, setLabel] = useState(captionLabel("en"));
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [errors, setErrors] = useState<{ file?: string; label?: string }>({});
  const canAdd = asset.status === "READY";

  async function onAdd(e: React.FormEvent) {
    e.preventDefault();
    const parsed = AddCaptionInput.safeParse({ assetId: asset.id, language, label, vtt: file ? await file.text() : "" });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      return setErrors({ file: f.vtt?.[0], label: f.label?.[0] });
    }
    setErrors({});
    try {
      onChange(await add.mutateAsync(parsed.data));
      toast("success", t("added"));
      setFile(null);
      setInputKey((k) => k + 1);
    } catch (err) {
      setErrors({ file: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  async function onRemove(captionId: string) {
    try {
      onChange(await remove.mutateAsync({ captionId }));
      toast("success", t("removed"));
    } catch (err) {
      toast("error", errorMessage(err, tc("somethingWentWrong")));
    }
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
                  <Badge tone={STATE_TONE[c.status]}>{t(`states.${c.status}`)}</Badge>
                  {c.errorMessage && <p className="mt-1 text-xs text-red-700">{c.errorMessage}</p>}
                </Td>
                <Td className="text-right">
                  <Button variant="ghost" size="sm" aria-label={t("removeLabel", { label: c.label })} onClick={() => void onRemove(c.id)}>
                    {t("remove")}
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {canAdd ? (
        <form onSubmit={onAdd} className="grid gap-4 sm:grid-cols-3" noValidate>
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
          <Field label={t("label")} error={errors.label}>
            {(p) => <Input {...p} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={60} />}
          </Field>
          <Field label={t("file")} hint={t("fileHint")} error={errors.file}>
            {(p) => <Input {...p} key={inputKey} type="file" accept=".vtt,text/vtt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <div className="sm:col-span-3 flex flex-wrap items-center gap-3">
            <Button type="submit" busy={add.isPending}>
              {t("add")}
            </Button>
            <p className="text-xs text-slate-500">{t("replaceNote")}</p>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t("unavailable")}</p>
      )}
    </div>
  );
}
