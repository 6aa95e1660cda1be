import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { availablePools, myLicences } from "~/server/licences/requests";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge, type Tone } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { GiveBackButton, RequestLicenceButton } from "~/components/licences/request-buttons";

export async function generateMetadata() {
  const t = await getTranslations("licences");
  return { title: t("title") };
}

const TONES: Record<string, Tone> = { ASSIGNED: "success", REQUESTED: "info", RECLAIMED: "warning", RELEASED: "neutral", DECLINED: "danger" };

/** Licences for external platforms: what is offered today, asking for one, and the person's own licences. */
export default async function LicencesPage() {
  const actor = await requireActor();
  const asOf = new Date();
  const t = await getTranslations("licences");
  const format = await getFormatter();
  const [pools, mine] = await Promise.all([availablePools(actor.id, asOf), myLicences(actor.id, asOf)]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="platforms-title" className="space-y-3">
        <h2 id="platforms-title" className="text-lg font-semibold text-slate-900">
          {t("platforms")}
        </h2>
        {pools.length === 0 ? (
          <EmptyState title={t("noPlatforms")} />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {pools.map((p) => (
              <li key={p.id}>
                <Card as="article" aria-labelledby={`pool-${p.id}`}>
                  <CardTitle id={`pool-${p.id}`}>{p.name}</CardTitle>
                  <dl className="mb-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-600">{t("validUntil")}</dt>
                    <dd>{day(p.validUntil)}</dd>
                    <dt className="text-slate-600">{t("freeSeats")}</dt>
                    <dd>{format.number(p.freeSeats)}</dd>
                    <dt className="text-slate-600">{t("countsAs")}</dt>
                    <dd>{p.category}</dd>
                  </dl>
                  {p.mine ? (
                    <Badge tone={TONES[p.mine]}>{t(`status.${p.mine}`)}</Badge>
                  ) : (
                    <div className="space-y-2">
                      <RequestLicenceButton poolId={p.id} pool={p.name} />
                      <p className="text-xs text-slate-600">{p.autoAssign && p.freeSeats > 0 ? t("autoHint") : t("queueHint")}</p>
                    </div>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-title" className="space-y-3">
        <h2 id="mine-title" className="text-lg font-semibold text-slate-900">
          {t("mine")}
        </h2>
        {mine.length === 0 ? (
          <EmptyState title={t("noneYet")} />
        ) : (
          <ul className="space-y-3" data-testid="my-licences">
            {mine.map((l) => (
              <li key={l.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium text-slate-900">{l.pool}</h3>
                  <Badge tone={TONES[l.status]}>{t(`status.${l.status}`)}</Badge>
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  {l.since ? t("since", { date: format.dateTime(l.since, { dateStyle: "long" }) }) : null}
                  {l.lastActive ? ` · ${t("lastActive", { date: day(l.lastActive) })}` : null}
                </p>
                {l.outlook && (
                  <p className={l.outlook.warn ? "mt-1 text-sm font-medium text-amber-800" : "mt-1 text-sm text-slate-600"}>
                    {t("reclaimNote", { days: l.reclaimAfterDays, date: day(l.outlook.reclaimOn) })}
                  </p>
                )}
                {(l.status === "ASSIGNED" || l.status === "REQUESTED") && (
                  <div className="mt-3">
                    <GiveBackButton poolId={l.poolId} pool={l.pool} requested={l.status === "REQUESTED"} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
