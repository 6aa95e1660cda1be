import { isMuxEnabled } from "~/server/media/mux";
import { applyMuxEvent, verifyMuxWebhook, WebhookSignatureError } from "~/server/media/webhooks";

export const dynamic = "force-dynamic";

/**
 * Mux's webhook: the raw body is verified with MUX_WEBHOOK_SECRET before anything is parsed or changed. A bad or
 * stale signature gets 400 and changes nothing; a verified event is applied idempotently (see applyMuxEvent).
 */
export async function POST(req: Request) {
  if (!isMuxEnabled()) return Response.json({ error: "Mux is not configured on this server." }, { status: 404 });
  const raw = await req.text();
  let event;
  try {
    event = await verifyMuxWebhook(raw, req.headers);
  } catch (error) {
    if (error instanceof WebhookSignatureError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
  const outcome = await applyMuxEvent(event);
  return Response.json({ received: event.id, outcome });
}
