import { z } from "zod";
import { Text } from "~/lib/schemas/common";

export const EMAIL_STATUSES = ["PENDING", "SENT", "FAILED"] as const;

/** Filters of the in-app outbox (Admin → Outbox). */
export const OutboxFilter = z.object({
  status: z.enum(EMAIL_STATUSES).optional(),
  search: Text.trim().max(100).optional(),
  page: z.number().int().min(1).max(100000).default(1),
});
export type OutboxFilter = z.infer<typeof OutboxFilter>;

export const OutboxMessageIdInput = z.object({ id: z.string().min(1) });
