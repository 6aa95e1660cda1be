import { z } from "zod";
import { Text } from "~/lib/schemas/common";

/** API tokens of the reports API (Admin → API tokens). */
export const ApiTokenName = Text.trim()
  .min(2, { error: "At least 2 characters" })
  .max(80, { error: "At most 80 characters" });

export const CreateApiTokenInput = z.object({ name: ApiTokenName });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const RenameApiTokenInput = z.object({ id: z.string().min(1), name: ApiTokenName });
export type RenameApiTokenInput = z.infer<typeof RenameApiTokenInput>;

export const ApiTokenIdInput = z.object({ id: z.string().min(1) });
