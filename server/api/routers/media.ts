import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AddCaptionInput, AssetIdInput, AttachVideoInput, CaptionIdInput, CreateVideoUploadInput, LessonIdInput, VideoProgressReport } from "~/lib/schemas/media";
import { addCaption, attachVideoToLesson, createVideoUpload, getAsset, getLessonPlayback, removeCaption } from "~/server/media/assets";
import { getVideoProgress, recordVideoProgress } from "~/server/media/progress";
import { mediaSettings } from "~/server/media/settings";

export const mediaRouter = router({
  settings: protectedProcedure.query(() => mediaSettings()),
  createUpload: protectedProcedure.input(CreateVideoUploadInput).mutation(({ ctx, input }) => createVideoUpload(ctx.actor, input)),
  asset: protectedProcedure.input(AssetIdInput).query(({ ctx, input }) => getAsset(ctx.actor, input.assetId)),
  attach: protectedProcedure.input(AttachVideoInput).mutation(({ ctx, input }) => attachVideoToLesson(ctx.actor, input)),
  addCaption: protectedProcedure.input(AddCaptionInput).mutation(({ ctx, input: { vtt, ...track } }) => addCaption(ctx.actor, track, vtt)),
  removeCaption: protectedProcedure.input(CaptionIdInput).mutation(({ ctx, input }) => removeCaption(ctx.actor, input.captionId)),
  playback: protectedProcedure.input(LessonIdInput).query(({ ctx, input }) => getLessonPlayback(ctx.actor, input.lessonId)),
  progress: protectedProcedure.input(LessonIdInput).query(({ ctx, input }) => getVideoProgress(ctx.actor, input.lessonId)),
  report: protectedProcedure.input(VideoProgressReport).mutation(({ ctx, input }) => recordVideoProgress(ctx.actor, input)),
});
