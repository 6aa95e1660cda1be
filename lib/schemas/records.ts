import { z } from "zod";
import { Id, IsoDateString } from "~/lib/schemas/enrolment";

/** Inputs of the training ledger: a learner's history, external learning and L&D's corrections; shared by forms and procedures. */

export const HistoryInput = z.object({ basis: z.enum(["calendar", "report"]).default("calendar") }).default({ basis: "calendar" });

export const CERTIFICATE_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;

export const DeclareExternalInput = z
  .object({
    title: z.string().trim().min(3, { message: "At least 3 characters" }).max(200),
    provider: z.string().trim().min(2, { message: "At least 2 characters" }).max(120),
    categoryId: Id,
    startDate: IsoDateString,
    endDate: IsoDateString,
    /** what the learner claims; 0.125 = one hour */
    trainingDays: z.string().trim().min(1, { message: "Enter the training days, e.g. 0.5" }).max(12),
    description: z.string().trim().max(2000).default(""),
    /** the learning path step (EXTERNAL) this declaration completes once approved, when declared from the path */
    pathStepId: Id.optional(),
    certificate: z.object({
      name: z.string().trim().min(1).max(200),
      /** base64 of the file's bytes */
      base64: z.string().min(1, { message: "Attach the certificate" }).max(Math.ceil((MAX_CERTIFICATE_BYTES * 4) / 3) + 8, {
        message: "The certificate is larger than 5 MB",
      }),
    }),
  })
  .refine((d) => d.endDate >= d.startDate, { message: "The end date is before the start date", path: ["endDate"] });
export type DeclareExternalInput = z.infer<typeof DeclareExternalInput>;

export const ReviewExternalInput = z
  .object({
    id: Id,
    decision: z.enum(["approve", "reject"]),
    /** optional on approval, required on rejection (the learner reads it) */
    note: z.string().trim().max(500).default(""),
    /** L&D may adjust the claimed days when approving */
    trainingDays: z.string().trim().max(12).optional(),
  })
  .refine((r) => r.decision === "approve" || r.note.length >= 5, {
    message: "Tell the learner why (at least 5 characters)",
    path: ["note"],
  });
export type ReviewExternalInput = z.infer<typeof ReviewExternalInput>;

export const RECORD_STATUSES = ["COMPLETED", "ATTENDED", "NO_SHOW", "WITHDRAWN", "IN_PROGRESS"] as const;

export const SearchRecordsInput = z.object({
  /** employee ID, e-mail or part of a name */
  person: z.string().trim().min(2, { message: "Enter at least 2 characters" }).max(200),
});

export const CorrectRecordInput = z
  .object({
    recordId: Id,
    startDate: IsoDateString.optional(),
    endDate: IsoDateString.optional(),
    trainingDays: z.string().trim().max(12).optional(),
    status: z.enum(RECORD_STATUSES).optional(),
    categoryId: Id.optional(),
    reason: z.string().trim().min(5, { message: "Say why (at least 5 characters); it is kept with the change" }).max(500),
  })
  .refine((c) => !c.startDate || !c.endDate || c.endDate >= c.startDate, { message: "The end date is before the start date", path: ["endDate"] });
export type CorrectRecordInput = z.infer<typeof CorrectRecordInput>;

export const RecordIdInput = z.object({ recordId: Id });

export const StaffIdInput = z.object({ staffId: Id });
