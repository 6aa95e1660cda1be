import { databaseHealth } from "~/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await databaseHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
