import { getActor } from "~/server/auth/session";
import { AppError } from "~/server/errors";
import { sessionCalendar } from "~/server/enrolment/calendar";

/** The session as an iCalendar file (one event per day) for the learner's calendar. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Please sign in.", { status: 401 });
  const { id } = await params;
  try {
    const { filename, ics } = await sessionCalendar(actor, id);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return new Response(e.userMessage, { status: 404 });
    throw e;
  }
}
