import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { listPools, poolCategories } from "~/server/licences/pools";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { Badge } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { PoolForm } from "~/components/licences/pool-form";

export async function generateMetadata() {
  const t = await getTranslations("licences.admin");
  return { title: t("title") };
}

/** L&D's licence pools: seats used, free, waiting, reclaimed and their cost; L&D creates pools here, auditors read. */
export default async function LicencePoolsPage() {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canEdit = hasRole(actor, "LD_ADMIN");
  const t = await getTranslations("licences.admin");
  const format = await getFormatter();
  const [pools, categories] = await Promise.all([listPools(new Date()), canEdit ? poolCategories() : Promise.resolve([])]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const money = (v: string | null, currency: string | null) => (v === null ? "—" : `${format.number(Number(v), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ""}`);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {pools.length === 0 ? (
        <EmptyState title={t("noPools")} />
      ) : (
        <Table caption={t("poolsCaption")}>
          <thead>
            <tr>
              <Th>{t("pool")}</Th>
              <Th>{t("validity")}</Th>
              <Th numeric>{t("seats")}</Th>
              <Th numeric>{t("used")}</Th>
              <Th numeric>{t("free")}</Th>
              <Th numeric>{t("waiting")}</Th>
              <Th numeric>{t("reclaimed")}</Th>
              <Th numeric>{t("cost")}</Th>
              <Th numeric>{t("usedCost")}</Th>
            </tr>
          </thead>
          <TBody>
            {pools.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/admin/licences/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {p.name}
                  </Link>
                  <span className="block text-xs text-slate-500">{p.platform}</span>
                </Td>
                <Td className="whitespace-nowrap">
                  {t("validRange", { from: day(p.validFrom), until: day(p.validUntil) })} {p.current && <Badge tone="success">{t("current")}</Badge>}
                </Td>
                <Td numeric>{format.number(p.seats)}</Td>
                <Td numeric>{format.number(p.used)}</Td>
                <Td numeric>{format.number(p.free)}</Td>
                <Td numeric>{format.number(p.waiting)}</Td>
                <Td numeric>{format.number(p.reclaimed)}</Td>
                <Td numeric className="whitespace-nowrap">{money(p.totalCost, p.currency)}</Td>
                <Td numeric className="whitespace-nowrap">{money(p.usedCost, p.currency)}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {canEdit && (
        <section aria-labelledby="new-pool-title" className="space-y-3">
          <h2 id="new-pool-title" className="text-lg font-semibold text-slate-900">
            {t("newPool")}
          </h2>
          <PoolForm categories={categories} />
        </section>
      )}
    </div>
  );
}
