import { z } from "zod";

export const CategoryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,15}$/, { message: "2–16 letters, digits or _, starting with a letter" });

export const CategoryName = z.string().trim().min(2, { message: "At least 2 characters" }).max(80, { message: "At most 80 characters" });

export const CreateCategoryInput = z.object({ code: CategoryCode, name: CategoryName });
export type CreateCategoryInput = z.infer<typeof CreateCategoryInput>;

/** A name in another language: empty (no name in that language: readers see the English one) or a name like CategoryName. */
export const CategoryTranslatedName = z
  .string()
  .trim()
  .max(80, { message: "At most 80 characters" })
  .refine((s) => s === "" || s.length >= 2, { message: "At least 2 characters" });

/**
 * The English name (`name`, what the API and the CLI print) and, when given, the French and Chinese names: an empty
 * one removes that language's name, an absent one leaves it as it is.
 */
export const RenameCategoryInput = z.object({ id: z.string().min(1), name: CategoryName, fr: CategoryTranslatedName.optional(), zh: CategoryTranslatedName.optional() });
export type RenameCategoryInput = z.infer<typeof RenameCategoryInput>;

export const CategoryIdInput = z.object({ id: z.string().min(1) });
