import { getActor } from "~/server/auth/session";
import { AppError } from "~/server/errors";
import { certificateFor } from "~/server/records/external";

/** An external-learning certificate, for its owner, L&D and auditors. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Please sign in.", { status: 401 });
  const { id } = await params;
  try {
    const file = await certificateFor(actor, id);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.type,
        "Content-Disposition": `inline; filename="${file.name}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return new Response(e.userMessage, { status: 404 });
    throw e;
  }
}
