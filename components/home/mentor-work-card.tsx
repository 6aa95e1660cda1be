import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import type { PairingAction, waitingRequests } from "~/server/home/mentor";

/** The mentor's two lists: requests waiting for an answer (with their expiry), and pairings waiting for them. */
export async function MentorWorkCard({ requests, pairings }: { requests: Awaited<ReturnType<typeof waitingRequests>>; pairings: PairingAction[] }) {
  const t = await getTranslations("home.mentor");
  const f = await getFormatter();
  const day = (d: Date) => f.dateTime(d, { dateStyle: "medium" });
  const isoDay = (iso: string) => f.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <Card aria-labelledby="mentor-requests-title">
        <CardTitle id="mentor-requests-title" action={<ButtonLink href="/mentoring/inbox" variant="secondary" size="sm">{t("inbox")}</ButtonLink>}>
          {t("requestsTitle")}
        </CardTitle>
        {requests.length === 0 ? (
          <p className="text-sm text-slate-600">{t("requestsEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="waiting-requests">
            {requests.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-x-4 py-2">
                <TextLink href="/mentoring/inbox" className="font-medium">
                  {t("requestItem", { mentee: r.mentee, grade: r.grade, months: r.durationMonths })}
                </TextLink>
                <span className="text-slate-600">{t("expires", { date: day(r.expiresAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="mentor-pairings-title">
        <CardTitle id="mentor-pairings-title">{t("pairingsTitle")}</CardTitle>
        {pairings.length === 0 ? (
          <p className="text-sm text-slate-600">{t("pairingsEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {pairings.map((p) => (
              <li key={`${p.pairingId}:${p.need}`} className="flex flex-wrap justify-between gap-x-4 py-2">
                <TextLink href={`/mentoring/pairings/${p.pairingId}`} className="font-medium">
                  {t(`need.${p.need}`)}
                </TextLink>
                <span className="text-slate-600">
                  {t("pairingWith", { partner: p.partner })}
                  {p.since && ` · ${t("sinceDate", { date: isoDay(p.since) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
