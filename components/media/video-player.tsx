"use client";

import { captionMatches } from "~/lib/media/captions";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type MuxPlayerElement from "@mux/mux-player";
import type { CaptionSource } from "~/server/media/assets";
import type { VideoProgressState } from "~/server/media/progress";
import { Badge } from "~/components/ui/badge";

const MuxVideo = dynamic(() => import("~/components/media/mux-video").then((m) => m.MuxVideo), { ssr: false });

/** How often a playing video reports what was played. */
const REPORT_EVERY_MS = 5000;
const PROGRESS_URL = "/api/media/progress";

export type PlayerSource =
  | { provider: "LOCAL"; src: string; mimeType: string; captions: CaptionSource[] }
  | { provider: "MUX"; playbackId: string; tokens: { playback: string; thumbnail: string; storyboard: string } | null; captions: CaptionSource[] };

type Media = HTMLVideoElement | MuxPlayerElement;

function playedRanges(el: Media): [number, number][] {
  const played = el instanceof HTMLVideoElement ? el.played : el.media?.played;
  const out: [number, number][] = [];
  if (!played) return out;
  for (let i = 0; i < played.length; i++) out.push([played.start(i), played.end(i)]);
  return out;
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A video lesson's player: Mux Player for a video on Mux, the browser's own player with <track> captions for a
 * local file. It reports the ranges the media element really played (`played`), never a percentage: every 5 s
 * while playing, on play, pause and end, and with navigator.sendBeacon when the page is hidden or left. It resumes
 * where the learner stopped and shows how much counts toward completing the lesson.
 */
/**
 * `captionLanguage`: the course language the lesson is read in; its caption track (when there is one) is the one
 * the player starts with.
 */
export function VideoPlayer({
  lessonId,
  title,
  source,
  initial,
  captionLanguage,
}: {
  lessonId: string;
  title: string;
  source: PlayerSource;
  initial: VideoProgressState;
  captionLanguage?: string;
}) {
  const t = useTranslations("media.player");
  const router = useRouter();
  const mediaRef = useRef<Media | null>(null);
  const [state, setState] = useState(initial);
  const [announce, setAnnounce] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const lastSent = useRef<string>("");
  const resumed = useRef(false);
  const [resumedAt, setResumedAt] = useState<number | null>(null);
  const tracked = initial.tracked;

  const payload = useCallback(() => {
    const el = mediaRef.current;
    if (!el) return null;
    const duration = Number.isFinite(el.duration) && el.duration > 0 ? el.duration : null;
    return JSON.stringify({ lessonId, ranges: playedRanges(el), position: el.currentTime || 0, duration });
  }, [lessonId]);

  const report = useCallback(
    async (force = false) => {
      if (!tracked) return;
      const body = payload();
      if (!body || (!force && body === lastSent.current)) return;
      lastSent.current = body;
      try {
        const res = await fetch(PROGRESS_URL, { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as VideoProgressState;
        setSaveFailed(false);
        setState(next);
        if (next.justCompleted) {
          setAnnounce(t("justCompleted"));
          // The course outline (server-rendered) now shows the lesson as done.
          router.refresh();
        }
      } catch {
        lastSent.current = "";
        setSaveFailed(true);
      }
    },
    [payload, router, t, tracked],
  );

  /** When the page is going away: the browser sends this even as the tab closes. */
  const beacon = useCallback(() => {
    if (!tracked) return;
    const body = payload();
    if (!body || body === lastSent.current) return;
    lastSent.current = body;
    const blob = new Blob([body], { type: "application/json" });
    if (!navigator.sendBeacon?.(PROGRESS_URL, blob)) {
      void fetch(PROGRESS_URL, { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true });
    }
  }, [payload, tracked]);

  // The latest report function, for listeners attached once per media element.
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  }, [report]);

  const attach = useCallback(
    (el: Media | null) => {
      mediaRef.current = el;
      if (!el) return;
      const onMeta = () => {
        // Mux Player adds its text tracks with the stream: show the course language's one (a local <track> is marked default).
        if (captionLanguage && !(el instanceof HTMLVideoElement)) {
          const tracks = el.media?.textTracks;
          for (let i = 0; tracks && i < tracks.length; i++) {
            const track = tracks[i]!;
            if ((track.kind === "subtitles" || track.kind === "captions") && captionMatches(track.language, captionLanguage)) {
              track.mode = "showing";
              break;
            }
          }
        }
        if (resumed.current) return;
        resumed.current = true;
        if (initial.position > 0 && el.currentTime < 1) {
          el.currentTime = initial.position;
          setResumedAt(initial.position);
        }
      };
      // Play opens a watch session on the server (its time is what later reports are measured against).
      const onPlay = () => void reportRef.current(true);
      const onPause = () => void reportRef.current();
      el.addEventListener("loadedmetadata", onMeta);
      el.addEventListener("play", onPlay);
      el.addEventListener("pause", onPause);
      el.addEventListener("ended", onPause);
      if (el.readyState >= 1) onMeta();
      return () => {
        el.removeEventListener("loadedmetadata", onMeta);
        el.removeEventListener("play", onPlay);
        el.removeEventListener("pause", onPause);
        el.removeEventListener("ended", onPause);
      };
    },
    [initial.position, captionLanguage],
  );

  useEffect(() => {
    const timer = window.setInterval(() => {
      const el = mediaRef.current;
      if (el && !el.paused) void report();
    }, REPORT_EVERY_MS);
    const onHide = () => {
      if (document.visibilityState === "hidden") beacon();
    };
    window.addEventListener("pagehide", beacon);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("pagehide", beacon);
      document.removeEventListener("visibilitychange", onHide);
      // Leaving the lesson inside the app (client navigation) is also a "page going away".
      beacon();
    };
  }, [beacon, report]);

  const watched = Math.floor(state.watchedFraction * 100);
  const needed = Math.round(state.threshold * 100);

  return (
    <section aria-label={t("regionLabel", { title })} className="space-y-3">
      <div className="overflow-hidden rounded-lg bg-black shadow-xs ring-1 ring-slate-200">
        {source.provider === "LOCAL" ? (
          <video
            ref={attach}
            className="aspect-video w-full"
            controls
            playsInline
            preload="metadata"
            data-testid="lesson-video"
            aria-label={title}
          >
            <source src={source.src} type={source.mimeType} />
            {source.captions.map((c, i) => {
              const first = source.captions.findIndex((x) => captionMatches(x.language, captionLanguage));
              return <track key={c.id} kind="subtitles" src={c.src} srcLang={c.language} label={c.label} default={i === first} />;
            })}
            {t("unsupported")}
          </video>
        ) : (
          <MuxVideo playbackId={source.playbackId} tokens={source.tokens} title={title} startTime={initial.position} onElement={attach} />
        )}
      </div>
      {tracked ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-slate-700" id={`watched-${lessonId}`}>
              {state.durationSeconds ? t("progress", { watched, needed }) : t("progressUnknown")}
            </p>
            {state.completed && (
              <span data-testid="video-done">
                <Badge tone="success">{t("completedBadge")}</Badge>
              </span>
            )}
          </div>
          <div
            role="progressbar"
            aria-labelledby={`watched-${lessonId}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={watched}
            data-testid="watched-progress"
            className="relative h-2 overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${watched}%` }} />
            <div className="absolute inset-y-0 w-0.5 bg-slate-700" style={{ left: `${needed}%` }} aria-hidden />
          </div>
          <p className="text-xs text-slate-500">{t("howItCounts")}</p>
          {state.completed && <p className="text-sm text-green-800">{t("completed")}</p>}
          {resumedAt !== null && <p className="text-xs text-slate-500">{t("resumed", { time: formatClock(resumedAt) })}</p>}
          {saveFailed && <p className="text-xs text-amber-800">{t("saveFailed")}</p>}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("preview")}</p>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
    </section>
  );
}
