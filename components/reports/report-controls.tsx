"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import {
  COMPARE_KINDS,
  COURSE_MODES,
  GENDERS,
  PERIOD_KINDS,
  REPORT_DIMENSIONS,
  type CompareKind,
  type PeriodKind,
  type ReportDimension,
  type ReportFilters,
} from "~/lib/schemas/reports";
import type { Period } from "~/lib/dates";
import type { ReportFilterOptions } from "~/server/reports/page-data";

export type ReportControlsState = {
  kind: PeriodKind;
  year: number;
  period: Period;
  compare: CompareKind;
  comparePeriod: Period | null;
  by: ReportDimension | undefined;
  filters: ReportFilters;
};

/**
 * The period, comparison, breakdown and filters, as a GET form: the report's settings live in the address, so a
 * link shares exactly this report. With JavaScript the address is kept free of empty fields.
 */
export function ReportControls({ state, options }: { state: ReportControlsState; options: ReportFilterOptions }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [kind, setKind] = useState<PeriodKind>(state.kind);
  const [compare, setCompare] = useState<CompareKind>(state.compare);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(e.currentTarget)) {
      if (typeof value === "string" && value !== "") params.append(key, value);
    }
    router.push(`/reports?${params.toString()}`);
  }

  const choices: Record<ReportDimension, { value: string; label: string }[]> = {
    department: options.departments.map((d) => ({ value: d.code, label: d.name })),
    sector: options.sectors.map((s) => ({ value: s.code, label: s.name })),
    grade: options.grades.map((g) => ({ value: g, label: g })),
    gender: GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) })),
    duty_station: options.dutyStations.map((d) => ({ value: d.code, label: d.name })),
    mode: COURSE_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) })),
  };

  return (
    <form method="get" action="/reports" onSubmit={onSubmit} className="space-y-5" aria-label={t("controls.title")}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("controls.period")}>
          {(p) => (
            <Select {...p} name="period" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
              {PERIOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`controls.kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {(kind === "calendarYear" || kind === "reportYear") && (
          <Field label={t("controls.year")}>
            {(p) => (
              <Select {...p} name="year" defaultValue={String(state.year)}>
                {options.years.map((y) => (
                  <option key={y} value={y}>
                    {kind === "reportYear" ? t("controls.reportYearOption", { start: String(y), end: String(y + 1) }) : String(y)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        {kind === "custom" && (
          <>
            <Field label={t("controls.from")}>{(p) => <Input {...p} type="date" name="from" required defaultValue={state.period.from} />}</Field>
            <Field label={t("controls.to")}>{(p) => <Input {...p} type="date" name="to" required defaultValue={state.period.to} />}</Field>
          </>
        )}
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("controls.compare")}>
          {(p) => (
            <Select {...p} name="compare" value={compare} onChange={(e) => setCompare(e.target.value as CompareKind)}>
              {COMPARE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`controls.compareKinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {compare === "custom" && (
          <>
            <Field label={t("controls.compareFrom")}>
              {(p) => <Input {...p} type="date" name="compareFrom" required defaultValue={state.comparePeriod?.from ?? ""} />}
            </Field>
            <Field label={t("controls.compareTo")}>
              {(p) => <Input {...p} type="date" name="compareTo" required defaultValue={state.comparePeriod?.to ?? ""} />}
            </Field>
          </>
        )}
        <Field label={t("controls.breakdown")}>
          {(p) => (
            <Select {...p} name="by" defaultValue={state.by ?? ""}>
              <option value="">{t("controls.noBreakdown")}</option>
              {REPORT_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`dimensions.${d}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("controls.filtersLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          {REPORT_DIMENSIONS.map((d) => (
            <Field key={d} label={t(`dimensions.${d}`)}>
              {(p) => (
                <Select {...p} name={d} defaultValue={state.filters[d]?.[0] ?? ""}>
                  <option value="">{t("controls.all")}</option>
                  {choices[d].map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("controls.show")}</Button>
        <ButtonLink href="/reports" variant="secondary">
          {t("controls.reset")}
        </ButtonLink>
      </div>
    </form>
  );
}
