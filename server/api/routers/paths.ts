import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AddStepInput, AssignPathInput, CreatePathInput, MoveStepInput, PathCodeInput, PathIdInput, StepIdInput, UpdatePathInput } from "~/lib/schemas/paths";
import { enrolInPath, leavePath, pathForLearner, publishedPaths } from "~/server/paths/learner";
import {
  addStep,
  assignPath,
  courseOptions,
  createPath,
  listPathsForAdmin,
  moveStep,
  pathForAdmin,
  pathProgressReport,
  previewAssignment,
  publishPath,
  removeStep,
  retirePath,
  updatePath,
} from "~/server/paths/admin";

/** Learning paths: learners browse, enrol and leave (their own enrolment only); L&D defines, publishes and assigns; auditors read progress. */
export const pathsRouter = router({
  list: protectedProcedure.query(({ ctx }) => publishedPaths(ctx.actor.id, new Date(), ctx.actor.locale)),
  get: protectedProcedure.input(PathCodeInput).query(({ ctx, input }) => pathForLearner(input.code, ctx.actor.id, new Date(), ctx.actor.locale)),
  enrol: protectedProcedure.input(PathIdInput).mutation(({ ctx, input }) => enrolInPath(ctx.actor, input.pathId, new Date())),
  leave: protectedProcedure.input(PathIdInput).mutation(({ ctx, input }) => leavePath(ctx.actor, input.pathId, new Date())),
  adminList: protectedProcedure.query(({ ctx }) => listPathsForAdmin(ctx.actor.locale)),
  progress: protectedProcedure.input(PathCodeInput).query(({ ctx, input }) => pathProgressReport(input.code, new Date(), ctx.actor.locale)),
  forEditing: protectedProcedure.input(PathCodeInput).query(({ ctx, input }) => pathForAdmin(input.code, ctx.actor.locale)),
  courseOptions: protectedProcedure.query(({ ctx }) => courseOptions(ctx.actor.locale)),
  create: protectedProcedure.input(CreatePathInput).mutation(({ ctx, input }) => createPath(ctx.actor, input)),
  update: protectedProcedure.input(UpdatePathInput).mutation(({ ctx, input }) => updatePath(ctx.actor, input)),
  addStep: protectedProcedure.input(AddStepInput).mutation(({ ctx, input }) => addStep(ctx.actor, input)),
  removeStep: protectedProcedure.input(StepIdInput).mutation(({ ctx, input }) => removeStep(ctx.actor, input.stepId)),
  moveStep: protectedProcedure.input(MoveStepInput).mutation(({ ctx, input }) => moveStep(ctx.actor, input)),
  publish: protectedProcedure.input(PathIdInput).mutation(({ ctx, input }) => publishPath(ctx.actor, input.pathId)),
  retire: protectedProcedure.input(PathIdInput).mutation(({ ctx, input }) => retirePath(ctx.actor, input.pathId)),
  previewAssign: protectedProcedure.input(AssignPathInput).mutation(({ ctx, input }) => previewAssignment(input, ctx.actor.locale)),
  assign: protectedProcedure.input(AssignPathInput).mutation(({ ctx, input }) => assignPath(ctx.actor, input, new Date(), ctx.actor.locale)),
});
