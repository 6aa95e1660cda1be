import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { CategoryIdInput, CreateCategoryInput, RenameCategoryInput } from "~/lib/schemas/categories";
import { createCategory, listCategories, renameCategory, setCategoryRetired } from "~/server/categories/categories";

export const categoriesRouter = router({
  list: protectedProcedure
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .query(({ input }) => listCategories(input)),
  create: protectedProcedure.input(CreateCategoryInput).mutation(({ ctx, input }) => createCategory(ctx.actor, input)),
  rename: protectedProcedure.input(RenameCategoryInput).mutation(({ ctx, input }) => renameCategory(ctx.actor, input)),
  retire: protectedProcedure.input(CategoryIdInput).mutation(({ ctx, input }) => setCategoryRetired(ctx.actor, input.id, true)),
  restore: protectedProcedure.input(CategoryIdInput).mutation(({ ctx, input }) => setCategoryRetired(ctx.actor, input.id, false)),
});
