import { z } from "zod";
import { Id, IsoDateInput, Text } from "~/lib/schemas/common";

/** Inputs of licence pools (L&D) and licence requests (staff), shared by the forms and the procedures. */

/** The platform's code as its activity import names it: lower-case words joined by hyphens ("linkedin-learning"). */
export const PlatformCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Use lower-case letters, digits and hyphens (linkedin-learning)" });

const Money = z
  .string()
  .trim()
  .max(12)
  .regex(/^(\d{1,8}(\.\d{1,2})?)?$/, { message: "Enter an amount such as 379.50" });

export const PoolFields = z.object({
  platform: PlatformCode,
  name: Text.pipe(z.string().trim().min(2).max(120)),
  seats: z.coerce.number().int().min(1).max(100_000),
  validFrom: IsoDateInput,
  validUntil: IsoDateInput,
  /** empty: no cost recorded */
  costPerSeat: Money.default(""),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{3})?$/, { message: "A three-letter currency code (CHF, USD)" })
    .default(""),
  reclaimAfterDays: z.coerce.number().int().min(7).max(730),
  autoAssign: z.boolean().default(false),
  categoryId: Id,
});

function validityOrder<T extends { validFrom: string; validUntil: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.validUntil <= v.validFrom) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "The end of validity must be after its start" });
}

export const CreatePoolInput = PoolFields.superRefine(validityOrder);
export type CreatePoolInput = z.infer<typeof CreatePoolInput>;

export const UpdatePoolInput = PoolFields.extend({ poolId: Id }).superRefine(validityOrder);
export type UpdatePoolInput = z.infer<typeof UpdatePoolInput>;

export const PoolRef = z.object({ poolId: Id });
export type PoolRef = z.infer<typeof PoolRef>;

export const LicenceRef = z.object({ licenceId: Id });
export type LicenceRef = z.infer<typeof LicenceRef>;

export const DeclineRequestInput = z.object({ licenceId: Id, reason: Text.pipe(z.string().trim().min(3).max(500)) });
export type DeclineRequestInput = z.infer<typeof DeclineRequestInput>;

export const ReleaseLicenceInput = z.object({ licenceId: Id, reason: Text.pipe(z.string().trim().max(500)).default("") });
export type ReleaseLicenceInput = z.infer<typeof ReleaseLicenceInput>;
