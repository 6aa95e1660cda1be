import { z } from "zod";
import { COURSE_MODES } from "~/lib/schemas/common";
import { parseIsoDate, periodPreset, previousPeriod, type Period } from "~/lib/dates";

/** What a report can be broken down or filtered by: the person's current record, or the participation's mode. */
export const REPORT_DIMENSIONS = ["department", "sector", "grade", "gender", "duty_station", "mode"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const GENDERS = ["F", "M", "X"] as const;
export { COURSE_MODES };

/** The longest period one report may cover: enough for a decade of history, short of a mistyped year 20019. */
export const MAX_REPORT_DAYS = 366 * 20;

function isRealDate(v: string): boolean {
  try {
    parseIsoDate(v);
    return true;
  } catch {
    return false;
  }
}

const isoDate = (what: string) =>
  z
    .string({ error: `${what} is required (YYYY-MM-DD).` })
    .trim()
    .min(1, { error: `${what} is required (YYYY-MM-DD).` })
    .refine(isRealDate, { error: (issue) => `${what} "${String(issue.input)}" is not a valid date (YYYY-MM-DD).` });

export const ReportDimensionSchema = z.enum(REPORT_DIMENSIONS, {
  error: (issue) => `Unknown breakdown "${String(issue.input)}"; use one of ${REPORT_DIMENSIONS.join(", ")}.`,
});

const codes = (what: string) =>
  z.array(z.string().trim().min(1, { error: `Empty ${what} code.` }).max(40, { error: `A ${what} code has at most 40 characters.` })).max(100, {
    error: `At most 100 ${what} values.`,
  });

/** Filters keep only participations of people (or modes) in the listed values; several values of one dimension are ORed. */
export const ReportFilters = z
  .object({
    department: codes("department"),
    sector: codes("sector"),
    grade: codes("grade"),
    gender: z.array(z.enum(GENDERS, { error: (i) => `Unknown gender "${String(i.input)}"; use F, M or X.` })),
    duty_station: codes("duty station"),
    mode: z.array(z.enum(COURSE_MODES, { error: (i) => `Unknown mode "${String(i.input)}"; use one of ${COURSE_MODES.join(", ")}.` })),
  })
  .partial()
  .strict();
export type ReportFilters = z.infer<typeof ReportFilters>;

function periodChecks<T extends { from: string; to: string }>(value: T, ctx: z.RefinementCtx) {
  if (!isRealDate(value.from) || !isRealDate(value.to)) return;
  if (value.to < value.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `The end date ${value.to} is before the start date ${value.from}.` });
    return;
  }
  const days = (parseIsoDate(value.to).getTime() - parseIsoDate(value.from).getTime()) / 86_400_000 + 1;
  if (days > MAX_REPORT_DAYS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `A report covers at most 20 years; ${value.from} to ${value.to} is longer.` });
  }
}

/** One report: the period (both days inclusive), an optional breakdown and filters. Shared by the page, exports, API and CLI. */
export const TrainingReportQuery = z
  .object({
    from: isoDate("The start date"),
    to: isoDate("The end date"),
    by: ReportDimensionSchema.optional(),
    filters: ReportFilters.default({}),
  })
  .superRefine(periodChecks);
export type TrainingReportQuery = z.input<typeof TrainingReportQuery>;
export type ParsedTrainingReportQuery = z.output<typeof TrainingReportQuery>;

export const REPORT_FORMATS = ["json", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const ReportFormatSchema = z.enum(REPORT_FORMATS, {
  error: (issue) => `Unknown format "${String(issue.input)}"; use json or csv.`,
});

/** The first problem of a failed parse, as one line for a CLI, an HTTP 400 or a form. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request.";
  return issue.message;
}

/** Reads repeated or comma-separated filter values (?department=LEGAL&department=ICT or ?department=LEGAL,ICT). */
function listParam(params: URLSearchParams, name: string): string[] | undefined {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

export function filtersFromSearchParams(params: URLSearchParams): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const dimension of REPORT_DIMENSIONS) {
    const values = listParam(params, dimension);
    if (values) filters[dimension] = values;
  }
  return filters;
}

/** Writes filters back as search params, for shareable links and export URLs. */
export function filtersToSearchParams(filters: ReportFilters, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  for (const dimension of REPORT_DIMENSIONS) {
    for (const value of filters[dimension] ?? []) params.append(dimension, value);
  }
  return params;
}

const API_PARAMS = new Set(["from", "to", "by", "format", ...REPORT_DIMENSIONS]);

/**
 * The query of `GET /api/v1/reports/training` and the CSV/XLSX exports:
 * from, to (YYYY-MM-DD), format (json|csv), by (a dimension), and filters named like the dimensions.
 */
export function parseApiReportParams(
  params: URLSearchParams,
): { ok: true; query: ParsedTrainingReportQuery; format: ReportFormat } | { ok: false; message: string } {
  const unknown = [...new Set(params.keys())].filter((k) => !API_PARAMS.has(k));
  if (unknown.length) {
    return { ok: false, message: `Unknown parameter "${unknown[0]}"; use from, to, format, by or a filter (${REPORT_DIMENSIONS.join(", ")}).` };
  }
  for (const single of ["from", "to", "by", "format"]) {
    if (params.getAll(single).length > 1) return { ok: false, message: `Give "${single}" once.` };
  }
  const format = ReportFormatSchema.safeParse(params.get("format") ?? "json");
  if (!format.success) return { ok: false, message: firstIssue(format.error) };
  const query = TrainingReportQuery.safeParse({
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    by: params.get("by") || undefined,
    filters: filtersFromSearchParams(params),
  });
  if (!query.success) return { ok: false, message: firstIssue(query.error) };
  return { ok: true, query: query.data, format: format.data };
}

// ───────────── The Reports page: its period, comparison and view, all in the URL so a link shares it ─────────────

export const PERIOD_KINDS = ["calendarYear", "reportYear", "last12Months", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const COMPARE_KINDS = ["previous", "custom", "none"] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

export interface ReportPageState {
  kind: PeriodKind;
  /** The preset's year (calendar year, or the year a report year starts in). */
  year: number;
  period: Period;
  compare: CompareKind;
  comparePeriod: Period | null;
  by: ReportDimension | undefined;
  filters: ReportFilters;
  /** Problems with what the URL asked for; the page falls back to defaults and says why. */
  problems: string[];
}

type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/**
 * The Reports page state from its URL (?period=reportYear&year=2019&compare=previous&by=gender&mode=ONLINE…).
 * Never throws: a bad value falls back to the default and is listed in `problems`.
 * The default is the current report year (1 July – 30 June) compared with the one before.
 */
export function reportPageState(record: SearchParamsRecord, asOf: Date): ReportPageState {
  const params = toUrlSearchParams(record);
  const problems: string[] = [];

  const kindParam = params.get("period") ?? "reportYear";
  const kind: PeriodKind = (PERIOD_KINDS as readonly string[]).includes(kindParam) ? (kindParam as PeriodKind) : "reportYear";
  if (kind !== kindParam) problems.push(`Unknown period "${kindParam}".`);

  const defaultYear = periodYear(kind === "custom" ? "reportYear" : kind, asOf);
  const yearParam = params.get("year");
  let year = defaultYear;
  if (yearParam !== null) {
    const y = Number(yearParam);
    if (Number.isInteger(y) && y >= 1900 && y <= 2200) year = y;
    else problems.push(`"${yearParam}" is not a year.`);
  }

  let period: Period;
  if (kind === "custom") {
    const custom = TrainingReportQuery.safeParse({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
    if (custom.success) period = { from: custom.data.from, to: custom.data.to };
    else {
      problems.push(firstIssue(custom.error));
      period = periodPreset("reportYear", { asOf });
    }
  } else if (kind === "last12Months") {
    period = periodPreset("last12Months", { asOf });
  } else {
    period = periodPreset(kind, { year, asOf });
  }

  const compareParam = params.get("compare") ?? "previous";
  let compare: CompareKind = (COMPARE_KINDS as readonly string[]).includes(compareParam) ? (compareParam as CompareKind) : "previous";
  if (compare !== compareParam) problems.push(`Unknown comparison "${compareParam}".`);
  let comparePeriod: Period | null = compare === "none" ? null : previousPeriod(period);
  if (compare === "custom") {
    const custom = TrainingReportQuery.safeParse({ from: params.get("compareFrom") ?? "", to: params.get("compareTo") ?? "" });
    if (custom.success) comparePeriod = { from: custom.data.from, to: custom.data.to };
    else {
      problems.push(firstIssue(custom.error));
      compare = "previous";
    }
  }

  const byParam = params.get("by");
  let by: ReportDimension | undefined;
  if (byParam) {
    const parsed = ReportDimensionSchema.safeParse(byParam);
    if (parsed.success) by = parsed.data;
    else problems.push(firstIssue(parsed.error));
  }

  const filtersParsed = ReportFilters.safeParse(filtersFromSearchParams(params));
  let filters: ReportFilters = {};
  if (filtersParsed.success) filters = filtersParsed.data;
  else problems.push(firstIssue(filtersParsed.error));

  return { kind, year, period, compare, comparePeriod, by, filters, problems };
}

/** The year a preset period of this kind has on `asOf`: its calendar year, or the year its report year starts. */
export function periodYear(kind: "calendarYear" | "reportYear" | "last12Months", asOf: Date): number {
  if (kind === "reportYear") return Number(periodPreset("reportYear", { asOf }).from.slice(0, 4));
  return asOf.getUTCFullYear();
}

/** The export URL's query for a page state: period, comparison, breakdown and filters. */
export function exportSearchParams(state: Pick<ReportPageState, "period" | "comparePeriod" | "by" | "filters">): URLSearchParams {
  const params = new URLSearchParams({ from: state.period.from, to: state.period.to });
  if (state.comparePeriod) {
    params.set("compareFrom", state.comparePeriod.from);
    params.set("compareTo", state.comparePeriod.to);
  }
  if (state.by) params.set("by", state.by);
  return filtersToSearchParams(state.filters, params);
}

/** The XLSX export also takes the comparison period (compareFrom/compareTo); the CSV is the period alone, as the API gives it. */
export function parseExportParams(
  params: URLSearchParams,
): { ok: true; query: ParsedTrainingReportQuery; compare: Period | null } | { ok: false; message: string } {
  const rest = new URLSearchParams(params);
  const compareFrom = rest.get("compareFrom");
  const compareTo = rest.get("compareTo");
  rest.delete("compareFrom");
  rest.delete("compareTo");
  rest.delete("format");
  const parsed = parseApiReportParams(rest);
  if (!parsed.ok) return parsed;
  if (compareFrom === null && compareTo === null) return { ok: true, query: parsed.query, compare: null };
  const compare = TrainingReportQuery.safeParse({ from: compareFrom ?? "", to: compareTo ?? "" });
  if (!compare.success) return { ok: false, message: `Comparison period: ${firstIssue(compare.error)}` };
  return { ok: true, query: parsed.query, compare: { from: compare.data.from, to: compare.data.to } };
}
