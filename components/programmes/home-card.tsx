import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammesForHome } from "~/server/programmes/home";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import { ApplicationBadge, EndorsementBadge } from "~/components/programmes/status";

/**
 * Development programmes on the home page (server/programmes/home.ts programmesForHome): open calls the person may
 * apply to, their applications in play, the next components of their cohort, and a manager's endorsements waiting.
 * Nothing at all when there is nothing to show.
 */
export async function ProgrammesHomeCard({ data }: { data: ProgrammesForHome }) {
  const { openCalls, pending, nextComponents, endorsementsWaiting } = data;
  if (openCalls.length + pending.length + nextComponents.length === 0 && endorsementsWaiting === 0) return null;
  const t = await getTranslations("programmes");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card aria-labelledby="programmes-home-title">
      <CardTitle
        id="programmes-home-title"
        action={
          <ButtonLink href="/programmes" variant="secondary" size="sm">
            {t("home.all")}
          </ButtonLink>
        }
      >
        {t("home.title")}
      </CardTitle>
      <div className="space-y-4 text-sm">
        {endorsementsWaiting > 0 && (
          <p>
            <TextLink href="/programmes/endorsements" className="font-medium">
              {t("home.endorsements", { count: endorsementsWaiting })}
            </TextLink>
          </p>
        )}
        {nextComponents.length > 0 && (
          <div>
            <h3 className="mb-1 font-semibold text-slate-900">{t("home.next")}</h3>
            <ul className="divide-y divide-slate-100">
              {nextComponents.map((c) => (
                <li key={c.id} className="py-2">
                  <span className="block text-xs text-slate-500">
                    {c.programme} · {t(`kind.${c.kind}`)}
                  </span>
                  <TextLink href={c.href} className="font-medium">
                    {c.title}
                  </TextLink>
                  {c.startsOn && <span className="block text-slate-600">{t("dates", { starts: day(c.startsOn), ends: day(c.endsOn ?? c.startsOn) })}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        {openCalls.length > 0 && (
          <div>
            <h3 className="mb-1 font-semibold text-slate-900">{t("home.openCalls")}</h3>
            <ul className="divide-y divide-slate-100">
              {openCalls.map((c) => (
                <li key={c.cohortId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <TextLink href={c.href} className="font-medium">
                    {c.name}
                  </TextLink>
                  <span className="text-slate-600">{t("home.closesOn", { date: day(c.closesOn) })}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {pending.length > 0 && (
          <div>
            <h3 className="mb-1 font-semibold text-slate-900">{t("home.pending")}</h3>
            <ul className="divide-y divide-slate-100">
              {pending.map((a) => (
                <li key={a.id} className="space-y-1 py-2">
                  <TextLink href={a.href} className="font-medium">
                    {a.name}
                  </TextLink>
                  <div className="flex flex-wrap gap-2">
                    <ApplicationBadge status={a.status}>{t(`status.${a.status}`)}</ApplicationBadge>
                    {a.status === "UNDER_REVIEW" && <EndorsementBadge status={a.endorsement}>{t(`endorsementState.${a.endorsement}`)}</EndorsementBadge>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
