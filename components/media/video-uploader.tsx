"use client";

import { useRef, useState } from "react";
import { useTranslations, useFormatter } from "next-intl";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { SubmitButton } from "~/components/ui/submit-button";
import { Field, Input } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { formatFileSize } from "~/components/media/format";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; name: string; loaded: number; total: number }
  | { kind: "done" }
  | { kind: "error"; message: string };

/** The video's length as the browser reads it; used by the server only when the file itself does not say. */
function measureDuration(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement("video");
    const finish = (value: number | null) => {
      URL.revokeObjectURL(url);
      resolve(value);
    };
    const timer = window.setTimeout(() => finish(null), 10_000);
    video.preload = "metadata";
    video.onloadedmetadata = () => {
      window.clearTimeout(timer);
      finish(Number.isFinite(video.duration) && video.duration > 0 ? video.duration : null);
    };
    video.onerror = () => {
      window.clearTimeout(timer);
      finish(null);
    };
    video.src = url;
  });
}

/** PUTs the file to the upload URL (Mux's, or Pathway's own), reporting progress; resolves with the response text. */
function putFile(url: string, file: File, onProgress: (loaded: number, total: number) => void, xhrRef: { current: XMLHttpRequest | null }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    xhr.open("PUT", url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("abort"));
    xhr.send(file);
  });
}

/**
 * Uploads a video with a progress bar: the server opens the upload (a Mux direct upload when Mux is configured,
 * Pathway's own upload route otherwise) and the browser sends the file straight there. With a lessonId the new
 * video is put on that lesson once the file has arrived.
 */
export function VideoUploader({ lessonId, replacing = false, onUploaded }: { lessonId?: string; replacing?: boolean; onUploaded?: (assetId: string) => void }) {
  const t = useTranslations("media.uploader");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const settings = useQuery(trpc.media.settings.queryOptions());
  const createUpload = useMutation(trpc.media.createUpload.mutationOptions());
  const attach = useMutation(trpc.media.attach.mutationOptions());
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const xhr = useRef<XMLHttpRequest | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const size = (bytes: number) => formatFileSize(format, bytes);

  // Not the one form layer: a ticket, a direct upload with progress and an attach are three steps, not one mutation.
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Read from the input, so a file chosen while the page was loading counts.
    const file = (e.currentTarget.elements.namedItem("video") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setFieldError(t("chooseFirst"));
    setFieldError(null);
    try {
      const durationSeconds = await measureDuration(file);
      const ticket = await createUpload.mutateAsync({ fileName: file.name, sizeBytes: file.size, durationSeconds });
      setPhase({ kind: "uploading", name: file.name, loaded: 0, total: file.size });
      const res = await putFile(ticket.uploadUrl, file, (loaded, total) => setPhase({ kind: "uploading", name: file.name, loaded, total }), xhr);
      if (res.status < 200 || res.status >= 300) {
        let message = t("network");
        try {
          message = (JSON.parse(res.body) as { error?: { message?: string } }).error?.message ?? message;
        } catch {
          // Mux's storage answers in XML; the generic message is the useful one.
        }
        throw new Error(message);
      }
      if (lessonId) await attach.mutateAsync({ lessonId, assetId: ticket.assetId });
      setPhase({ kind: "done" });
      setInputKey((k) => k + 1);
      onUploaded?.(ticket.assetId);
    } catch (err) {
      const message = err instanceof Error && err.message === "abort" ? t("cancelled") : err instanceof Error && err.message === "network" ? t("network") : errorMessage(err, err instanceof Error ? err.message : tc("somethingWentWrong"));
      setPhase({ kind: "error", message });
    } finally {
      xhr.current = null;
    }
  }

  const uploading = phase.kind === "uploading" || createUpload.isPending;
  const percent = phase.kind === "uploading" && phase.total > 0 ? Math.floor((phase.loaded / phase.total) * 100) : 0;
  const hint = settings.data?.provider === "MUX" ? t("hintMux") : settings.data?.maxBytes ? t("hintLocal", { max: size(settings.data.maxBytes) }) : undefined;

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate>
      <Field label={t("file")} hint={hint} error={fieldError}>
        {(p) => (
          <Input
            {...p}
            key={inputKey}
            name="video"
            type="file"
            accept="video/*"
            disabled={uploading}
            onChange={() => setPhase({ kind: "idle" })}
          />
        )}
      </Field>
      {phase.kind === "uploading" && (
        <div className="space-y-1">
          <p className="text-sm text-slate-700" id="upload-progress-label">
            {t("uploading", { name: phase.name })}
          </p>
          <div role="progressbar" aria-labelledby="upload-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p className="text-xs text-slate-500 tabular-nums">{t("progress", { percent, size: size(phase.total) })}</p>
        </div>
      )}
      {phase.kind === "done" && (
        <Alert tone="success">{settings.data?.provider === "MUX" ? t("processing") : lessonId ? t("attached") : t("ready")}</Alert>
      )}
      {phase.kind === "error" && <Alert tone="danger">{t("failed", { message: phase.message })}</Alert>}
      <div className="flex gap-2">
        <SubmitButton busy={uploading}>{replacing ? t("replace") : t("upload")}</SubmitButton>
        {phase.kind === "uploading" && (
          <Button variant="secondary" onClick={() => xhr.current?.abort()}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
