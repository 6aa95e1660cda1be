import { getTranslations } from "next-intl/server";
import type { Actor } from "~/server/auth/roles";
import { getLessonPlayback } from "~/server/media/assets";
import { getVideoProgress } from "~/server/media/progress";
import { Alert } from "~/components/ui/alert";
import { EmptyState } from "~/components/ui/empty-state";
import { VideoPlayer } from "~/components/media/video-player";

/**
 * A video lesson in the course player (server component): the player with the learner's progress once the video
 * is ready, or what stands in its way (no video yet, still processing, failed with the service's message).
 * Only for someone allowed to see the lesson (getLessonPlayback checks it).
 */
export async function VideoLesson({ actor, lessonId, title }: { actor: Actor; lessonId: string; title: string }) {
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
  return <VideoPlayer lessonId={lessonId} title={title} source={playback.source} initial={progress} />;
}
