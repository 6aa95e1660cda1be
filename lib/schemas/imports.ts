import { z } from "zod";
import { Id } from "~/lib/schemas/common";

/** Inputs of the web imports (upload → preview → confirm), shared by the upload form and the procedures. */

export const IMPORT_KINDS = ["staff", "records", "platformActivity"] as const;

/** 100,000 history rows are about 9 MB of CSV; base64 adds a third. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const PreviewImportInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().min(1).max(200),
  /** the file's bytes, base64 */
  base64: z
    .string()
    .min(1, { message: "Choose a CSV file" })
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8, { message: "The file is larger than 20 MB; import it with the command line" }),
  skipInvalid: z.boolean().default(false),
  markMissingAsLeft: z.boolean().default(false),
  /** platformActivity: the licence pool the activity report is for (its id or platform code) */
  pool: z.string().trim().max(64).optional(),
});
export type PreviewImportInput = z.infer<typeof PreviewImportInput>;

export const ConfirmImportInput = z.object({
  batchId: Id,
  /** the sha256 the preview showed: the confirmation applies exactly that file */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "Not a SHA-256 hash" }),
});
export type ConfirmImportInput = z.infer<typeof ConfirmImportInput>;
