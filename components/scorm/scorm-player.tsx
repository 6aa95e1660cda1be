"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type Scorm12API from "scorm-again/scorm12";
import type Scorm2004API from "scorm-again/scorm2004";
import { Alert } from "~/components/ui/alert";
import { Button, ButtonLink } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

const COMMIT_URL = "/api/scorm/commit";
/** Browsers refuse keepalive requests and beacons above 64 KiB (all such requests of the page together). */
const KEEPALIVE_MAX = 60_000;

/** What the page's server part hands over (server/scorm/runtime.ts ScormLaunch). */
export type ScormPlayerLaunch = {
  lessonId: string;
  standard: "scorm12" | "scorm2004";
  launchUrl: string;
  launchId: string;
  seq: number;
  cmi: Record<string, unknown>;
  scormType: "sco" | "asset";
  credit: boolean;
  lessonDone: boolean;
  courseDone: boolean;
};

type Api = Scorm12API | Scorm2004API;
type CommitAnswer = { completedLesson: boolean; completedCourse: boolean; lessonDone: boolean; courseDone: boolean; ignored: boolean };

declare global {
  interface Window {
    API?: unknown;
    API_1484_11?: unknown;
  }
}

/**
 * A SCO in an iframe with the standard run-time API on THIS page, where content looks for it (window.API for 1.2,
 * window.API_1484_11 for 2004), through scorm-again. The stored CMI is loaded before the iframe exists; every
 * Commit/Finish is sent to the server (fetch keepalive), and so is the state when the page is hidden or left
 * (sendBeacon), each with the next sequence number so a late one never overwrites a newer one. In preview
 * (`launch.credit` false) nothing is sent.
 */
export function ScormPlayer({
  launch,
  title,
  nextHref,
  completeHref,
}: {
  launch: ScormPlayerLaunch;
  title: string;
  /** the next lesson, for "Continue" once this one is done */
  nextHref: string | null;
  /** the completion page, once the course is complete */
  completeHref: string | null;
}) {
  const t = useTranslations("scormPlayer");
  const tp = useTranslations("courses.player");
  const router = useRouter();
  const [ready, setReady] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [lessonDone, setLessonDone] = useState(launch.lessonDone);
  const [courseDone, setCourseDone] = useState(launch.courseDone);
  const frameBox = useRef<HTMLDivElement>(null);
  // The launch this player started with: a server refresh of the page (router.refresh) must not restart the SCO.
  const [started] = useState(launch);
  // Read through refs: the SCO keeps the API object it found, so the effect below must run once per launch.
  const saveFailedText = useRef(t("saveFailed"));
  const routerRef = useRef(router);
  useEffect(() => {
    saveFailedText.current = t("saveFailed");
    routerRef.current = router;
  });

  useEffect(() => {
    let api: Api | null = null;
    let cancelled = false;
    let seq = started.seq;
    const record = started.credit;

    const body = () => JSON.stringify({ lessonId: started.lessonId, launchId: started.launchId, seq: ++seq, cmi: (api!.renderCMIToJSONObject() as { cmi: unknown }).cmi });
    // Nothing to send before the SCO initialised (the stored state is already on the server).
    const live = () => !!api && (api.isInitialized() || api.isTerminated());

    async function commit() {
      if (!record || !live()) return;
      const payload = body();
      try {
        const res = await fetch(COMMIT_URL, { method: "POST", body: payload, headers: { "content-type": "application/json" }, keepalive: payload.length < KEEPALIVE_MAX });
        const answer = (await res.json().catch(() => null)) as (CommitAnswer & { error?: { message: string } }) | null;
        if (!res.ok || !answer) {
          setSaveError(answer?.error?.message ?? saveFailedText.current);
          return;
        }
        setSaveError(null);
        if (answer.lessonDone) setLessonDone(true);
        if (answer.courseDone) setCourseDone(true);
        // The outline and the completion banner are server-rendered.
        if (answer.completedLesson || answer.completedCourse) routerRef.current.refresh();
      } catch {
        setSaveError(saveFailedText.current);
      }
    }

    /** The page is going away: the browser delivers a beacon even as the tab closes. */
    function beacon() {
      if (!record || !live()) return;
      const payload = body();
      if (payload.length < KEEPALIVE_MAX && navigator.sendBeacon?.(COMMIT_URL, payload)) return;
      void fetch(COMMIT_URL, { method: "POST", body: payload, headers: { "content-type": "application/json" }, keepalive: payload.length < KEEPALIVE_MAX }).catch(() => undefined);
    }
    const onHide = () => {
      if (document.visibilityState === "hidden") beacon();
    };

    async function start() {
      const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 as const, uninitializedGetLogLevel: 5 as const, mastery_override: false, autoCompleteLessonStatus: false };
      if (started.standard === "scorm12") {
        const mod = (await import("scorm-again/scorm12")) as unknown as { Scorm12API: typeof Scorm12API };
        const a = new mod.Scorm12API(settings);
        a.loadFromJSON(started.cmi, "cmi");
        a.on("LMSCommit", () => void commit());
        a.on("LMSFinish", () => void commit());
        api = a;
        if (!cancelled) window.API = a;
      } else {
        const mod = (await import("scorm-again/scorm2004")) as unknown as { Scorm2004API: typeof Scorm2004API };
        const a = new mod.Scorm2004API(settings);
        a.loadFromJSON(started.cmi, "cmi");
        a.on("Commit", () => void commit());
        a.on("Terminate", () => void commit());
        api = a;
        if (!cancelled) window.API_1484_11 = a;
      }
      if (!cancelled) setReady(true);
    }

    start().catch(() => {
      if (!cancelled) setLoadFailed(true);
    });
    window.addEventListener("pagehide", beacon);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      cancelled = true;
      window.removeEventListener("pagehide", beacon);
      document.removeEventListener("visibilitychange", onHide);
      // Leaving the lesson inside the app (client navigation) is also a page going away.
      beacon();
      if (window.API === api) delete window.API;
      if (window.API_1484_11 === api) delete window.API_1484_11;
    };
  }, [started]);

  async function fullScreen() {
    await frameBox.current?.requestFullscreen?.().catch(() => undefined);
  }

  const continueLink = nextHref ? (
    <ButtonLink href={nextHref}>{tp("continue")}</ButtonLink>
  ) : courseDone && completeHref ? (
    <ButtonLink href={completeHref}>{tp("seeCompletion")}</ButtonLink>
  ) : null;

  return (
    <div className="space-y-4">
      {!launch.credit && <Alert tone="info">{t("previewNote")}</Alert>}
      {loadFailed && <Alert tone="warning">{t("loadFailed")}</Alert>}
      <div ref={frameBox} className="bg-white">
        {ready ? (
          <iframe
            src={started.launchUrl}
            title={title}
            data-testid="scorm-frame"
            className="block h-[70vh] min-h-[360px] w-full rounded-md border border-slate-200 sm:min-h-[480px] [:fullscreen_&]:h-full [:fullscreen_&]:rounded-none [:fullscreen_&]:border-0"
            allow="fullscreen; autoplay"
          />
        ) : (
          !loadFailed && (
            <p className="text-sm text-slate-600" role="status">
              {t("loading")}
            </p>
          )
        )}
      </div>
      <FormError message={saveError} />
      <div className="flex flex-wrap items-center gap-3">
        {ready && (
          <Button variant="secondary" size="sm" onClick={() => void fullScreen()}>
            {t("fullScreen")}
          </Button>
        )}
        {launch.credit && !lessonDone && <p className="text-sm text-slate-600">{started.scormType === "asset" ? t("assetHint") : t("hint")}</p>}
      </div>
      {lessonDone && launch.credit && (
        <div className="space-y-3" role="status">
          <p className="text-sm text-green-800" data-testid="scorm-done">
            ✓ {courseDone ? t("courseDone") : t("lessonDone")}
          </p>
          <div className="flex flex-wrap gap-2">{continueLink}</div>
        </div>
      )}
    </div>
  );
}
