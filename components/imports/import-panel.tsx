"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { MAX_IMPORT_BYTES } from "~/lib/schemas/imports";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { Stat } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";

type Kind = "staff" | "records";
type Outcome = {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  markedLeft: number;
  aborted: boolean;
  errors: { line: number; reason: string }[];
  errorsTruncated: boolean;
  createdReference: { kind: string; names: string[] }[];
  samples: { line: number; action: "created" | "updated"; key: string; changes: string[] }[];
};
type Preview = { batchId: string; sha256: string; outcome: Outcome; canConfirm: boolean; fileName: string };

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload → preview of what will change (with every rejected line) → confirm exactly that file. */
export function ImportPanel({ columns }: { columns: Record<Kind, string> }) {
  const t = useTranslations("imports");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>("records");
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [markMissing, setMarkMissing] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewM = useMutation(trpc.imports.preview.mutationOptions());
  const confirmM = useMutation(trpc.imports.confirm.mutationOptions());

  function reset() {
    setPreview(null);
    setApplied(null);
    setError(null);
  }

  async function onPreview(e: React.FormEvent) {
    e.preventDefault();
    reset();
    const file = fileRef.current?.files?.[0];
    if (!file) return setError(t("chooseFile"));
    if (file.size > MAX_IMPORT_BYTES) return setError(t("tooLarge"));
    try {
      const result = await previewM.mutateAsync({ kind, fileName: file.name, base64: await toBase64(file), skipInvalid, markMissingAsLeft: kind === "staff" && markMissing });
      setPreview({ ...result, fileName: file.name });
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onConfirm() {
    if (!preview) return;
    try {
      const result = await confirmM.mutateAsync({ batchId: preview.batchId, sha256: preview.sha256 });
      setApplied(result.outcome);
      setPreview(null);
      if (fileRef.current) fileRef.current.value = "";
      toast("success", t("appliedToast", { created: result.outcome.created, updated: result.outcome.updated }));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
      setPreview(null);
    }
  }

  const o = preview?.outcome;
  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" noValidate>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            {(["records", "staff"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); reset(); }} className="size-4 accent-brand-600" />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-500">
            {t("columns")} <code className="break-all rounded bg-slate-100 px-1 py-0.5">{columns[kind]}</code>
          </p>
        </fieldset>
        <Field label={t("file")} hint={t("fileHint")}>
          {(p) => <input {...p} ref={fileRef} type="file" accept=".csv,text/csv" onChange={reset} className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium" />}
        </Field>
        <div className="space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input type="checkbox" checked={skipInvalid} onChange={(e) => { setSkipInvalid(e.target.checked); reset(); }} className="mt-0.5 size-4 accent-brand-600" />
            <span>
              {t("skipInvalid")}
              <span className="block text-xs text-slate-500">{t("skipInvalidHint")}</span>
            </span>
          </label>
          {kind === "staff" && (
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={markMissing} onChange={(e) => { setMarkMissing(e.target.checked); reset(); }} className="mt-0.5 size-4 accent-brand-600" />
              <span>
                {t("markMissing")}
                <span className="block text-xs text-slate-500">{t("markMissingHint")}</span>
              </span>
            </label>
          )}
        </div>
        <Button type="submit" busy={previewM.isPending}>
          {t("preview")}
        </Button>
      </form>

      {error && <Alert tone="danger">{error}</Alert>}

      {o && preview && (
        <section aria-labelledby="import-preview" className="space-y-4">
          <h2 id="import-preview" className="text-lg font-semibold text-slate-900">
            {t("previewTitle", { file: preview.fileName })}
          </h2>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
            <Stat label={t("rowsRead")} value={format.number(o.rowsRead)} />
            <Stat label={t("created")} value={format.number(o.created)} />
            <Stat label={t("updated")} value={format.number(o.updated)} />
            <Stat label={t("unchanged")} value={format.number(o.unchanged)} />
            <Stat label={t("rejected")} value={format.number(o.rejected)} />
          </dl>
          {o.markedLeft > 0 && <Alert tone="warning">{t("willMarkLeft", { count: o.markedLeft })}</Alert>}
          {o.createdReference.map((r) => (
            <p key={r.kind} className="text-sm text-slate-700">
              {t("newReference", { kind: r.kind, names: r.names.slice(0, 20).join(", "), more: Math.max(0, r.names.length - 20) })}
            </p>
          ))}
          {o.aborted ? (
            <Alert tone="danger" title={o.rowsRead === 0 ? t("unreadable") : t("abortedTitle", { count: o.rejected })}>
              {o.rowsRead > 0 && t("abortedBody")}
            </Alert>
          ) : preview.canConfirm ? (
            <Alert tone="info" title={t("readyTitle")}>
              {t("readyBody", { sha: preview.sha256.slice(0, 12) })}
            </Alert>
          ) : (
            <Alert tone="success">{t("nothingToDo")}</Alert>
          )}
          {o.errors.length > 0 && (
            <Table caption={t("rejectedCaption")} captionHidden={false}>
              <thead>
                <tr>
                  <Th numeric>{t("line")}</Th>
                  <Th>{t("reason")}</Th>
                </tr>
              </thead>
              <TBody>
                {o.errors.map((e) => (
                  <tr key={e.line}>
                    <Td numeric>{e.line}</Td>
                    <Td>{e.reason}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
          {o.errorsTruncated && <p className="text-sm text-slate-600">{t("errorsTruncated", { shown: o.errors.length, total: o.rejected })}</p>}
          {o.samples.length > 0 && (
            <Table caption={t("changesCaption", { shown: o.samples.length, total: o.created + o.updated })} captionHidden={false}>
              <thead>
                <tr>
                  <Th numeric>{t("line")}</Th>
                  <Th>{t("change")}</Th>
                  <Th>{t("what")}</Th>
                  <Th>{t("details")}</Th>
                </tr>
              </thead>
              <TBody>
                {o.samples.map((s) => (
                  <tr key={s.line}>
                    <Td numeric>{s.line}</Td>
                    <Td>{s.action === "created" ? <Badge tone="success">{t("created")}</Badge> : <Badge tone="info">{t("updated")}</Badge>}</Td>
                    <Td className="font-mono text-xs">{s.key}</Td>
                    <Td>{s.changes.join("; ")}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
          <div className="flex gap-2">
            <Button onClick={() => void onConfirm()} busy={confirmM.isPending} disabled={!preview.canConfirm}>
              {t("confirm", { count: o.created + o.updated })}
            </Button>
            <Button variant="secondary" onClick={reset}>
              {tc("cancel")}
            </Button>
          </div>
        </section>
      )}

      {applied && (
        <Alert tone="success" title={t("appliedTitle")}>
          {t("summary", { rows: applied.rowsRead, created: applied.created, updated: applied.updated, unchanged: applied.unchanged, rejected: applied.rejected })}
        </Alert>
      )}
    </div>
  );
}
