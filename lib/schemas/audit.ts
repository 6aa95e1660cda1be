import { z } from "zod";
import { IsoDateInput, Text } from "~/lib/schemas/common";

/** How many audit entries one page shows (and one streamed chunk of the CSV reads). */
export const AUDIT_PAGE_SIZE = 50;

const Optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/**
 * The audit trail's search (Admin → Audit trail, its CSV and the audit.search procedure): who acted (their e-mail or
 * employee id), on what (an entity kind, optionally one object), which action (a prefix such as "course." or a full
 * name), between two dates (the organisation's days), newest first; `cursor` continues after a page's last entry.
 */
export const AuditSearchInput = z
  .object({
    person: Optional(Text.trim().max(254)),
    entity: Optional(z.string().trim().regex(/^[A-Za-z]{1,60}$/, { message: "Choose a kind of object from the list" })),
    entityId: Optional(Text.trim().max(100)),
    action: Optional(z.string().trim().regex(/^[A-Za-z][A-Za-z0-9._-]{0,99}$/, { message: "Choose an action from the list" })),
    from: Optional(IsoDateInput),
    to: Optional(IsoDateInput),
    cursor: Optional(z.string().trim().regex(/^[A-Za-z0-9_-]{1,200}$/, { message: "This page link is not valid any more; search again" })),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  });
export type AuditSearchInput = z.infer<typeof AuditSearchInput>;

/** The filters a page link keeps (everything but the cursor), as URL parameters. */
export const AUDIT_FILTER_KEYS = ["person", "entity", "entityId", "action", "from", "to"] as const;
