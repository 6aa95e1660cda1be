import { z } from "zod";
import { Id, IsoDateInput, Text } from "~/lib/schemas/common";

/** "Women by grade as of a date": the date, an optional comparison date and the targets' date (default: see server/parity/report.ts). */
export const ParityReportQuery = z.object({
  asOf: IsoDateInput,
  compare: IsoDateInput.optional(),
  targetDate: IsoDateInput.optional(),
});
export type ParityReportQuery = z.infer<typeof ParityReportQuery>;

/** A grade ("P4", "NO-B") or a grade group ("P", "D"), as the staff directory writes it. */
export const GradeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}(-?[A-Z0-9]{1,3})?$/, { message: "Enter a grade such as P4, D1, G6 or NO-B." });

/** A target share of women: 0–100 % with at most two decimals (24, 37.5, 43.25). */
export const TargetShare = z.coerce
  .number({ message: "Enter a percentage between 0 and 100." })
  .min(0, { message: "Enter a percentage between 0 and 100." })
  .max(100, { message: "Enter a percentage between 0 and 100." })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: "Use at most two decimals." });

export const SaveParityTargetInput = z.object({
  /** absent: a new target; present: that target changed */
  id: Id.optional(),
  grade: GradeCode,
  targetDate: IsoDateInput,
  womenShare: TargetShare,
  note: Text.max(500).default(""),
});
export type SaveParityTargetInput = z.input<typeof SaveParityTargetInput>;

export const DeleteParityTargetInput = z.object({ id: Id });

/** The programme report: every programme, or one by its code. */
export const ProgrammeReportQuery = z.object({
  programme: z.string().trim().min(1).max(40).optional(),
});
export type ProgrammeReportQuery = z.infer<typeof ProgrammeReportQuery>;
