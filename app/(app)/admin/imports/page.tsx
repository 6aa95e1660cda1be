import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listImportBatches } from "~/server/imports/batches";
import { RECORD_COLUMNS } from "~/server/imports/records";
import { STAFF_COLUMNS } from "~/server/imports/staff";
import { kindName } from "~/server/imports/run";
import { listPools } from "~/server/licences/pools";
import { ACTIVITY_HEADER_EXAMPLE } from "~/lib/licences/activity-csv";
import { PageHeader } from "~/components/ui/page-header";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { ImportPanel } from "~/components/imports/import-panel";

export async function generateMetadata() {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

/** L&D imports the staff list and training history by upload: the same code as `npm run cli -- import …`. */
export default async function ImportsPage() {
  const actor = await requireRole("LD_ADMIN");
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const batches = await listImportBatches(actor.locale);
  const pools = (await listPools(new Date())).map((p) => ({ id: p.id, name: `${p.name} (${p.platform})` }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ImportPanel columns={{ staff: STAFF_COLUMNS.join(","), records: RECORD_COLUMNS.join(","), platformActivity: ACTIVITY_HEADER_EXAMPLE }} pools={pools} />
      <section aria-labelledby="recent-imports" className="mt-10">
        <h2 id="recent-imports" className="mb-3 text-lg font-semibold text-slate-900">
          {t("recent")}
        </h2>
        {batches.length === 0 ? (
          <EmptyState title={t("noneYet")}>{t("cliHint")}</EmptyState>
        ) : (
          <Table caption={t("recent")}>
            <thead>
              <tr>
                <Th>{t("when")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("file")}</Th>
                <Th>{t("by")}</Th>
                <Th numeric>{t("rowsRead")}</Th>
                <Th numeric>{t("created")}</Th>
                <Th numeric>{t("updated")}</Th>
                <Th numeric>{t("unchanged")}</Th>
                <Th numeric>{t("rejected")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <TBody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <Td className="whitespace-nowrap">{format.dateTime(b.at, { dateStyle: "medium", timeStyle: "short" })}</Td>
                  <Td>{t(`kinds.${kindName(b.kind)}`)}</Td>
                  <Td className="break-all">{b.fileName}</Td>
                  <Td>{b.by ?? t(`via.${b.via === "cli" ? "cli" : "web"}`)}</Td>
                  <Td numeric>{format.number(b.rowsRead)}</Td>
                  <Td numeric>{format.number(b.created)}</Td>
                  <Td numeric>{format.number(b.updated)}</Td>
                  <Td numeric>{format.number(b.unchanged)}</Td>
                  <Td numeric>{format.number(b.rejected)}</Td>
                  <Td>{b.status === "APPLIED" ? <Badge tone="success">{t("applied")}</Badge> : <Badge tone="danger">{b.refused ? t("refusedStale") : t("refused")}</Badge>}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
