import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { sessionTitle } from "~/server/page-titles";

/** A session page's title: "Session: Respect in the workplace — 9 Mar 2026" (the date in the session's own zone). */
export async function sessionPageTitle(kind: "session" | "manageSession" | "editSession" | "attendance", sessionId: string, fallback: string): Promise<string> {
  const actor = await requireActor();
  const s = await sessionTitle(actor, sessionId);
  if (!s) return fallback;
  const [t, format] = await Promise.all([getTranslations("titles"), getFormatter()]);
  return t(kind, { course: s.course, date: format.dateTime(s.startsAt, { timeZone: s.timeZone, dateStyle: "medium" }) });
}
