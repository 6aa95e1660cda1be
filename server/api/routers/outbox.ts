import { router, protectedProcedure } from "~/server/api/trpc";
import { OutboxFilter, OutboxMessageIdInput } from "~/lib/schemas/mail";
import { getOutboxMessage, listOutbox } from "~/server/mail/outbox";
import { retryFailed } from "~/server/mail/delivery";

export const outboxRouter = router({
  list: protectedProcedure.input(OutboxFilter).query(({ input }) => listOutbox(input)),
  get: protectedProcedure.input(OutboxMessageIdInput).query(({ input }) => getOutboxMessage(input.id)),
  retry: protectedProcedure.input(OutboxMessageIdInput).mutation(({ input }) => retryFailed(input.id)),
});
