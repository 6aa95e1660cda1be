import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { CorrectRecordInput, DeclareExternalInput, HistoryInput, RecordIdInput, ReviewExternalInput, SearchRecordsInput, StaffIdInput } from "~/lib/schemas/records";
import { correctLedgerRecord, findPeople, learningHistory, recordRevisions, recordsOfPerson } from "~/server/records/history";
import { declareExternal, listExternalForReview, listMyExternal, reviewExternal } from "~/server/records/external";

/** The training ledger as people see it: a learner's history and external learning; L&D's review and corrections. */
export const recordsRouter = router({
  history: protectedProcedure.input(HistoryInput).query(({ ctx, input }) => learningHistory(ctx.actor.id, input.basis)),
  externalMine: protectedProcedure.query(({ ctx }) => listMyExternal(ctx.actor.id)),
  declareExternal: protectedProcedure.input(DeclareExternalInput).mutation(({ ctx, input }) => declareExternal(ctx.actor, input)),
  externalQueue: protectedProcedure.query(() => listExternalForReview()),
  reviewExternal: protectedProcedure.input(ReviewExternalInput).mutation(({ ctx, input }) => reviewExternal(ctx.actor, input)),
  findPeople: protectedProcedure.input(SearchRecordsInput).query(({ input }) => findPeople(input.person)),
  ofPerson: protectedProcedure.input(StaffIdInput).query(({ input }) => recordsOfPerson(input.staffId)),
  revisions: protectedProcedure.input(RecordIdInput).query(({ input }) => recordRevisions(input.recordId)),
  correct: protectedProcedure.input(CorrectRecordInput).mutation(({ ctx, input }) => correctLedgerRecord(ctx.actor, input)),
});
