import type { MatchReason } from "~/server/mentoring/compatibility";

/** What the wording needs from a catalogue: the `mentoring` namespace's translator, and a list formatter. */
export type ReasonWords = {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  list: (items: string[]) => string;
};

/**
 * The one-line explanation of a suggestion or a pair — "3 shared goals: …; speaks French; other sector" ("" without
 * reasons) — worded the same on the page (components/mentoring/match-reasons.tsx) and in mail (server/mentoring).
 */
export function reasonText(reasons: readonly MatchReason[], { t, has, list }: ReasonWords): string {
  const language = (code: string) => (has(`languages.${code}`) ? t(`languages.${code}`) : code);
  return reasons
    .map((r) => {
      switch (r.kind) {
        case "sharedGoals":
          return t("reasons.sharedGoals", { count: r.goals.length, goals: list(r.goals) });
        case "language":
          return t("reasons.language", { languages: list(r.languages.map(language)) });
        case "seniorGrade":
          return t("reasons.seniorGrade", { grade: r.mentorGrade, steps: r.steps });
        case "choice":
          return t("reasons.choice", { rank: r.rank });
        default:
          return t(`reasons.${r.kind}`);
      }
    })
    .join(t("reasons.separator"));
}
