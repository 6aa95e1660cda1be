import { db } from "~/server/db";
import { importRecords, RECORD_COLUMNS } from "~/server/imports/records";
import { reportLines } from "~/server/imports/common";
import { toCsv } from "~/lib/csv";
import { createRng } from "./random";

type Person = { id: string; employeeId: string; hireDate: Date };

/**
 * The annual report's figures (1 July – 30 June): participants and training days of the whole year. The demo's own
 * history (online completions, sessions) is topped up with the former LMS's records so that the Reports page, the CSV,
 * the API and the CLI show the report's numbers for these years: 6,266 → 12,385 participants, 5,435 → 6,757 days.
 */
export const ANNUAL_REPORT_FIGURES = [
  { from: "2018-07-01", to: "2019-06-30", participants: 6_266, trainingDays: 5_435 },
  { from: "2019-07-01", to: "2020-06-30", participants: 12_385, trainingDays: 6_757 },
] as const;

/** Courses run before Pathway, as the former LMS exported them (days per participation; share of a year's rows). */
type Historic = { code: string; title: string; category: string; mode: "classroom" | "virtual" | "online" | "external" | "blended"; eighths: number; share: number; classroomOnly?: boolean };
const HISTORIC: readonly Historic[] = [
  { code: "HIST-RESPECT", title: "Respect in the workplace (workshop)", category: "ETHICS", mode: "classroom", eighths: 4, share: 0.1, classroomOnly: true },
  { code: "HIST-OFFICE", title: "Microsoft Office tools", category: "IT", mode: "classroom", eighths: 4, share: 0.08 },
  { code: "HIST-TRAVEL", title: "Travel and meetings application", category: "ADMIN", mode: "classroom", eighths: 2, share: 0.05, classroomOnly: true },
  { code: "HIST-IPACADEMY", title: "IP academy: distance learning", category: "IP", mode: "online", eighths: 2, share: 0.1 },
  { code: "HIST-BLOCKCHAIN", title: "IP and blockchain: an introduction", category: "IP", mode: "online", eighths: 1, share: 0.04 },
  { code: "HIST-MEDIA", title: "Strategic media training", category: "COMM", mode: "classroom", eighths: 8, share: 0.01, classroomOnly: true },
  { code: "HIST-WEBINARS", title: "Presentation skills for webinars", category: "COMM", mode: "virtual", eighths: 4, share: 0.02 },
  { code: "HIST-GAMES", title: "Negotiation and conflict resolution (serious game)", category: "COMM", mode: "online", eighths: 2, share: 0.05 },
  { code: "HIST-BOOTCAMP", title: "Remote working bootcamp", category: "LEAD", mode: "virtual", eighths: 4, share: 0.03 },
  { code: "HIST-MINDFUL", title: "Mindfulness at work (workshop)", category: "HSS", mode: "classroom", eighths: 2, share: 0.03, classroomOnly: true },
  { code: "HIST-INDUCTION", title: "Induction programme", category: "ONBOARD", mode: "classroom", eighths: 8, share: 0.02 },
];
/** The two courses that balance a year to its exact figures: short LinkedIn Learning courses and a term of language classes. */
const SHORT = { code: "HIST-LIL", title: "LinkedIn Learning courses", category: "COMM", mode: "external" } as const;
const LONG = { code: "HIST-LANG", title: "Language classes (one term)", category: "LANG", mode: "classroom", eighths: 20 } as const;

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const eighthsToDays = (n: number) => (n / 8).toFixed(3);

/**
 * Imports the former LMS's records for the annual-report years through the same import code L&D uses (an archived
 * course per historic code), so that each year's counted participations and training
 * days equal ANNUAL_REPORT_FIGURES exactly. Run after every other part of the seed that writes the ledger. Demo
 * accounts get no imported rows (their histories are the ones the journeys walk through).
 */
export async function seedReportHistory(opts: { staff: Person[]; asOf: Date; log?: (line: string) => void }): Promise<void> {
  const rng = createRng(20180701);
  const people = opts.staff.filter((p) => !p.employeeId.startsWith("9001"));
  const rows: string[][] = [];
  const taken = new Set<string>();

  for (const year of ANNUAL_REPORT_FIGURES) {
    const [existing] = await db.$queryRaw<{ participants: number; eighths: number; whole: boolean }[]>`
      SELECT count(*)::int AS participants, COALESCE(sum("trainingDays") * 8, 0)::int AS eighths,
             COALESCE(sum("trainingDays") * 8 = round(sum("trainingDays") * 8), true) AS whole
      FROM "TrainingRecord"
      WHERE status IN ('COMPLETED', 'ATTENDED') AND "endDate" BETWEEN ${year.from}::date AND ${year.to}::date`;
    if (!existing!.whole) throw new Error(`The demo ledger for ${year.from}..${year.to} has training days that are not whole hours.`);
    const needRows = year.participants - existing!.participants;
    const needEighths = year.trainingDays * 8 - existing!.eighths;
    const from = new Date(`${year.from}T00:00:00Z`);
    const to = new Date(`${year.to}T00:00:00Z`);
    if (from > opts.asOf) continue;

    const add = (course: { code: string; title: string; category: string; mode: string }, eighths: number, classroomOnly = false) => {
      // Face-to-face training stopped in March 2020: classroom-only courses end before then.
      const last = classroomOnly && year.to === "2020-06-30" ? new Date("2020-03-13T00:00:00Z") : to;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 200) throw new Error(`The demo history could not place a row of ${course.code} in ${year.from}..${year.to}.`);
        const person = rng.pick(people);
        const earliest = Math.max(from.getTime(), person.hireDate.getTime());
        if (earliest > last.getTime()) continue;
        const end = new Date(earliest + Math.floor(rng.next() * ((last.getTime() - earliest) / DAY + 1)) * DAY);
        const spanDays = Math.max(0, Math.ceil(eighths / 8) - 1);
        const start = new Date(Math.max(earliest, end.getTime() - spanDays * DAY));
        const key = `${person.employeeId}|${course.code}|${iso(start)}`;
        if (taken.has(key)) continue;
        taken.add(key);
        const status = course.mode === "classroom" || course.mode === "virtual" ? "attended" : "completed";
        rows.push([person.employeeId, course.code, course.title, course.category, course.mode, iso(start), iso(end), eighthsToDays(eighths), status]);
        return;
      }
    };

    // The named courses by their share of the year's rows; then the short and long courses balance the totals.
    let rowsLeft = needRows;
    let eighthsLeft = needEighths;
    for (const h of HISTORIC) {
      const n = Math.round(needRows * h.share * (0.9 + rng.next() * 0.2));
      for (let i = 0; i < n; i++) add(h, h.eighths, h.classroomOnly);
      rowsLeft -= n;
      eighthsLeft -= n * h.eighths;
    }
    // rowsLeft = short + long; eighthsLeft = short + extra + long × 20, where `extra` short rows last 2 hours instead of 1.
    const long = Math.floor((eighthsLeft - rowsLeft) / (LONG.eighths - 1));
    const short = rowsLeft - long;
    const extra = eighthsLeft - short - long * LONG.eighths;
    if (long < 0 || short < extra || extra < 0) {
      throw new Error(`The demo history cannot reach ${year.participants} participants and ${year.trainingDays} days for ${year.from}..${year.to}.`);
    }
    for (let i = 0; i < long; i++) add(LONG, LONG.eighths);
    for (let i = 0; i < short; i++) add(SHORT, i < extra ? 2 : 1);
  }
  if (rows.length === 0) return;

  const csv = toCsv([...RECORD_COLUMNS], rows);
  const outcome = await importRecords(csv, { skipInvalid: false, dryRun: false, actorId: null, fileName: "former-lms-2018-2020.csv", asOf: opts.asOf });
  if (outcome.aborted || outcome.rejected) throw new Error(`The demo history import was refused:\n${reportLines(outcome).join("\n")}`);
  opts.log?.(`Demo history: ${outcome.created} records from the former LMS (annual-report years 2018–19 and 2019–20).`);
}
