import { getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "~/messages/en";
import { requireRole } from "~/server/auth/guards";
import { smallCellThresholdFor } from "~/server/privacy/settings";
import { programmeChoices, programmeReport, programmeReportTable, programmeReportWords } from "~/server/programmes/report";
import { PageHeader } from "~/components/ui/page-header";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, Select } from "~/components/ui/form";
import { SmallCellNote } from "~/components/privacy/small-cell-note";
import { parityFormatters } from "~/components/parity/format";
import { ProgrammeTables } from "~/components/parity/programme-tables";

export async function generateMetadata() {
  const t = await getTranslations("programmeReport");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Applicants to completions per programme and cohort, by gender and grade, for L&D and auditors. */
export default async function ProgrammeReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("programmeReport");
  const f = await parityFormatters();
  const choices = await programmeChoices();
  const asked = (await searchParams).programme;
  // an unknown code in a shared link: every programme
  const programme = typeof asked === "string" && choices.some((c) => c.code === asked) ? asked : undefined;
  const report = await programmeReport({ programme }, await smallCellThresholdFor(actor));
  const table = programmeReportTable(report, programmeReportWords(((await getMessages()) as unknown as Messages).programmeReport));
  const exportQuery = programme ? `&programme=${encodeURIComponent(programme)}` : "";

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <a href={`/api/exports/programmes?format=csv${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadCsv")}
            </a>
            <a href={`/api/exports/programmes?format=xlsx${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadXlsx")}
            </a>
          </>
        }
      />
      {report.smallCells && <SmallCellNote threshold={report.smallCells.threshold} />}
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4">
          <div className="min-w-60">
            <Field label={t("filter.label")}>
              {(p) => (
                <Select {...p} name="programme" defaultValue={programme ?? ""}>
                  <option value="">{t("filter.all")}</option>
                  {choices.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <button type="submit" className={buttonClass("primary")}>
            {t("filter.show")}
          </button>
        </form>
      </Card>
      {table.rows.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : <ProgrammeTables table={table} format={f.count} />}
    </div>
  );
}
