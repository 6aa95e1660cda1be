import { z } from "zod";
import { Id } from "~/lib/schemas/common";

/** A page of the person's notification list. */
export const NotificationListInput = z.object({ page: z.number().int().min(1).max(100000).default(1) });
export type NotificationListInput = z.infer<typeof NotificationListInput>;

export const NotificationIdInput = z.object({ id: Id });
export type NotificationIdInput = z.infer<typeof NotificationIdInput>;
