import { getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "~/messages/en";
import { requireRole } from "~/server/auth/guards";
import { parityPageData } from "~/server/parity/page-data";
import { parityTable, parityWords } from "~/server/parity/columns";
import { PageHeader } from "~/components/ui/page-header";
import { buttonClass } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { Card, CardTitle } from "~/components/ui/card";
import { Field, Input, Select } from "~/components/ui/form";
import { SmallCellNote } from "~/components/privacy/small-cell-note";
import { parityFormatters } from "~/components/parity/format";
import { ParityTable } from "~/components/parity/parity-table";
import { ParityBars } from "~/components/parity/parity-bars";
import { TargetsManager } from "~/components/parity/targets-manager";

export async function generateMetadata() {
  const t = await getTranslations("parity");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Women by grade as of a date, against the targets, for L&D and auditors; L&D sets the targets here. */
export default async function ParityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("parity");
  const f = await parityFormatters();
  const { query, problem, report, targets } = await parityPageData(await searchParams, actor, new Date());
  // The same table (columns, rows, words) as the CSV, the XLSX, the API and the CLI.
  const words = parityWords(((await getMessages()) as unknown as Messages).parity);
  const table = parityTable(report, words);
  const exportQuery = new URLSearchParams({ asOf: report.asOf, ...(report.compare ? { compare: report.compare } : {}), ...(report.targetDate ? { targetDate: report.targetDate } : {}) }).toString();
  const canEdit = actor.roles.includes("LD_ADMIN");
  const anyone = report.rows.some((r) => r.level === "total" && r.now.staff > 0);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <a href={`/api/exports/parity?format=csv&${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadCsv")}
            </a>
            <a href={`/api/exports/parity?format=xlsx&${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadXlsx")}
            </a>
          </>
        }
      />

      {problem && <Alert tone="warning">{problem}</Alert>}
      {report.smallCells && <SmallCellNote threshold={report.smallCells.threshold} />}

      <Card aria-labelledby="parity-dates">
        <CardTitle id="parity-dates">{t("controls.title")}</CardTitle>
        <form method="get" className="grid gap-4 sm:grid-cols-3">
          <Field label={t("controls.asOf")}>{(p) => <Input {...p} type="date" name="asOf" required defaultValue={query.asOf} />}</Field>
          <Field label={t("controls.compare")} hint={t("controls.compareHint")}>
            {(p) => <Input {...p} type="date" name="compare" defaultValue={query.compare ?? ""} />}
          </Field>
          <Field label={t("controls.targetDate")}>
            {(p) => (
              <Select {...p} name="targetDate" defaultValue={query.targetDate ?? ""}>
                <option value="">{t("controls.defaultTarget")}</option>
                {report.targetDates.map((d) => (
                  <option key={d} value={d}>
                    {f.day(d)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="sm:col-span-3">
            <button type="submit" className={buttonClass("primary")}>
              {t("controls.show")}
            </button>
          </div>
        </form>
      </Card>

      <section aria-labelledby="parity-table-title" className="space-y-3">
        <h2 id="parity-table-title" className="text-lg font-semibold text-slate-900">
          {t("table.caption", { date: f.day(report.asOf) })}
        </h2>
        {anyone ? <ParityTable caption={t("table.caption", { date: f.day(report.asOf) })} table={table} f={f} /> : <p className="text-sm text-slate-600">{t("table.noStaff")}</p>}
      </section>

      {anyone && (
        <section aria-labelledby="parity-chart-title" className="space-y-3">
          <h2 id="parity-chart-title" className="text-lg font-semibold text-slate-900">
            {t("chart.title")}
          </h2>
          <Card>
            <ParityBars report={report} words={words} f={f} />
          </Card>
        </section>
      )}

      <TargetsManager
        canEdit={canEdit}
        targets={targets.map((x) => ({ ...x, shareText: f.percent(x.womenShare, 2), dateText: f.day(x.targetDate) }))}
      />
    </div>
  );
}
