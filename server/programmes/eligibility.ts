import "server-only";
import { db, type Tx } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { checkEligibility, closestAlternative, type EligibilityPerson, type EligibilityVerdict } from "~/lib/programmes/eligibility";
import { EligibilitySchema, type Eligibility } from "~/lib/programmes/eligibility-rules";

/**
 * The staff record as it was on `asOf`, for the eligibility check: grade and duty station from the placement history
 * (StaffPlacementChange, written by a trigger on every move): the latest move in effect by then; with no move at all,
 * today's record. The history keeps only new values, so before a person's first recorded move the value is unknown
 * (null: a grade or duty station rule is then not met) rather than guessed from today's record.
 */
export async function eligibilityFacts(staffIds: readonly string[], asOf: Date, tx: Tx = db): Promise<Map<string, EligibilityPerson>> {
  if (staffIds.length === 0) return new Map();
  const day = toIsoDate(asOf);
  const rows = await tx.$queryRaw<{ id: string; grade: string | null; gender: "F" | "M" | "X"; hireDate: Date | null; active: boolean; leftOn: Date | null; dutyStationCode: string | null }[]>`
    WITH h AS (
      -- per person and field: the value in force on the day (the latest move by then) and whether any move came later
      SELECT c."staffId", c.field::text AS field,
             (array_agg(c.value ORDER BY c."effectiveOn" DESC, c.id DESC) FILTER (WHERE c."effectiveOn" <= ${day}::date))[1] AS value,
             bool_or(c."effectiveOn" <= ${day}::date) AS before,
             bool_or(c."effectiveOn" > ${day}::date) AS after
      FROM "StaffPlacementChange" c
      WHERE c."staffId" = ANY(${[...staffIds]}::text[]) AND c.field IN ('GRADE', 'DUTY_STATION')
      GROUP BY c."staffId", c.field
    )
    SELECT s.id, s.gender::text AS gender, s."hireDate", s.active, s."leftOn",
           CASE WHEN g.before THEN g.value WHEN g.after THEN NULL ELSE s.grade END AS grade,
           d.code AS "dutyStationCode"
    FROM "Staff" s
    LEFT JOIN h g ON g."staffId" = s.id AND g.field = 'GRADE'
    LEFT JOIN h ds ON ds."staffId" = s.id AND ds.field = 'DUTY_STATION'
    LEFT JOIN "DutyStation" d ON d.id = CASE WHEN ds.before THEN ds.value WHEN ds.after THEN NULL ELSE s."dutyStationId" END
    WHERE s.id = ANY(${[...staffIds]}::text[])`;
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}

/** A programme's stored rule, read through the shared schema (a malformed rule is a bug, not "everyone eligible"). */
export function programmeEligibility(programme: { eligibility: unknown }): Eligibility {
  return EligibilitySchema.parse(programme.eligibility);
}

/** The verdict for many people at once (L&D's review, the programme report): one query, the pure check per person. */
export async function eligibilityOf(staffIds: readonly string[], programme: { eligibility: unknown }, asOf: Date, tx: Tx = db): Promise<Map<string, EligibilityVerdict>> {
  const rule = programmeEligibility(programme);
  const facts = await eligibilityFacts(staffIds, asOf, tx);
  return new Map([...facts].map(([id, person]) => [id, checkEligibility(rule, person, asOf)]));
}

/** One person's verdict and the facts it was made on; null for an unknown staff id. */
export async function eligibilityOfPerson(staffId: string, programme: { eligibility: unknown }, asOf: Date, tx: Tx = db) {
  const person = (await eligibilityFacts([staffId], asOf, tx)).get(staffId);
  return person ? { person, verdict: checkEligibility(programmeEligibility(programme), person, asOf) } : null;
}

/** What an application keeps of the verdict (ProgrammeApplication.eligibility): L&D's review shows it as it was. */
export function eligibilitySnapshot(verdict: EligibilityVerdict, asOf: Date) {
  return {
    eligible: verdict.eligible,
    inService: verdict.inService,
    checkedOn: toIsoDate(asOf),
    closest: closestAlternative(verdict),
    alternatives: verdict.alternatives.map((a) => ({ met: a.met, rules: a.rules.map((r) => ({ kind: r.rule.kind, rule: r.rule, met: r.met, actual: r.actual })) })),
  };
}
