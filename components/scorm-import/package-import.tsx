"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AddPackageLessonsInput, ImportPackageInput, UploadIdInput } from "~/lib/schemas/scorm-import";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";

type Preview = {
  standard: "scorm12" | "scorm2004";
  version: string;
  title: string;
  identifier: string;
  language: string | null;
  items: { identifier: string; title: string; launch: string; scormType: "sco" | "asset" }[];
  fileCount: number;
  sizeBytes: number;
  hasSequencing: boolean;
  warnings: { key: "warningEditionGuessed" | "warningNoScormType"; values: Record<string, string> }[];
  declaredTrainingDays: string | null;
  suggestedCode: string | null;
  existingCourse: { id: string; code: string; title: string } | null;
};

type Upload = { uploadId: string; fileName: string };

/**
 * Upload a SCORM package zip → see what was found → import it as a course (mode "course") or as lessons at the end
 * of a course's draft (mode "lessons"), or cancel. A refusal shows its one sentence.
 */
export function PackageImport(props: { mode: "course"; categories: { id: string; name: string }[] } | { mode: "lessons"; courseId: string }) {
  const t = useTranslations("scormImport");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const fileForm = useRef<HTMLFormElement>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [unchanged, setUnchanged] = useState<{ courseId: string; code: string } | null>(null);

  const previewM = useFormAction({
    schema: UploadIdInput,
    mutation: trpc.scormImport.preview.mutationOptions(),
    onSuccess: (result) => setPreview(result),
    refresh: false,
  });
  const cancelM = useFormAction({ schema: UploadIdInput, mutation: trpc.scormImport.cancel.mutationOptions(), refresh: false });
  const importM = useFormAction({
    schema: ImportPackageInput,
    mutation: trpc.scormImport.importCourse.mutationOptions(),
    values: (f) => ({
      uploadId: upload?.uploadId,
      fileName: upload?.fileName,
      code: f.text("code"),
      categoryId: f.text("categoryId"),
      trainingDays: f.text("trainingDays"),
      publish: f.checked("publish"),
    }),
    success: (r) => (r.unchanged ? null : t("importedToast", { code: r.code, lessons: r.lessons })),
    onSuccess: (r) => {
      finish();
      if (r.unchanged) setUnchanged({ courseId: r.courseId, code: r.code });
      else router.push(`/admin/courses/${r.courseId}`);
    },
    refresh: false,
  });
  const lessonsM = useFormAction({
    schema: AddPackageLessonsInput,
    mutation: trpc.scormImport.addLessons.mutationOptions(),
    values: () => ({ uploadId: upload?.uploadId, fileName: upload?.fileName, courseId: props.mode === "lessons" ? props.courseId : "" }),
    success: (r) => t("lessonsAddedToast", { lessons: r.lessons }),
    onSuccess: () => finish(),
  });

  function finish() {
    setUpload(null);
    setPreview(null);
    fileForm.current?.reset();
  }

  async function onUpload(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setUploadError(null);
    setUnchanged(null);
    previewM.clear();
    const file = (e.currentTarget.elements.namedItem("package") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setUploadError(t("chooseFile"));
    setUploading(true);
    try {
      const res = await fetch("/api/scorm/uploads", { method: "POST", body: file, headers: { "content-type": "application/zip" } });
      const body = (await res.json().catch(() => null)) as { uploadId?: string; error?: { message: string } } | null;
      if (!res.ok || !body?.uploadId) return setUploadError(body?.error?.message ?? t("uploadFailed"));
      setUpload({ uploadId: body.uploadId, fileName: file.name });
      const shown = await previewM.submit({ uploadId: body.uploadId });
      if (!shown) setUpload(null);
    } catch {
      setUploadError(t("uploadFailed"));
    } finally {
      setUploading(false);
    }
  }

  async function onCancel() {
    if (upload) await cancelM.submit({ uploadId: upload.uploadId });
    finish();
    previewM.clear();
    importM.clear();
    lessonsM.clear();
  }

  const error = uploadError ?? previewM.formError ?? importM.formError ?? lessonsM.formError;
  return (
    <div className="space-y-6">
      <form ref={fileForm} onSubmit={(e) => void onUpload(e)} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" noValidate>
        <Field label={t("file")} hint={t("fileHint")}>
          {(p) => (
            <input
              {...p}
              name="package"
              type="file"
              accept=".zip,application/zip,application/x-zip-compressed"
              disabled={!!preview}
              className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
            />
          )}
        </Field>
        {!preview && <SubmitButton busy={uploading || previewM.pending}>{t("uploadAndPreview")}</SubmitButton>}
      </form>

      <FormError message={error} />

      {unchanged && (
        <Alert tone="info" title={t("unchangedTitle")}>
          {t("unchangedBody", { code: unchanged.code })} <TextLink href={`/admin/courses/${unchanged.courseId}`}>{t("openCourse")}</TextLink>
        </Alert>
      )}

      {preview && upload && (
        <section aria-labelledby="package-preview" className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          <h2 id="package-preview" className="text-lg font-semibold text-slate-900">
            {t("previewTitle", { file: upload.fileName })}
          </h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <Fact label={t("standard")}>{preview.standard === "scorm12" ? t("scorm12") : t("scorm2004", { version: preview.version })}</Fact>
            <Fact label={t("packageTitle")}>{preview.title}</Fact>
            <Fact label={t("identifier")}>
              <span className="break-all font-mono text-xs">{preview.identifier}</span>
            </Fact>
            <Fact label={t("language")}>{preview.language ?? t("languageNone")}</Fact>
            <Fact label={t("files")}>{format.number(preview.fileCount)}</Fact>
            <Fact label={t("size")}>{t("sizeMb", { mb: Math.max(0.01, Math.round((preview.sizeBytes / (1024 * 1024)) * 100) / 100) })}</Fact>
          </dl>
          {preview.hasSequencing && <Alert tone="warning">{t("sequencingNote")}</Alert>}
          {preview.warnings.map((w, i) => (
            <Alert key={i} tone="warning">
              {t(w.key, w.values)}
            </Alert>
          ))}
          <Table caption={t("itemsCaption", { count: preview.items.length })} captionHidden={false}>
            <thead>
              <tr>
                <Th numeric>{t("position")}</Th>
                <Th>{t("itemTitle")}</Th>
                <Th>{t("launchFile")}</Th>
              </tr>
            </thead>
            <TBody>
              {preview.items.map((item, i) => (
                <tr key={item.identifier}>
                  <Td numeric>{i + 1}</Td>
                  <Td>{item.scormType === "asset" ? t("assetTitle", { title: item.title }) : item.title}</Td>
                  <Td className="break-all font-mono text-xs">{item.launch}</Td>
                </tr>
              ))}
            </TBody>
          </Table>

          {props.mode === "course" ? (
            <form onSubmit={(e) => void importM.onSubmit(e)} className="space-y-4" noValidate>
              {preview.existingCourse && (
                <Alert tone="info">{t("newVersionOf", { code: preview.existingCourse.code, title: preview.existingCourse.title })}</Alert>
              )}
              <div className="grid gap-4 sm:grid-cols-3">
                <Field label={t("code")} hint={t("codeHint")} error={importM.errors.code}>
                  {(p) => <Input {...p} name="code" defaultValue={preview.suggestedCode ?? ""} autoComplete="off" />}
                </Field>
                <Field label={t("category")} hint={t("categoryHint")} error={importM.errors.categoryId}>
                  {(p) => (
                    <Select {...p} name="categoryId" defaultValue="">
                      <option value="">{t("categoryDefault")}</option>
                      {props.categories.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field label={t("trainingDays")} hint={t("trainingDaysHint")} error={importM.errors.trainingDays}>
                  {(p) => <Input {...p} name="trainingDays" inputMode="decimal" defaultValue={preview.declaredTrainingDays ?? "0.125"} />}
                </Field>
              </div>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="publish" className="mt-0.5 size-4 accent-brand-600" />
                <span>{t("publish")}</span>
              </label>
              <div className="flex flex-wrap gap-2">
                <SubmitButton busy={importM.pending}>{t("import")}</SubmitButton>
                <Button variant="secondary" onClick={() => void onCancel()} busy={cancelM.pending}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          ) : (
            <form onSubmit={(e) => void lessonsM.onSubmit(e)} className="flex flex-wrap gap-2" noValidate>
              <SubmitButton busy={lessonsM.pending}>{t("addLessons", { count: preview.items.length })}</SubmitButton>
              <Button variant="secondary" onClick={() => void onCancel()} busy={cancelM.pending}>
                {t("cancel")}
              </Button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
