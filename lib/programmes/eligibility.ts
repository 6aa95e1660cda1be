// The eligibility check of a programme's call (the rule's shape is in eligibility-rules.ts): pure, as of a date, so
// the catalogue, the application, L&D's review and the programme report all give the same verdict for the same day.
import { addMonths, toIsoDate } from "~/lib/dates";
import { staffCategoryOf, type Eligibility, type EligibilityRule } from "~/lib/programmes/eligibility-rules";

/** What the check reads of a staff record, as it was on the day (grade and duty station from the placement history). */
export type EligibilityPerson = {
  grade: string | null;
  gender: "F" | "M" | "X";
  hireDate: Date | null;
  dutyStationCode: string | null;
  active: boolean;
  leftOn: Date | null;
};

/** One rule and how the person stands: `actual` is their grade, grade group, gender, whole months of service or duty station. */
export type RuleCheck = { rule: EligibilityRule; met: boolean; actual: string | number | null };
export type AlternativeCheck = { met: boolean; rules: RuleCheck[] };
export type EligibilityVerdict = {
  eligible: boolean;
  /** false for someone not in service on the day (left, or not yet hired): never eligible, whatever the rules */
  inService: boolean;
  alternatives: AlternativeCheck[];
};

/** Whole months from the hire date to `asOf`: the 12th month is reached on the anniversary day (clamped to month ends). */
export function monthsOfService(hireDate: Date, asOf: Date): number {
  const hired = toIsoDate(hireDate);
  const day = toIsoDate(asOf);
  if (day < hired) return 0;
  let months = (asOf.getUTCFullYear() - hireDate.getUTCFullYear()) * 12 + (asOf.getUTCMonth() - hireDate.getUTCMonth());
  while (months > 0 && addMonths(hired, months) > day) months--;
  while (addMonths(hired, months + 1) <= day) months++;
  return months;
}

/** In service on the day: hired by then, and not left (leftOn is the first day out; an inactive record without it is out). */
export function inServiceOn(person: Pick<EligibilityPerson, "active" | "leftOn" | "hireDate">, asOf: Date): boolean {
  const day = toIsoDate(asOf);
  if (person.hireDate && toIsoDate(person.hireDate) > day) return false;
  if (person.leftOn) return day < toIsoDate(person.leftOn);
  return person.active;
}

function checkRule(rule: EligibilityRule, person: EligibilityPerson, asOf: Date): RuleCheck {
  switch (rule.kind) {
    case "grade":
      return { rule, met: person.grade !== null && rule.grades.includes(person.grade), actual: person.grade };
    case "staffCategory": {
      const category = person.grade ? staffCategoryOf(person.grade) : null;
      return { rule, met: category !== null && rule.categories.includes(category), actual: category };
    }
    case "gender":
      return { rule, met: rule.genders.includes(person.gender), actual: person.gender };
    case "minService": {
      const months = person.hireDate ? monthsOfService(person.hireDate, asOf) : null;
      return { rule, met: months !== null && months >= rule.months, actual: months };
    }
    case "dutyStation":
      return { rule, met: person.dutyStationCode !== null && rule.codes.includes(person.dutyStationCode), actual: person.dutyStationCode };
  }
}

/**
 * The verdict on `asOf`: eligible when the person is in service and every rule of one alternative holds (no
 * alternatives: everyone in service). Every rule of every alternative is checked, so the page can show the checklist.
 */
export function checkEligibility(eligibility: Eligibility, person: EligibilityPerson, asOf: Date): EligibilityVerdict {
  const inService = inServiceOn(person, asOf);
  const alternatives = eligibility.alternatives.map((rules) => {
    const checks = rules.map((r) => checkRule(r, person, asOf));
    return { met: checks.every((c) => c.met), rules: checks };
  });
  const eligible = inService && (alternatives.length === 0 || alternatives.some((a) => a.met));
  return { eligible, inService, alternatives };
}

/**
 * The alternative to explain a verdict with: the one that holds, else the closest (fewest rules unmet; the first on a
 * tie, as L&D wrote them). Null when there are no alternatives.
 */
export function closestAlternative(verdict: Pick<EligibilityVerdict, "alternatives">): number | null {
  let best: number | null = null;
  let bestUnmet = Infinity;
  verdict.alternatives.forEach((a, i) => {
    const unmet = a.rules.filter((r) => !r.met).length;
    if (unmet < bestUnmet) {
      best = i;
      bestUnmet = unmet;
    }
  });
  return best;
}

/** The rules that keep a person out, from the closest alternative (empty when eligible or when only service is missing). */
export function unmetRules(verdict: EligibilityVerdict): RuleCheck[] {
  if (verdict.eligible) return [];
  const i = closestAlternative(verdict);
  return i === null ? [] : verdict.alternatives[i]!.rules.filter((r) => !r.met);
}

/** "P3–P5" for consecutive grades of one series, else the list as written: the words pages and mails use. */
export function gradeRange(grades: readonly string[]): string[] {
  const parsed = grades.map((g) => /^([A-Z]+)(\d+)$/.exec(g));
  if (grades.length > 2 && parsed.every((m) => m && m[1] === parsed[0]![1])) {
    const numbers = parsed.map((m) => Number(m![2])).sort((a, b) => a - b);
    if (numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)) return [`${parsed[0]![1]}${numbers[0]}–${parsed[0]![1]}${numbers.at(-1)}`];
  }
  return [...grades];
}
