import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AppError } from "~/server/errors";
import {
  AddComponentInput,
  CohortIdInput,
  ComponentIdInput,
  CreateCohortInput,
  CreateProgrammeInput,
  DecideInput,
  MoveComponentInput,
  ProgrammeIdInput,
  ReviewInput,
  SetOutcomeInput,
  SetProgrammeStatusInput,
  SetProgressInput,
  UpdateCohortInput,
  UpdateComponentInput,
  UpdateProgrammeInput,
} from "~/lib/schemas/programme-admin";
import {
  addComponent,
  createCohort,
  createProgramme,
  listProgrammes,
  moveComponent,
  programmeForEditing,
  removeComponent,
  setProgrammeStatus,
  updateCohort,
  updateComponent,
  updateProgramme,
} from "~/server/programmes/admin";
import { decide, publishSelection, reviewBoard, saveReview } from "~/server/programmes/selection";
import { cohortGrid, completeCohort, setOutcome, setProgress } from "~/server/programmes/cohort";

const BoardInput = CohortIdInput.extend({ sort: z.enum(["score", "name"]).default("score") });

/** Development programmes for L&D: define programmes, cohorts and components; review, select, publish; run the cohort. Auditors read. */
export const programmeAdminRouter = router({
  list: protectedProcedure.query(() => listProgrammes()),
  get: protectedProcedure.input(ProgrammeIdInput).query(async ({ input }) => {
    const p = await programmeForEditing(input.programmeId);
    if (!p) throw new AppError("NOT_FOUND", "programmeAdmin.programmeNotFound");
    return p;
  }),
  create: protectedProcedure.input(CreateProgrammeInput).mutation(({ ctx, input }) => createProgramme(ctx.actor, input)),
  update: protectedProcedure.input(UpdateProgrammeInput).mutation(({ ctx, input }) => updateProgramme(ctx.actor, input)),
  setStatus: protectedProcedure.input(SetProgrammeStatusInput).mutation(({ ctx, input }) => setProgrammeStatus(ctx.actor, input)),
  createCohort: protectedProcedure.input(CreateCohortInput).mutation(({ ctx, input }) => createCohort(ctx.actor, input)),
  updateCohort: protectedProcedure.input(UpdateCohortInput).mutation(({ ctx, input }) => updateCohort(ctx.actor, input)),
  addComponent: protectedProcedure.input(AddComponentInput).mutation(({ ctx, input }) => addComponent(ctx.actor, input)),
  updateComponent: protectedProcedure.input(UpdateComponentInput).mutation(({ ctx, input }) => updateComponent(ctx.actor, input)),
  removeComponent: protectedProcedure.input(ComponentIdInput).mutation(({ ctx, input }) => removeComponent(ctx.actor, input.componentId)),
  moveComponent: protectedProcedure.input(MoveComponentInput).mutation(({ ctx, input }) => moveComponent(ctx.actor, input)),
  board: protectedProcedure.input(BoardInput).query(async ({ ctx, input }) => {
    const board = await reviewBoard(input.cohortId, ctx.actor.id, input.sort);
    if (!board) throw new AppError("NOT_FOUND", "programmeAdmin.cohortNotFound");
    return board;
  }),
  review: protectedProcedure.input(ReviewInput).mutation(({ ctx, input }) => saveReview(ctx.actor, input)),
  decide: protectedProcedure.input(DecideInput).mutation(({ ctx, input }) => decide(ctx.actor, input)),
  publish: protectedProcedure.input(CohortIdInput).mutation(({ ctx, input }) => publishSelection(ctx.actor, input.cohortId)),
  grid: protectedProcedure.input(CohortIdInput).query(async ({ input }) => {
    const grid = await cohortGrid(input.cohortId);
    if (!grid) throw new AppError("NOT_FOUND", "programmeAdmin.cohortNotFound");
    return grid;
  }),
  setProgress: protectedProcedure.input(SetProgressInput).mutation(({ ctx, input }) => setProgress(ctx.actor, input)),
  setOutcome: protectedProcedure.input(SetOutcomeInput).mutation(({ ctx, input }) => setOutcome(ctx.actor, input)),
  completeCohort: protectedProcedure.input(CohortIdInput).mutation(({ ctx, input }) => completeCohort(ctx.actor, input.cohortId)),
});
