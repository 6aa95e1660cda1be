import { z } from "zod";
import { Id, Text } from "~/lib/schemas/common";
import { PeopleSelection } from "~/lib/schemas/enrolment";

/** A path's code: its address (/paths/REMOTE-BOOTCAMP), set when the path is created. */
export const PathCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,31}$/, { message: "2–32 capital letters, digits or hyphens, starting with a letter, e.g. REMOTE-BOOTCAMP" });

const Https = z
  .string()
  .trim()
  .url({ message: "Enter a full web address starting with https://" })
  .refine((u) => u.startsWith("https://"), { message: "Enter a full web address starting with https://" })
  .max(2000);

export const PATH_ORDERS = ["SEQUENTIAL", "FREE"] as const;

/** "" or nothing = every step; N = any N of the steps. */
const RequiredSteps = z.preprocess(
  (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
  z.number({ message: "Enter a whole number of steps" }).int({ message: "Enter a whole number of steps" }).min(1, { message: "At least one step" }).max(100).nullable(),
);

const PathDetails = z.object({
  title: Text.pipe(z.string().trim().min(3, { message: "Give the path a title of at least 3 characters" }).max(200)),
  summary: Text.pipe(z.string().trim().max(2000)),
  order: z.enum(PATH_ORDERS),
  requiredSteps: RequiredSteps,
});

export const CreatePathInput = PathDetails.extend({ code: PathCode });
export type CreatePathInput = z.infer<typeof CreatePathInput>;

export const UpdatePathInput = PathDetails.extend({ pathId: Id });
export type UpdatePathInput = z.infer<typeof UpdatePathInput>;

export const PathIdInput = z.object({ pathId: Id });
export type PathIdInput = z.infer<typeof PathIdInput>;

export const PathCodeInput = z.object({ code: PathCode });

export const AddStepInput = z.discriminatedUnion("kind", [
  z.object({ pathId: Id, kind: z.literal("COURSE"), courseId: Id }),
  z.object({
    pathId: Id,
    kind: z.literal("EXTERNAL"),
    title: Text.pipe(z.string().trim().min(3, { message: "Give the step a title of at least 3 characters" }).max(200)),
    provider: Text.pipe(z.string().trim().min(2, { message: "Name the provider" }).max(120)),
    /** "" = no address (kept as input so the form and the procedure share one type; stored as null) */
    url: z.union([Https, z.literal("")]),
  }),
]);
export type AddStepInput = z.infer<typeof AddStepInput>;

export const StepIdInput = z.object({ stepId: Id });
export type StepIdInput = z.infer<typeof StepIdInput>;

export const MoveStepInput = z.object({ stepId: Id, direction: z.enum(["up", "down"]) });
export type MoveStepInput = z.infer<typeof MoveStepInput>;

export const AssignPathInput = z.object({ pathId: Id, people: PeopleSelection });
export type AssignPathInput = z.infer<typeof AssignPathInput>;
