import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { catalogues } from "~/messages";
import { parseIsoDate } from "~/lib/dates";
import { checkEligibility, type EligibilityPerson } from "~/lib/programmes/eligibility";
import type { Eligibility } from "~/lib/programmes/eligibility-rules";
import { verdictSentence, type EligibilityT } from "~/components/programmes/eligibility-words";

const ISEIZE: Eligibility = {
  alternatives: [
    [
      { kind: "grade", grades: ["P3", "P4", "P5"] },
      { kind: "gender", genders: ["F"] },
    ],
    [
      { kind: "staffCategory", categories: ["G"] },
      { kind: "gender", genders: ["M"] },
    ],
  ],
};
const person = (o: Partial<EligibilityPerson>): EligibilityPerson => ({ grade: "P3", gender: "F", hireDate: parseIsoDate("2018-01-15"), dutyStationCode: "GVA", active: true, leftOn: null, ...o });
const ASOF = parseIsoDate("2026-12-07");

function sentence(locale: "en" | "fr" | "zh", rule: Eligibility, p: EligibilityPerson) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "programmes.eligibility" }) as unknown as EligibilityT;
  return verdictSentence(t, locale, checkEligibility(rule, p, ASOF));
}

describe("the verdict in words", () => {
  it("says whom I-seize is for and why a P2 woman is not eligible, in three languages", () => {
    expect(sentence("en", ISEIZE, person({ grade: "P2" }))).toBe("This call is for grades P3–P5 (women) or General Service (men); you are P2.");
    expect(sentence("fr", ISEIZE, person({ grade: "P2" }))).toBe("Cet appel s’adresse aux grades P3–P5 (femmes) ou Services généraux (hommes)\u00a0; vous êtes P2.");
    expect(sentence("zh", ISEIZE, person({ grade: "P2" }))).toBe("本次征集面向P3–P5职等（女性）或一般事务类（男性）；您的职等为P2。");
    expect(sentence("en", ISEIZE, person({ grade: "P4" }))).toBe("You are eligible.");
  });

  it("words service, duty station and a leaver", () => {
    const rule: Eligibility = { alternatives: [[{ kind: "minService", months: 24 }, { kind: "dutyStation", codes: ["SIN", "TYO"] }]] };
    expect(sentence("en", rule, person({ hireDate: parseIsoDate("2026-01-10"), dutyStationCode: null }))).toBe(
      "This call is for at least 24 months of service and serving in SIN or TYO; you have 10 months of service and this is not on your staff record.",
    );
    expect(sentence("en", ISEIZE, person({ active: false }))).toBe("Only staff in service may apply.");
  });
});
