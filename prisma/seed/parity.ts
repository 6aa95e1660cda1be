import { db } from "~/server/db";
import { womenShare } from "~/lib/parity/grades";
import { DEMO_ACCOUNTS } from "./organisation";
import { FEMALE_FIRST, LAST, MALE_FIRST } from "./names";

// The parity report of 30 June 2020, reproduced exactly for the four grades the annual report names (women's share
// among staff active that day: D2 15.4 %, D1 34.9 %, P5 32.7 %, P4 50.0 %), and the targets for the end of 2021.
// Run after every module that adds or moves staff. Deterministic for a given organisation: the headcount of a grade
// is the smallest one from the current count up that gives the share, made up with former staff (who left since
// 2020, so today's figures keep their shape), and the women's count is met by choosing the newcomers' genders, then
// by changing the gender of non-persona staff in employee-number order. The demo accounts and programme applicants
// (whose applications recorded their gender) are never touched.

export const PARITY_DATE = "2020-06-30";
export const PARITY_2020: Record<string, number> = { D2: 15.4, D1: 34.9, P5: 32.7, P4: 50.0 };
export const TARGETS_2021: Record<string, number> = { D2: 24, D1: 37, P5: 43, P4: 50 };
const TARGET_DATE = "2021-12-31";

/** `locked`: an applicant to a programme, whose application recorded their gender (never changed here). */
type Active = { id: string; employeeId: string; gender: "F" | "M" | "X"; locked: boolean };

/** Staff active on `date` in `grade` (the grade in effect that day), as server/parity/report.ts counts them. */
async function activeIn(grade: string, date: string): Promise<Active[]> {
  return db.$queryRaw<Active[]>`
    SELECT s.id, s."employeeId", s.gender::text AS gender,
           EXISTS (SELECT 1 FROM "ProgrammeApplication" a WHERE a."staffId" = s.id) AS locked
      FROM "Staff" s
     WHERE (s."hireDate" IS NULL OR s."hireDate" <= ${date}::date)
       AND (s."leftOn" IS NULL OR s."leftOn" > ${date}::date)
       AND COALESCE((SELECT c.value FROM "StaffPlacementChange" c
                      WHERE c."staffId" = s.id AND c.field = 'GRADE' AND c."effectiveOn" <= ${date}::date AND c.value IS NOT NULL
                      ORDER BY c."effectiveOn" DESC, c.id DESC LIMIT 1), s.grade) = ${grade}
     ORDER BY s."employeeId"`;
}

/** The smallest headcount n ≥ `from` with a women's count w (persona women ≤ w ≤ n − persona men) giving `share`, w nearest `women`. */
export function headcountFor(share: number, from: number, women: number, fixedWomen: number, fixedOthers: number): { n: number; w: number } {
  for (let n = Math.max(from, 1); n < from + 500; n++) {
    let best: number | null = null;
    for (let w = fixedWomen; w <= n - fixedOthers; w++) {
      if (womenShare(w, n) === share && (best === null || Math.abs(w - women) < Math.abs(best - women))) best = w;
    }
    if (best !== null) return { n, w: best };
  }
  throw new Error(`Seed: no headcount gives ${share} %`);
}

export async function seedParity(ctx: { staff?: unknown; demo?: unknown; asOf: Date; log?: (line: string) => void }): Promise<void> {
  const personas = new Set<string>(DEMO_ACCOUNTS.map((a) => a.employeeId));
  let formerSeq = 0;
  for (const [grade, share] of Object.entries(PARITY_2020)) {
    const active = await activeIn(grade, PARITY_DATE);
    const fixed = active.filter((p) => personas.has(p.employeeId) || p.locked);
    const women = active.filter((p) => p.gender === "F").length;
    const { n, w } = headcountFor(
      share,
      active.length,
      women,
      fixed.filter((p) => p.gender === "F").length,
      fixed.filter((p) => p.gender !== "F").length,
    );

    // Former staff: in the grade on 30 June 2020, left since. Their genders go towards the women's count first.
    let missing = w - women;
    const newcomers = Array.from({ length: n - active.length }, (_, i) => {
      const seq = ++formerSeq;
      const gender: "F" | "M" = missing > 0 ? "F" : "M";
      if (gender === "F") missing--;
      const first = gender === "F" ? FEMALE_FIRST[(seq * 7) % FEMALE_FIRST.length]! : MALE_FIRST[(seq * 11) % MALE_FIRST.length]!;
      const last = LAST[(seq * 13) % LAST.length]!;
      const employeeId = `88${String(seq).padStart(4, "0")}`;
      return {
        id: `stf_former_${employeeId}`,
        employeeId,
        email: `former.${employeeId}@example.org`,
        fullName: `${first} ${last}`,
        gender,
        grade,
        hireDate: new Date(Date.UTC(2004 + (i % 10), (i * 5) % 12, 1)),
        leftOn: new Date(Date.UTC(2021 + (i % 4), (i * 7) % 12, 28)),
        active: false,
      };
    });
    if (newcomers.length) await db.staff.createMany({ data: newcomers });

    // Still off: change the gender of non-persona staff active that day, in employee-number order.
    const flip = active.filter((p) => !personas.has(p.employeeId) && !p.locked && (missing > 0 ? p.gender !== "F" : p.gender === "F")).slice(0, Math.abs(missing));
    if (flip.length) await db.staff.updateMany({ where: { id: { in: flip.map((p) => p.id) } }, data: { gender: missing > 0 ? "F" : "M" } });
    ctx.log?.(`Demo parity: ${grade} ${w} women of ${n} on ${PARITY_DATE} (${newcomers.length} former staff added, ${flip.length} genders changed).`);
  }

  const targetDate = new Date(`${TARGET_DATE}T00:00:00Z`);
  await db.parityTarget.createMany({
    data: Object.entries(TARGETS_2021).map(([grade, womenShare]) => ({ grade, targetDate, womenShare: womenShare.toFixed(2), note: "Annual report 2019–2020" })),
    skipDuplicates: true,
  });
}
