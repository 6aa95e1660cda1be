import { route } from "~/server/http/route";
import { databaseHealth } from "~/server/health";

export const dynamic = "force-dynamic";

export const GET = route({ name: "health", auth: "public" }, async () => {
  const health = await databaseHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
