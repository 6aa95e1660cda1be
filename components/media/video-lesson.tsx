import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "~/server/auth/roles";
import { getLessonPlayback } from "~/server/media/assets";
import { getVideoProgress } from "~/server/media/progress";
import { Alert } from "~/components/ui/alert";
import { EmptyState } from "~/components/ui/empty-state";
import { VideoPlayer } from "~/components/media/video-player";
// A plain module: this server component cannot call a function exported from the client player module.
import { captionMatches } from "~/lib/media/captions";
import { languageName } from "~/components/courses/labels";

/**
 * A video lesson in the course player (server component): the player with the learner's progress once the video
 * is ready, or what stands in its way (no video yet, still processing, failed with the service's message).
 * Only for someone allowed to see the lesson (getLessonPlayback checks it).
 */
export async function VideoLesson({
  actor,
  lessonId,
  title,
  language,
}: {
  actor: Actor;
  lessonId: string;
  title: string;
  /** the course language the lesson is read in (its captions start on) and the languages the course is offered in */
  language?: { current: string; offered: string[] };
}) {
  const t = await getTranslations("media.player");
  const playback = await getLessonPlayback(actor, lessonId);
  if (playback.state === "none") return <EmptyState title={t("none")} />;
  if (playback.state === "processing") return <Alert title={t("processingTitle")}>{t("processing")}</Alert>;
  if (playback.state === "deleted") {
    return (
      <Alert tone="warning" title={t("erroredTitle")}>
        {t("errored", { message: t("deletedFromMux") })}
      </Alert>
    );
  }
  if (playback.state === "errored") {
    return (
      <Alert tone="warning" title={t("erroredTitle")}>
        {playback.message ? t("errored", { message: playback.message }) : t("erroredNoMessage")}
      </Alert>
    );
  }
  const progress = await getVideoProgress(actor, lessonId);
  // Every language the course is offered in has captions, or the lesson says it has none in that language.
  const captions = playback.source.captions;
  const missing = (language?.offered ?? []).filter((l) => !captions.some((c) => captionMatches(c.language, l)));
  const tl = await getTranslations("courseLanguages");
  const locale = await getLocale();
  return (
    <div className="space-y-2">
      <VideoPlayer lessonId={lessonId} title={title} source={playback.source} initial={progress} captionLanguage={language?.current} />
      {missing.length > 0 && (
        <ul className="text-sm text-slate-600" data-testid="missing-captions">
          {missing.map((l) => (
            <li key={l}>{tl("noCaptions", { language: languageName(l, locale) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
