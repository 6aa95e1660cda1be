// The eligibility verdict in words, for pages and the home card (server or client): "This call is for grades P3–P5
// (women) or General Service (men); you are P2."
import { closestAlternative, gradeRange, type EligibilityVerdict, type RuleCheck } from "~/lib/programmes/eligibility";
import type { EligibilityRule } from "~/lib/programmes/eligibility-rules";
import { formattingLocale, isLocale, DEFAULT_LOCALE } from "~/lib/i18n/locales";

/** A translator of the `programmes.eligibility` namespace. */
export type EligibilityT = (key: string, values?: Record<string, string | number>) => string;

function list(locale: string, items: readonly string[], type: "conjunction" | "disjunction"): string {
  const l = formattingLocale(isLocale(locale) ? locale : DEFAULT_LOCALE);
  return new Intl.ListFormat(l, { style: "long", type }).format(items);
}

/** One rule as a phrase: "grades P3–P5", "General Service", "women", "at least 24 months of service", "serving in GVA". */
export function rulePhrase(t: EligibilityT, locale: string, rule: EligibilityRule): string {
  switch (rule.kind) {
    case "grade": {
      const grades = gradeRange(rule.grades);
      const single = grades.length === 1 && !grades[0]!.includes("–");
      return t("rule.grade", { count: single ? 1 : 2, grades: list(locale, grades, "disjunction") });
    }
    case "staffCategory":
      return t("rule.staffCategory", { categories: list(locale, rule.categories.map((c) => t(`category.${c}`)), "disjunction") });
    case "gender":
      return t("rule.gender", { genders: list(locale, rule.genders.map((g) => t(`genderWord.${g}`)), "disjunction") });
    case "minService":
      return t("rule.minService", { months: rule.months });
    case "dutyStation":
      return t("rule.dutyStation", { stations: list(locale, rule.codes, "disjunction") });
  }
}

/** How the person stands on one rule: "you are P2", "your staff record says man", "you have 11 months of service". */
export function actualPhrase(t: EligibilityT, check: RuleCheck): string {
  if (check.actual === null) return t("actual.none");
  if (check.rule.kind === "staffCategory") return t("actual.staffCategory", { value: t(`category.${check.actual}`) });
  return t(`actual.${check.rule.kind}`, { value: check.actual });
}

/** One alternative as a phrase: its rules joined, the gender in brackets ("grades P3–P5 (women)"). */
export function alternativePhrase(t: EligibilityT, locale: string, rules: readonly EligibilityRule[]): string {
  const gender = rules.find((r) => r.kind === "gender");
  const others = rules.filter((r) => r.kind !== "gender").map((r) => rulePhrase(t, locale, r));
  if (!gender) return list(locale, others, "conjunction");
  const genders = rulePhrase(t, locale, gender);
  return others.length ? t("withGender", { who: list(locale, others, "conjunction"), genders }) : genders;
}

/** The verdict in one sentence: eligible, or whom the call is for and why the person is not. */
export function verdictSentence(t: EligibilityT, locale: string, verdict: EligibilityVerdict): string {
  if (!verdict.inService) return t("notInService");
  if (verdict.eligible) return t("eligible");
  const requirement = list(
    locale,
    verdict.alternatives.map((a) => alternativePhrase(t, locale, a.rules.map((r) => r.rule))),
    "disjunction",
  );
  const i = closestAlternative(verdict);
  const unmet = i === null ? [] : verdict.alternatives[i]!.rules.filter((r) => !r.met);
  return t("notEligible", { requirement, reasons: list(locale, unmet.map((r) => actualPhrase(t, r)), "conjunction") });
}
