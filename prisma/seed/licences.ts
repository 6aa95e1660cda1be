import { db } from "~/server/db";
import { addDays, toIsoDate } from "~/lib/dates";
import { toCsv } from "~/lib/csv";
import { importPlatformActivity } from "~/server/imports/platform-activity";
import { reportLines } from "~/server/imports/common";
import { createRng } from "./random";

// The LinkedIn Learning roll-out of the annual report (about 250 colleagues): a pool of 250 seats for the current
// year, 240 of them held, a few requests waiting for L&D, five licences reclaimed after 60 days without use, and the
// platform's activity report imported through the same import code L&D uses, so its completed courses are in the
// ledger as external learning ("Communication and Personal Effectiveness"). Demo accounts hold no licence: the demo
// learner (900101) can ask for one. Deterministic (own random seed).

type Person = { id: string; employeeId: string; email: string };

const PLATFORM = "linkedin-learning";
const COURSES = [
  "Excel essential training",
  "Time management fundamentals",
  "Communicating with confidence",
  "Leading remotely",
  "Managing stress for positive change",
  "Negotiation foundations",
  "Writing in plain language",
  "Project management foundations",
  "Giving and receiving feedback",
  "Microsoft Teams tips and tricks",
  "Presentation skills for webinars",
  "Unconscious bias",
] as const;

export async function seedLicences(ctx: { staff: Person[]; asOf: Date; log?: (line: string) => void }): Promise<void> {
  const started = Date.now();
  const rng = createRng(20200415);
  const { asOf } = ctx;
  const today = toIsoDate(asOf);
  const year = asOf.getUTCFullYear();
  const validFrom = `${year}-01-01`;
  const category = await db.category.findUniqueOrThrow({ where: { code: "COMM" }, select: { id: true } });
  const pool = await db.licencePool.create({
    data: {
      platform: PLATFORM,
      name: "LinkedIn Learning",
      seats: 250,
      validFrom: new Date(`${validFrom}T00:00:00Z`),
      validUntil: new Date(`${year}-12-31T00:00:00Z`),
      costPerSeat: "379.50",
      currency: "USD",
      reclaimAfterDays: 60,
      autoAssign: false,
      categoryId: category.id,
    },
  });

  // Everyone but the demo accounts, in a fixed shuffled order.
  const people = ctx.staff.filter((p) => !p.employeeId.startsWith("9001")).map((p) => ({ p, k: rng.next() }));
  people.sort((a, b) => a.k - b.k);
  const pick = people.map((x) => x.p);
  const holders = pick.slice(0, 240);
  const reclaimed = pick.slice(240, 245);
  const waiting = pick.slice(245, 251);

  const span = Math.max(1, Math.round((asOf.getTime() - new Date(`${validFrom}T00:00:00Z`).getTime()) / 86_400_000));
  const at = (iso: string, hour = 9) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
  const rows = holders.map((h, i) => {
    const assigned = addDays(validFrom, rng.int(0, Math.max(0, span - 1)));
    const sinceAssigned = Math.max(0, Math.round((asOf.getTime() - at(assigned).getTime()) / 86_400_000));
    // Most use it; a few have not for two months or more (the pool page's "reclaim now" preview lists them).
    const idle = i % 40 === 0 && sinceAssigned > 70;
    const lastActive = idle ? addDays(today, -rng.int(61, Math.min(90, sinceAssigned))) : addDays(today, -rng.int(0, Math.min(45, sinceAssigned)));
    return { poolId: pool.id, staffId: h.id, status: "ASSIGNED" as const, requestedAt: at(assigned, 8), assignedAt: at(assigned), lastActiveOn: new Date(`${lastActive}T00:00:00Z`) };
  });
  await db.licence.createMany({ data: rows });
  await db.licence.createMany({
    data: reclaimed.map((r) => {
      const ended = addDays(today, -rng.int(5, Math.max(5, Math.min(60, span))));
      return { poolId: pool.id, staffId: r.id, status: "RECLAIMED" as const, requestedAt: at(validFrom, 8), assignedAt: at(validFrom), lastActiveOn: new Date(`${validFrom}T00:00:00Z`), endedAt: at(ended, 4), endedReason: "inactive" };
    }),
  });
  await db.licence.createMany({
    data: waiting.map((w, i) => ({ poolId: pool.id, staffId: w.id, status: "REQUESTED" as const, requestedAt: new Date(asOf.getTime() - (i + 1) * 86_400_000 * 2) })),
  });

  // The platform's activity report: a course or two each for a third of the holders, about 40 of them completed.
  const lines: string[][] = [];
  holders.forEach((h, i) => {
    if (i % 3 !== 0) return;
    const courses = new Set([rng.pick(COURSES), ...(rng.chance(0.3) ? [rng.pick(COURSES)] : [])]);
    for (const title of courses) {
      const completed = rng.chance(0.45);
      const hours = (rng.int(2, 24) / 4).toFixed(2);
      const when = addDays(today, -rng.int(1, Math.max(1, Math.min(300, span))));
      const [y, m, d] = when.split("-");
      lines.push([h.email, title, hours, completed ? `${m}/${d}/${y}` : ""]);
    }
  });
  const outcome = await importPlatformActivity(toCsv(["User Email", "Content Title", "Content Hours Viewed", "Completion Date"], lines), {
    pool: pool.id,
    skipInvalid: false,
    dryRun: false,
    actorId: null,
    fileName: "linkedin-learning-activity.csv",
    asOf,
  });
  if (outcome.aborted) throw new Error(`The demo's LinkedIn Learning activity was refused:\n${reportLines(outcome).join("\n")}`);
  const completions = lines.filter((l) => l[3]).length;
  ctx.log?.(`Seeded LinkedIn Learning: 250 seats, 240 held, ${waiting.length} waiting, 5 reclaimed, ${lines.length} activity lines (${completions} completed) in ${Date.now() - started} ms.`);
}
