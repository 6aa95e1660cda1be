import { z } from "zod";
import { Id } from "~/lib/schemas/common";

// Video lessons: uploads, captions and watch progress. Shared by the uploader, the player and the server.

/**
 * Caption languages offered to admins: the UN's six official languages. Labels are each language's own name,
 * which is how a viewer looks for it in the player's captions menu whatever the interface language.
 */
export const CAPTION_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "fr", label: "Français" },
  { code: "zh", label: "中文" },
  { code: "es", label: "Español" },
  { code: "ar", label: "العربية" },
  { code: "ru", label: "Русский" },
] as const;
export type CaptionLanguage = (typeof CAPTION_LANGUAGES)[number]["code"];
const CAPTION_CODES = CAPTION_LANGUAGES.map((l) => l.code) as [CaptionLanguage, ...CaptionLanguage[]];

export function captionLabel(code: string): string {
  return CAPTION_LANGUAGES.find((l) => l.code === code)?.label ?? code;
}

/** Largest WebVTT file accepted: a two-hour lecture's subtitles are about 150 KB. */
export const CAPTION_MAX_BYTES = 512 * 1024;


export const AssetIdInput = z.object({ assetId: Id });
export const LessonIdInput = z.object({ lessonId: Id });

/** Starting an upload: the file's name and size as the browser sees them (the server decides the type itself). */
export const CreateVideoUploadInput = z.object({
  fileName: z.string().trim().min(1, { message: "Choose a video file" }).max(255, { message: "The file name is too long (at most 255 characters)" }),
  sizeBytes: z.number().int().positive({ message: "The file is empty" }),
  /** measured by the uploader's browser; used only when the file itself does not state its length */
  durationSeconds: z.number().positive().finite().max(24 * 60 * 60).nullable(),
});
export type CreateVideoUploadInput = z.infer<typeof CreateVideoUploadInput>;

export const AttachVideoInput = z.object({ lessonId: Id, assetId: Id });
export type AttachVideoInput = z.infer<typeof AttachVideoInput>;

export const CaptionInput = z.object({
  assetId: Id,
  language: z.enum(CAPTION_CODES, { message: "Choose one of the offered languages" }),
  label: z.string().trim().min(1, { message: "Give the track a name" }).max(60, { message: "At most 60 characters" }),
});
export type CaptionInput = z.infer<typeof CaptionInput>;

export const CaptionIdInput = z.object({ captionId: Id });

/** The most played ranges a report may carry: a browser merges `played`, so even heavy seeking stays far below. */
export const MAX_REPORTED_RANGES = 500;

const Seconds = z.number().finite().min(0).max(24 * 60 * 60);

/**
 * What the player reports: the media element's `played` ranges since the page loaded, where the playhead is, and
 * the duration the player sees. No percentage: the server works out what was watched from ranges it merges.
 */
export const VideoProgressReport = z.object({
  lessonId: Id,
  ranges: z
    .array(z.tuple([Seconds, Seconds]))
    .max(MAX_REPORTED_RANGES)
    .refine((rs) => rs.every(([s, e]) => e >= s), { message: "A played range ends before it starts" }),
  position: Seconds,
  duration: z.number().finite().positive().max(24 * 60 * 60).nullable(),
});
export type VideoProgressReport = z.infer<typeof VideoProgressReport>;

/** A caption upload: the WebVTT file's text travels with the track's language and name. */
export const AddCaptionInput = CaptionInput.extend({
  vtt: z.string().min(1, { message: "Choose a WebVTT (.vtt) file" }).max(CAPTION_MAX_BYTES, { message: "A caption file may be at most 512 KB" }),
});
export type AddCaptionInput = z.infer<typeof AddCaptionInput>;
