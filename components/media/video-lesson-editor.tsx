"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import type { AssetSummary } from "~/server/media/assets";
import { Alert } from "~/components/ui/alert";
import { VideoUploader } from "~/components/media/video-uploader";
import { CaptionManager } from "~/components/media/caption-manager";
import { formatFileSize } from "~/components/media/format";
import { StatusBadge } from "~/components/ui/status-badge";


/**
 * The video part of a video lesson's editor: the current video and where its processing stands (polled until Mux
 * says ready or errored), an uploader to add or replace it, and the caption tracks. `editable` is false for a
 * lesson of a published version, which never changes.
 */
export function VideoLessonEditor({ lessonId, assetId, editable }: { lessonId: string; assetId: string | null; editable: boolean }) {
  const t = useTranslations("media.editor");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [current, setCurrent] = useState(assetId);
  const asset = useQuery({
    ...trpc.media.asset.queryOptions({ assetId: current ?? "" }),
    enabled: current !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === "WAITING" || q.state.data.status === "PROCESSING") ? 3000 : false),
  });
  const [override, setOverride] = useState<AssetSummary | null>(null);
  const a = override?.id === current ? override : asset.data;

  return (
    <div className="space-y-6">
      {a ? (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-700">{t("file")}</dt>
          <dd className="break-all text-slate-900">{a.title}</dd>
          <dt className="font-medium text-slate-700">{t("status")}</dt>
          <dd>
            <StatusBadge kind="videoAsset" status={a.status}>{t(`states.${a.status}`)}</StatusBadge>
            {a.errorMessage && <span className="ml-2 text-red-700">{a.errorMessage}</span>}
          </dd>
          <dt className="font-medium text-slate-700">{t("host")}</dt>
          <dd className="text-slate-900">{t(`hosts.${a.provider}`)}</dd>
          {a.durationSeconds !== null && (
            <>
              <dt className="font-medium text-slate-700">{t("length")}</dt>
              <dd className="tabular-nums text-slate-900">{t("duration", { minutes: Math.floor(a.durationSeconds / 60), seconds: Math.round(a.durationSeconds % 60) })}</dd>
            </>
          )}
          {a.sizeBytes !== null && (
            <>
              <dt className="font-medium text-slate-700">{t("size")}</dt>
              <dd className="tabular-nums text-slate-900">{formatFileSize(format, a.sizeBytes)}</dd>
            </>
          )}
        </dl>
      ) : (
        current === null && <p className="text-sm text-slate-600">{t("empty")}</p>
      )}
      {editable ? (
        <VideoUploader
          lessonId={lessonId}
          replacing={current !== null}
          onUploaded={(id) => {
            setCurrent(id);
            router.refresh();
          }}
        />
      ) : (
        <Alert>{t("publishedNote")}</Alert>
      )}
      {a && <CaptionManager asset={a} onChange={setOverride} />}
    </div>
  );
}
