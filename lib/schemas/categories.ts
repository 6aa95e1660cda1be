import { z } from "zod";

export const CategoryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,15}$/, { message: "2–16 letters, digits or _, starting with a letter" });

export const CategoryName = z.string().trim().min(2, { message: "At least 2 characters" }).max(80, { message: "At most 80 characters" });

export const CreateCategoryInput = z.object({ code: CategoryCode, name: CategoryName });
export type CreateCategoryInput = z.infer<typeof CreateCategoryInput>;

export const RenameCategoryInput = z.object({ id: z.string().min(1), name: CategoryName });
export type RenameCategoryInput = z.infer<typeof RenameCategoryInput>;

export const CategoryIdInput = z.object({ id: z.string().min(1) });
