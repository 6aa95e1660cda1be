import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { XapiOverviewInput } from "~/lib/xapi/schemas";
import { xapiOverview } from "~/server/xapi/overview";
import { sendXapiNow } from "~/server/xapi/outbox";

export const xapiRouter = router({
  overview: protectedProcedure.input(XapiOverviewInput).query(({ input }) => xapiOverview(input)),
  sendNow: protectedProcedure.mutation(({ ctx }) => sendXapiNow(ctx.actor)),
});
