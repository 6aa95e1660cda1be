import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { programmeCatalogue } from "~/server/programmes/catalogue";
import { endorsementsWaitingCount } from "~/server/programmes/endorsement";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { TextLink } from "~/components/ui/link";
import { Badge } from "~/components/ui/badge";
import { MyApplicationsTable } from "~/components/programmes/my-applications";
import { verdictSentence, type EligibilityT } from "~/components/programmes/eligibility-words";

export async function generateMetadata() {
  const t = await getTranslations("programmes");
  return { title: t("title") };
}

export default async function ProgrammesPage() {
  const actor = await requireActor();
  const locale = await getLocale();
  const t = await getTranslations("programmes");
  const te = (await getTranslations("programmes.eligibility")) as unknown as EligibilityT;
  const format = await getFormatter();
  const asOf = new Date();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const manager = hasRole(actor, "MANAGER");
  const [{ programmes, applications, pastCohorts }, waiting] = await Promise.all([
    programmeCatalogue(actor.id, asOf, locale),
    manager ? endorsementsWaitingCount(actor.id) : Promise.resolve(0),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manager ? (
            <ButtonLink href="/programmes/endorsements" variant="secondary">
              {t("catalogue.endorsements", { count: waiting })}
            </ButtonLink>
          ) : undefined
        }
      />
      <section aria-labelledby="programmes-heading" className="space-y-4">
        <h2 id="programmes-heading" className="text-lg font-semibold text-slate-900">
          {t("catalogue.heading")}
        </h2>
        {programmes.length === 0 ? (
          <EmptyState title={t("catalogue.empty")} />
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {programmes.map((p) => (
              <li key={p.id}>
                <Card as="article" className="flex h-full flex-col gap-2">
                  <h3 className="text-base font-semibold text-slate-900">
                    <TextLink href={`/programmes/${p.code}`}>{p.name}</TextLink>
                  </h3>
                  <p className="text-sm text-slate-600">{p.summary}</p>
                  <p className="text-sm text-slate-600">{t("catalogue.duration", { months: p.durationMonths })}</p>
                  <div className="flex flex-wrap items-center gap-2">
                    {p.openCall ? <Badge tone="info">{t("catalogue.openCall", { date: day(p.openCall.closesOn) })}</Badge> : <Badge>{t("catalogue.noCall")}</Badge>}
                    {p.applied && <Badge tone="success">{t("catalogue.applied")}</Badge>}
                  </div>
                  {p.openCall && p.verdict && !p.applied && (
                    <p className={p.verdict.eligible ? "text-sm font-medium text-green-800" : "text-sm text-slate-700"}>{verdictSentence(te, locale, p.verdict)}</p>
                  )}
                  <div className="mt-auto pt-2">
                    <ButtonLink href={`/programmes/${p.code}`} size="sm" variant={p.openCall && p.verdict?.eligible && !p.applied ? "primary" : "secondary"} aria-label={t("catalogue.detailsOf", { name: p.name })}>
                      {t("catalogue.details")}
                    </ButtonLink>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mine-heading" className="mt-8 space-y-4">
        <h2 id="mine-heading" className="text-lg font-semibold text-slate-900">
          {t("mine.heading")}
        </h2>
        <MyApplicationsTable applications={applications} />
      </section>

      <section aria-labelledby="past-heading" className="mt-8 space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold text-slate-900">
          {t("past.heading")}
        </h2>
        {pastCohorts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("past.empty")}</p>
        ) : (
          <ul className="space-y-2 text-sm text-slate-700">
            {pastCohorts.map((c) => (
              <li key={`${c.programmeCode}-${c.name}`}>
                <span className="font-medium">{c.programmeName}</span> — {t("detail.pastCohort", { name: c.name, count: c.participants, starts: day(c.startsOn), ends: day(c.endsOn) })}
                {c.completed > 0 && <> · {t("detail.pastCompleted", { count: c.completed })}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
