import { z } from "zod";
import { SMALL_CELL_MAX, SMALL_CELL_MIN } from "~/lib/privacy/small-cells";

/** Privacy settings L&D admins change: the small-cell threshold of breakdowns by gender, grade and duty station. */
export const PrivacySettings = z.object({
  smallCellThreshold: z.number().int().min(SMALL_CELL_MIN).max(SMALL_CELL_MAX),
});
export type PrivacySettings = z.infer<typeof PrivacySettings>;
