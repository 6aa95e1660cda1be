import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "~/messages/en";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { toIsoDate } from "~/lib/dates";
import { exportSearchParams, reportPageState } from "~/lib/schemas/reports";
import { reportFilterOptions, reportPageData } from "~/server/reports/page-data";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink, buttonClass } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { ReportControls } from "~/components/reports/report-controls";
import { ReportTable } from "~/components/reports/report-table";
import { ReportChart } from "~/components/reports/report-chart";
import { reportFormatters } from "~/components/reports/format";
import { MentoringSection } from "~/components/reports/mentoring-section";
import { ComplianceSection } from "~/components/reports/compliance-section";
import { FIGURES, type Figure } from "~/server/reports/compare";
import { hiddenFigure, reportTables, reportWords } from "~/server/reports/columns";
import type { ShownFigures } from "~/server/reports/training";
import { SMALL_CELL_DEFAULT } from "~/lib/privacy/small-cells";
import { SmallCellNote } from "~/components/privacy/small-cell-note";
import { FreshnessNote } from "~/components/reports/freshness-note";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Training reports for L&D and auditors: the period's figures by category against a comparison period, shareable by URL. */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("reports");
  const tParity = await getTranslations("parity");
  const tProgrammes = await getTranslations("programmeReport");
  const f = await reportFormatters();
  const asOf = new Date();
  const state = reportPageState(await searchParams, asOf);
  const locale = await getLocale();

  let filterProblem: string | null = null;
  let data;
  try {
    data = await reportPageData(state, locale, actor);
  } catch (error) {
    // An unknown department code in a shared link: show the report without filters and say why.
    if (!(error instanceof AppError) || error.code !== "INVALID") throw error;
    filterProblem = error.userMessage;
    state.filters = {};
    data = await reportPageData(state, locale, actor);
  }
  const options = await reportFilterOptions(asOf);
  const { compared } = data;
  const exportQuery = exportSearchParams(state).toString();
  const today = toIsoDate(asOf);
  const complianceAsOf = state.period.to < today ? state.period.to : today;

  // The same tables (columns, rows, words) as the CSV, the XLSX, the API and the CLI.
  const tables = reportTables(compared, reportWords(((await getMessages()) as unknown as Messages).reports));
  // A figure hidden by the small-cell rule reads "<5", as in the tables and the downloads.
  const shown = (figure: Figure, figures: ShownFigures) =>
    figures.suppressed || figures[figure] === null ? hiddenFigure(compared.smallCells?.threshold ?? SMALL_CELL_DEFAULT) : f.figure(figure, figures[figure]);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <a href={`/api/exports/reports/training?format=csv&${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadCsv")}
            </a>
            <a href={`/api/exports/reports/training?format=xlsx&${exportQuery}`} download className={buttonClass("secondary")}>
              {t("downloadXlsx")}
            </a>
            {(actor.roles.includes("LD_ADMIN") || actor.roles.includes("AUDITOR")) && (
              <ButtonLink href="/admin/api-tokens" variant="ghost">
                {t("apiTokens")}
              </ButtonLink>
            )}
            <ButtonLink href="/reports/parity" variant="ghost">
              {tParity("nav")}
            </ButtonLink>
            <ButtonLink href="/reports/programmes" variant="ghost">
              {tProgrammes("nav")}
            </ButtonLink>
          </>
        }
      />

      {state.problems.length > 0 && (
        <Alert tone="warning" title={t("problems")}>
          <ul className="list-disc pl-5">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {filterProblem && <Alert tone="warning">{t("invalidFilter", { message: filterProblem })}</Alert>}

      <FreshnessNote />
      {compared.smallCells && <SmallCellNote threshold={compared.smallCells.threshold} />}

      <Card aria-labelledby="controls-title">
        <CardTitle id="controls-title">{t("controls.title")}</CardTitle>
        <ReportControls state={state} options={options} />
      </Card>

      <section aria-labelledby="totals-title" className="space-y-3">
        <div>
          <h2 id="totals-title" className="text-lg font-semibold text-slate-900">
            {f.period(state.period)}
          </h2>
          <p className="text-sm text-slate-600">
            {state.comparePeriod
              ? t("summary.comparedWith", { from: f.day(state.comparePeriod.from), to: f.day(state.comparePeriod.to) })
              : t("summary.noComparison")}
          </p>
        </div>
        <dl className="grid gap-3 sm:grid-cols-3" data-testid="report-totals">
          {FIGURES.map((figure) => {
            const totals = compared.totals;
            const hint =
              totals.previous && totals.change
                ? `${t("summary.previous", { value: shown(figure, totals.previous) })} · ${f.change(figure, totals.change[figure])}`
                : undefined;
            return <Stat key={figure} label={t(`figures.${figure}`)} value={shown(figure, totals.current)} hint={hint} />;
          })}
        </dl>
      </section>

      <section aria-labelledby="by-category-title" className="space-y-3">
        <h2 id="by-category-title" className="text-lg font-semibold text-slate-900">
          {t("table.byCategory")}
        </h2>
        <ReportTable
          testId="report-by-category"
          caption={t("table.caption", { from: f.day(state.period.from), to: f.day(state.period.to) })}
          table={tables.byCategory}
        />
      </section>

      <section aria-labelledby="chart-title" className="space-y-3">
        <h2 id="chart-title" className="text-lg font-semibold text-slate-900">
          {t("chart.title")}
        </h2>
        <Card>
          <ReportChart rows={compared.byCategory} period={state.period} comparePeriod={state.comparePeriod} />
        </Card>
      </section>

      {state.by && compared.breakdown && tables.breakdown && (
        <section aria-labelledby="breakdown-title" className="space-y-3">
          <h2 id="breakdown-title" className="text-lg font-semibold text-slate-900">
            {t("table.byDimension", { dimension: state.by })}
          </h2>
          {compared.breakdown.length === 0 ? (
            <p className="text-sm text-slate-600">{t("table.emptyBreakdown")}</p>
          ) : (
            <ReportTable
              testId="report-breakdown"
              caption={t("table.breakdownCaption", { dimension: state.by, from: f.day(state.period.from), to: f.day(state.period.to) })}
              table={tables.breakdown}
            />
          )}
        </section>
      )}

      <MentoringSection period={state.period} comparePeriod={state.comparePeriod} />
      <ComplianceSection asOf={complianceAsOf} />
    </div>
  );
}
