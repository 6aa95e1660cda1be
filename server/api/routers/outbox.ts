import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { OutboxFilter, OutboxMessageIdInput } from "~/lib/schemas/mail";
import { getOutboxMessage, listOutbox, retryFailedMessage } from "~/server/mail/outbox";

export const outboxRouter = router({
  list: protectedProcedure.input(OutboxFilter).query(({ input }) => listOutbox(input)),
  get: protectedProcedure.input(OutboxMessageIdInput).query(({ input }) => getOutboxMessage(input.id)),
  retry: protectedProcedure.input(OutboxMessageIdInput).mutation(({ input }) => retryFailedMessage(input.id)),
});
