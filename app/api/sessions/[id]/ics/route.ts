import { route } from "~/server/http/route";
import { download, ICS_TYPE } from "~/server/http/download";
import { sessionCalendar } from "~/server/enrolment/calendar";

/** The session as an iCalendar file (one event per day) for the learner's calendar. */
export const GET = route({ name: "session-ics", params: ["id"] }, async ({ actor, params }) => {
  const { fileName, ics } = await sessionCalendar(actor, params.id);
  return download(ics, { type: ICS_TYPE, fileName, cacheControl: "private, no-store" });
});
