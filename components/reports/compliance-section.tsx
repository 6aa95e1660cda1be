import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { reportFormatters } from "~/components/reports/format";
import { complianceOnDay, type StateCounts } from "~/server/compliance/dashboard";
import type { IsoDate } from "~/lib/dates";
import { COMPLIANCE_STATE_VALUES } from "~/lib/schemas/compliance";

/**
 * Completion of each mandatory course, from the compliance module (complianceOnDay) as of a day: the period's
 * last day, or today while the period is still running. The organisation as it stood that day: people employed
 * then, requirements in force then, exemptions and completions by then.
 */
export async function ComplianceSection({ asOf }: { asOf: IsoDate }) {
  const t = await getTranslations("reports.sections");
  const ts = await getTranslations("compliance.state");
  const format = await getFormatter();
  const f = await reportFormatters();
  const requirements = await complianceOnDay(asOf);
  const date = f.day(asOf);
  const pct = (c: StateCounts) => (c.total ? format.number(c.COMPLIANT / c.total, { style: "percent", maximumFractionDigits: 1 }) : "—");

  return (
    <section aria-labelledby="compliance-title" className="space-y-4" data-testid="report-compliance">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="compliance-title" className="text-lg font-semibold text-slate-900">
            {t("complianceTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("complianceDescription", { date })}</p>
        </div>
        <ButtonLink href="/admin/compliance" variant="secondary" size="sm">
          {t("complianceDetails")}
        </ButtonLink>
      </div>
      {requirements.length === 0 ? (
        <EmptyState title={t("noRequirements")} />
      ) : (
        <Table caption={t("complianceCaption", { date })}>
          <thead>
            <tr>
              <Th>{t("course")}</Th>
              <Th numeric>{t("people")}</Th>
              <Th numeric>{t("completion")}</Th>
              {COMPLIANCE_STATE_VALUES.map((s) => (
                <Th key={s} numeric>
                  {ts(s)}
                </Th>
              ))}
            </tr>
          </thead>
          <TBody>
            {requirements.map((r) => {
              const c = r.counts;
              return (
                <tr key={r.requirementId}>
                  <th scope="row" className="px-4 py-2.5 text-left font-normal text-slate-800">
                    <span className="block">{r.courseTitle}</span>
                    <span className="font-mono text-xs text-slate-500">{r.courseCode}</span>
                  </th>
                  <Td numeric>{format.number(c.total)}</Td>
                  <Td numeric className="font-semibold">
                    {pct(c)}
                  </Td>
                  {COMPLIANCE_STATE_VALUES.map((s) => (
                    <Td key={s} numeric>
                      {format.number(c[s])}
                    </Td>
                  ))}
                </tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </section>
  );
}
