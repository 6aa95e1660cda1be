import "server-only";
import { xapiConfig } from "~/server/xapi/config";
import { deliverXapi, type XapiDeliveryResult } from "~/server/xapi/outbox";

/** The job `xapi.deliver` (every minute): sends due statements to the LRS; nothing to do when xAPI is not configured. */
export async function xapiJob(): Promise<XapiDeliveryResult | { skipped: "not-configured" }> {
  const config = xapiConfig();
  if (!config) return { skipped: "not-configured" };
  const result = await deliverXapi({ config });
  if (result.sent || result.failing) console.log(`[jobs] xAPI: ${result.sent} statements sent, ${result.failing} failing (retried later)`);
  return result;
}
