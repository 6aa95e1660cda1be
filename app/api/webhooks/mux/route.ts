import { route } from "~/server/http/route";
import { applyMuxEvent, verifyMuxWebhook } from "~/server/media/webhooks";

export const dynamic = "force-dynamic";

/**
 * Mux's webhook: the raw body is verified with MUX_WEBHOOK_SECRET before anything is parsed or changed. A bad or
 * stale signature gets 400 and changes nothing; a verified event is applied idempotently (see applyMuxEvent).
 */
export const POST = route({ name: "mux-webhook", auth: "signature", verify: verifyMuxWebhook }, async ({ event }) => {
  const outcome = await applyMuxEvent(event);
  return Response.json({ received: event.id, outcome });
});
