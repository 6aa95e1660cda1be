import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { listPools, poolCategories, poolDetail, type HolderSort } from "~/server/licences/pools";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink } from "~/components/ui/link";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Badge } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { PoolForm } from "~/components/licences/pool-form";
import { ReleaseButton, RequestActions } from "~/components/licences/admin-actions";

type Props = { params: Promise<{ poolId: string }>; searchParams: Promise<{ sort?: string }> };

async function load(poolId: string, sort: HolderSort) {
  try {
    return await poolDetail(poolId, new Date(), sort);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("licences.admin");
  const { poolId } = await params;
  const [pool] = await listPools(new Date(), poolId.slice(0, 64));
  return { title: pool ? t("poolTitle", { pool: pool.name }) : t("title") };
}

/** One pool: its figures, the requests queue, the holders by inactivity, and who a reclaim run would take back today. */
export default async function LicencePoolPage({ params, searchParams }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canEdit = hasRole(actor, "LD_ADMIN");
  const { poolId } = await params;
  const sort: HolderSort = (await searchParams).sort === "name" ? "name" : "inactive";
  const t = await getTranslations("licences.admin");
  const tl = await getTranslations("licences");
  const format = await getFormatter();
  const [{ pool, requests, holders, reclaimPreview, ended }, categories] = await Promise.all([load(poolId.slice(0, 64), sort), canEdit ? poolCategories() : Promise.resolve([])]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const full = pool.free <= 0;
  return (
    <div className="space-y-8">
      <BackLink href="/admin/licences" label={t("back")}>
        {t("title")}
      </BackLink>
      <PageHeader title={t("poolTitle", { pool: pool.name })} description={t("validRange", { from: day(pool.validFrom), until: day(pool.validUntil) })} />
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Stat label={t("seats")} value={format.number(pool.seats)} />
        <Stat label={t("used")} value={format.number(pool.used)} />
        <Stat label={t("free")} value={format.number(pool.free)} />
        <Stat label={t("waiting")} value={format.number(pool.waiting)} />
        <Stat label={t("reclaimed")} value={format.number(pool.reclaimed)} />
      </dl>

      <section aria-labelledby="requests-title" className="space-y-3">
        <h2 id="requests-title" className="text-lg font-semibold text-slate-900">
          {t("requests")}
        </h2>
        {requests.length === 0 ? (
          <EmptyState title={t("noRequests")} />
        ) : (
          <Table caption={t("requests")}>
            <thead>
              <tr>
                <Th>{t("person")}</Th>
                <Th>{t("requestedAt")}</Th>
                {canEdit && <Th>{t("actions")}</Th>}
              </tr>
            </thead>
            <TBody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <Td>
                    {r.name}
                    <span className="block text-xs text-slate-500">{[r.grade, r.department].filter(Boolean).join(" · ")}</span>
                  </Td>
                  <Td className="whitespace-nowrap">{format.dateTime(r.requestedAt, { dateStyle: "medium" })}</Td>
                  {canEdit && (
                    <Td>
                      <RequestActions licenceId={r.id} name={r.name} full={full} />
                    </Td>
                  )}
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <Card aria-labelledby="preview-title">
        <CardTitle id="preview-title">{t("reclaimPreview")}</CardTitle>
        <p className="text-sm text-slate-700" data-testid="reclaim-preview">
          {t("reclaimPreviewText", { count: reclaimPreview.length, days: pool.reclaimAfterDays })}
        </p>
        {reclaimPreview.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm text-slate-800">
            {reclaimPreview.slice(0, 50).map((h) => (
              <li key={h.id}>{t("inactiveFor", { name: h.name, days: h.inactiveDays })}</li>
            ))}
          </ul>
        )}
      </Card>

      <section aria-labelledby="holders-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="holders-title" className="text-lg font-semibold text-slate-900">
            {t("holders")}
          </h2>
          <p className="text-sm">
            {t("sortBy")}{" "}
            {sort === "name" ? (
              <Link href={`/admin/licences/${pool.id}?sort=inactive`} className="text-brand-700 underline">
                {t("sortInactive")}
              </Link>
            ) : (
              <Link href={`/admin/licences/${pool.id}?sort=name`} className="text-brand-700 underline">
                {t("sortName")}
              </Link>
            )}
          </p>
        </div>
        {holders.length === 0 ? (
          <EmptyState title={t("noHolders")} />
        ) : (
          <Table caption={t("holders")}>
            <thead>
              <tr>
                <Th aria-sort={sort === "name" ? "ascending" : undefined}>{t("person")}</Th>
                <Th>{t("lastActive")}</Th>
                <Th numeric aria-sort={sort === "inactive" ? "descending" : undefined}>
                  {t("inactiveDays")}
                </Th>
                {canEdit && <Th>{t("actions")}</Th>}
              </tr>
            </thead>
            <TBody>
              {holders.slice(0, 500).map((h) => (
                <tr key={h.id}>
                  <Td>
                    {h.name}
                    <span className="block text-xs text-slate-500">{h.email}</span>
                  </Td>
                  <Td className="whitespace-nowrap">{day(h.lastActive)}</Td>
                  <Td numeric>
                    {format.number(h.inactiveDays)} {h.wouldReclaim && <Badge tone="warning">{t("dueForReclaim")}</Badge>}
                  </Td>
                  {canEdit && (
                    <Td>
                      <ReleaseButton licenceId={h.id} name={h.name} />
                    </Td>
                  )}
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      {ended.length > 0 && (
        <section aria-labelledby="ended-title" className="space-y-3">
          <h2 id="ended-title" className="text-lg font-semibold text-slate-900">
            {t("ended")}
          </h2>
          <ul className="space-y-1 text-sm text-slate-700">
            {ended.map((e) => (
              <li key={e.id}>
                {e.name} · <Badge tone="neutral">{tl(`status.${e.status}`)}</Badge> {e.endedAt ? format.dateTime(e.endedAt, { dateStyle: "medium" }) : null}
              </li>
            ))}
          </ul>
        </section>
      )}

      {canEdit && (
        <section aria-labelledby="edit-title" className="space-y-3">
          <h2 id="edit-title" className="text-lg font-semibold text-slate-900">
            {t("editPool")}
          </h2>
          <PoolForm
            categories={categories}
            pool={{
              poolId: pool.id,
              platform: pool.platform,
              name: pool.name,
              seats: pool.seats,
              validFrom: pool.validFrom,
              validUntil: pool.validUntil,
              costPerSeat: pool.costPerSeat,
              currency: pool.currency,
              reclaimAfterDays: pool.reclaimAfterDays,
              autoAssign: pool.autoAssign,
              categoryId: pool.categoryId,
            }}
          />
        </section>
      )}
    </div>
  );
}
