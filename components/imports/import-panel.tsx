"use client";

import { useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { formValues } from "~/lib/forms/form-values";
import { ConfirmImportInput, MAX_IMPORT_BYTES, PreviewImportInput } from "~/lib/schemas/imports";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { Stat } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";

type Kind = "staff" | "records" | "platformActivity";
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
  createdReference: { kind: "courses" | "departments" | "sectors" | "dutyStations"; names: string[] }[];
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
export function ImportPanel({ columns, pools = [] }: { columns: Record<Kind, string>; pools?: { id: string; name: string }[] }) {
  const t = useTranslations("imports");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("records");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<Outcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const previewM = useFormAction({
    schema: PreviewImportInput,
    mutation: trpc.imports.preview.mutationOptions(),
    onSuccess: (result, input) => setPreview({ ...result, fileName: input.fileName }),
    refresh: false,
  });
  const confirmM = useFormAction({
    schema: ConfirmImportInput,
    mutation: trpc.imports.confirm.mutationOptions(),
    success: (result) => t("appliedToast", { created: result.outcome.created, updated: result.outcome.updated }),
    onSuccess: (result) => {
      setApplied(result.outcome);
      setPreview(null);
      formRef.current?.reset();
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  const error = fileError ?? previewM.formError ?? Object.values(previewM.errors)[0] ?? confirmM.formError;

  function reset() {
    setPreview(null);
    setApplied(null);
    setFileError(null);
    previewM.clear();
    confirmM.clear();
  }

  // The file is read as base64 before the one form layer validates and sends it.
  async function onPreview(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    reset();
    const f = formValues(new FormData(e.currentTarget));
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setFileError(t("chooseFile"));
    if (file.size > MAX_IMPORT_BYTES) return setFileError(t("tooLarge"));
    const pool = kind === "platformActivity" ? { pool: f.text("pool") } : {};
    await previewM.submit({ kind, fileName: file.name, base64: await toBase64(file), skipInvalid: f.checked("skipInvalid"), markMissingAsLeft: kind === "staff" && f.checked("markMissing"), ...pool });
  }

  async function onConfirm() {
    if (!preview) return;
    const done = await confirmM.submit({ batchId: preview.batchId, sha256: preview.sha256 });
    if (!done) setPreview(null);
  }

  const o = preview?.outcome;
  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={(e) => void onPreview(e)} onChange={reset} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" noValidate>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            {(["records", "staff", ...(pools.length ? (["platformActivity"] as const) : [])] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} defaultChecked={k === "records"} onChange={() => setKind(k)} className="size-4 accent-brand-600" />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-500">
            {t("columns")} <code className="break-all rounded bg-slate-100 px-1 py-0.5 text-slate-700">{columns[kind]}</code>
          </p>
        </fieldset>
        {kind === "platformActivity" && (
          <Field label={t("pool")} hint={t("poolHint")}>
            {(p) => (
              <Select {...p} name="pool" defaultValue={pools[0]?.id}>
                {pools.map((pool) => (
                  <option key={pool.id} value={pool.id}>
                    {pool.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <Field label={t("file")} hint={t("fileHint")}>
          {(p) => <input {...p} name="file" type="file" accept=".csv,text/csv" className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium" />}
        </Field>
        <div className="space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input type="checkbox" name="skipInvalid" className="mt-0.5 size-4 accent-brand-600" />
            <span>
              {t("skipInvalid")}
              <span className="block text-xs text-slate-500">{t("skipInvalidHint")}</span>
            </span>
          </label>
          {kind === "staff" && (
            <label className="flex items-start gap-2">
              <input type="checkbox" name="markMissing" className="mt-0.5 size-4 accent-brand-600" />
              <span>
                {t("markMissing")}
                <span className="block text-xs text-slate-500">{t("markMissingHint")}</span>
              </span>
            </label>
          )}
        </div>
        <SubmitButton busy={previewM.pending}>{t("preview")}</SubmitButton>
      </form>

      <FormError message={error} />

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
              {t("newReference", { kind: t(`referenceKinds.${r.kind}`), names: r.names.slice(0, 20).join(", "), more: Math.max(0, r.names.length - 20) })}
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
            <Button onClick={() => void onConfirm()} busy={confirmM.pending} disabled={!preview.canConfirm}>
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
