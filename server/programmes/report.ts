import "server-only";
// The programme report: applicants, eligible, endorsed, selected and completed per programme and cohort, in all and by
// gender and grade (the application's snapshot of the staff record), from ONE SQL aggregate over ProgrammeApplication.
// The page, CSV, XLSX, API and CLI print it through programmeReportTable(), so their figures are the same.
import { readDb as db } from "~/server/db"; // reads only: from a read replica when one is configured
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { suppressCells, type Cell } from "~/lib/privacy/small-cells";
import { compareGrades } from "~/lib/parity/grades";
import { AppError } from "~/server/errors";
import type { Messages } from "~/messages/en";
import type { ProgrammeReportQuery } from "~/lib/schemas/parity";

export const PROGRAMME_FIGURES = ["applicants", "eligible", "endorsed", "selected", "completed"] as const;
export type ProgrammeFigure = (typeof PROGRAMME_FIGURES)[number];
export type ProgrammeDimension = "all" | "gender" | "grade";

export interface ProgrammeReportRow {
  programmeCode: string;
  programmeName: string;
  /** null: all the programme's cohorts */
  cohort: string | null;
  cohortOpensOn: IsoDate | null;
  dimension: ProgrammeDimension;
  /** F/M/X or the grade; null for "all" */
  group: string | null;
  /** null: hidden by the small-cell rule */
  figures: Record<ProgrammeFigure, number | null>;
}

export interface ProgrammeReport {
  programme: string | null;
  smallCells: { threshold: number } | null;
  rows: ProgrammeReportRow[];
}

type SqlRow = {
  programmeCode: string;
  programmeName: string;
  cohort: string | null;
  opensOn: Date | null;
  gender: string | null;
  grade: string | null;
  allCohorts: number;
  byGender: number;
  byGrade: number;
} & Record<ProgrammeFigure, number>;

/**
 * Eligible: the verdict recorded when the person applied. Endorsed: the manager endorsed. Selected: selected, or
 * selected and since completed. A cohort without applications is listed with zeros; its breakdowns are empty.
 */
export async function programmeReport(query: ProgrammeReportQuery = {}, threshold: number | null = null): Promise<ProgrammeReport> {
  const code = query.programme ?? null;
  if (code !== null && !(await db.programme.findUnique({ where: { code }, select: { id: true } }))) {
    throw new AppError("INVALID", "parity.unknownProgramme", { code });
  }
  const sql = await db.$queryRaw<SqlRow[]>`
    SELECT p.code AS "programmeCode", p.name AS "programmeName", c.name AS cohort, c."opensOn" AS "opensOn",
           a.gender::text AS gender, a.grade AS grade,
           GROUPING(c.id)::int AS "allCohorts", (1 - GROUPING(a.gender))::int AS "byGender", (1 - GROUPING(a.grade))::int AS "byGrade",
           count(a.id)::int AS applicants,
           (count(a.id) FILTER (WHERE a.eligibility->>'eligible' = 'true'))::int AS eligible,
           (count(a.id) FILTER (WHERE a.endorsement = 'ENDORSED'))::int AS endorsed,
           (count(a.id) FILTER (WHERE a.status IN ('SELECTED', 'COMPLETED')))::int AS selected,
           (count(a.id) FILTER (WHERE a.status = 'COMPLETED'))::int AS completed
      FROM "Programme" p
      JOIN "ProgrammeCohort" c ON c."programmeId" = p.id
      LEFT JOIN "ProgrammeApplication" a ON a."cohortId" = c.id
     WHERE (${code}::text IS NULL OR p.code = ${code}::text)
     GROUP BY GROUPING SETS (
       (p.id, p.code, p.name, c.id, c.name, c."opensOn"),
       (p.id, p.code, p.name, c.id, c.name, c."opensOn", a.gender),
       (p.id, p.code, p.name, c.id, c.name, c."opensOn", a.grade),
       (p.id, p.code, p.name),
       (p.id, p.code, p.name, a.gender),
       (p.id, p.code, p.name, a.grade)
     )`;

  const rows: ProgrammeReportRow[] = sql
    .map((r): ProgrammeReportRow | null => {
      const dimension: ProgrammeDimension = r.byGender ? "gender" : r.byGrade ? "grade" : "all";
      const group = dimension === "gender" ? r.gender : dimension === "grade" ? r.grade : null;
      // a breakdown row of a cohort with no applications (LEFT JOIN: null gender/grade) is no group
      if (dimension !== "all" && group === null) return null;
      const all = r.allCohorts === 1;
      return {
        programmeCode: r.programmeCode,
        programmeName: r.programmeName,
        cohort: all ? null : r.cohort,
        cohortOpensOn: all || !r.opensOn ? null : toIsoDate(r.opensOn),
        dimension,
        group,
        figures: { applicants: r.applicants, eligible: r.eligible, endorsed: r.endorsed, selected: r.selected, completed: r.completed },
      };
    })
    .filter((r): r is ProgrammeReportRow => r !== null);
  rows.sort(compareRows);
  if (threshold !== null) hideSmallCells(rows, threshold);
  return { programme: code, smallCells: threshold === null ? null : { threshold }, rows };
}

const DIMENSION_RANK: Record<ProgrammeDimension, number> = { all: 0, gender: 1, grade: 2 };
const GENDER_RANK: Record<string, number> = { F: 0, M: 1, X: 2 };

/** Programme by code; its cohorts by opening date (the programme's all-cohorts rows last); all, by gender, by grade. */
function compareRows(a: ProgrammeReportRow, b: ProgrammeReportRow): number {
  if (a.programmeCode !== b.programmeCode) return a.programmeCode < b.programmeCode ? -1 : 1;
  if ((a.cohort === null) !== (b.cohort === null)) return a.cohort === null ? 1 : -1;
  const ka = `${a.cohortOpensOn ?? ""}|${a.cohort ?? ""}`;
  const kb = `${b.cohortOpensOn ?? ""}|${b.cohort ?? ""}`;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.dimension !== b.dimension) return DIMENSION_RANK[a.dimension] - DIMENSION_RANK[b.dimension];
  if (a.dimension === "gender") return (GENDER_RANK[a.group!] ?? 9) - (GENDER_RANK[b.group!] ?? 9);
  return compareGrades(a.group ?? "", b.group ?? "");
}

/**
 * The small-cell rule on the breakdowns, figure by figure: a gender or grade group of fewer than `threshold` people is
 * hidden, and so is a partner wherever the cohort's total (published: it is no breakdown) or the programme's
 * all-cohorts figure of that group would give it back.
 */
function hideSmallCells(rows: ProgrammeReportRow[], threshold: number): void {
  const lines = new Map<string, number[]>();
  const push = (key: string, i: number) => lines.set(key, [...(lines.get(key) ?? []), i]);
  rows.forEach((r, i) => {
    const cohortKey = `${r.programmeCode}|${r.cohort ?? "*"}`;
    if (r.dimension === "all") {
      push(`${cohortKey}|gender`, i);
      push(`${cohortKey}|grade`, i);
    } else {
      push(`${cohortKey}|${r.dimension}`, i);
      push(`${r.programmeCode}|${r.dimension}|${r.group}`, i);
    }
  });
  for (const figure of PROGRAMME_FIGURES) {
    const cells: Cell[] = rows.map((r) => ({ people: r.figures[figure] ?? 0, size: r.figures[figure] ?? 0, fixed: r.dimension === "all" }));
    const hidden = suppressCells(cells, [...lines.values()], threshold);
    hidden.forEach((h, i) => {
      if (h) rows[i]!.figures = { ...rows[i]!.figures, [figure]: null };
    });
  }
}

// ─── The report as a table: the page, CSV, XLSX, JSON ───

export type ProgrammeCell = string | number | null;
export interface ProgrammeTable {
  columns: { key: string; kind: "text" | "count"; header: string }[];
  rows: { dimension: ProgrammeDimension; cells: ProgrammeCell[] }[];
}

export function programmeReportWords(m: Messages["programmeReport"]) {
  return { columns: m.columns, dimensions: m.dimensions, genders: m.genders, allCohorts: m.allCohorts, everyone: m.everyone };
}
export type ProgrammeReportWords = ReturnType<typeof programmeReportWords>;

/** The group's name as people read it: "Women", "P4", "Everyone". */
export function programmeGroupName(row: Pick<ProgrammeReportRow, "dimension" | "group">, words: ProgrammeReportWords): string {
  if (row.dimension === "all") return words.everyone;
  if (row.dimension === "gender") return (words.genders as Record<string, string>)[row.group ?? ""] ?? row.group ?? "";
  return row.group ?? "";
}

/** Columns: programme code and name, cohort, breakdown, group code and name, then the five figures ("<5" when hidden). */
export function programmeReportTable(report: ProgrammeReport, words: ProgrammeReportWords): ProgrammeTable {
  const c = words.columns;
  const hidden = `<${report.smallCells?.threshold ?? 5}`;
  return {
    columns: [
      { key: "programme_code", kind: "text", header: c.programmeCode },
      { key: "programme_name", kind: "text", header: c.programmeName },
      { key: "cohort", kind: "text", header: c.cohort },
      { key: "breakdown", kind: "text", header: c.breakdown },
      { key: "group_code", kind: "text", header: c.groupCode },
      { key: "group_name", kind: "text", header: c.groupName },
      ...PROGRAMME_FIGURES.map((f) => ({ key: f, kind: "count" as const, header: c[f] })),
    ],
    rows: report.rows.map((r) => ({
      dimension: r.dimension,
      cells: [
        r.programmeCode,
        r.programmeName,
        r.cohort ?? words.allCohorts,
        r.dimension,
        r.group ?? "",
        programmeGroupName(r, words),
        ...PROGRAMME_FIGURES.map((f) => r.figures[f] ?? hidden),
      ],
    })),
  };
}

/** The programmes the report can be narrowed to (the page's choice), by code. */
export async function programmeChoices(): Promise<{ code: string; name: string }[]> {
  return db.programme.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
}
