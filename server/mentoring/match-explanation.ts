import "server-only";
import { formattingLocale } from "~/lib/i18n/locales";
import { en } from "~/messages/en";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { mailWriter } from "~/server/mail/render";

// The server's wording of match reasons (mail), from the same catalogue entries as components/mentoring/match-reasons.tsx.

/** One line in `locale`: "3 shared goals: leadership, negotiation, IP law; speaks French; other sector" ("" without reasons). */
export function explainMatch(reasons: readonly MatchReason[], locale?: string | null): string {
  const { t, locale: l } = mailWriter(locale, "mentoring");
  const language = (code: string) => (code in en.mentoring.languages ? t(`languages.${code}`) : code);
  const list = new Intl.ListFormat(formattingLocale(l), { type: "conjunction" });
  return reasons
    .map((r) => {
      switch (r.kind) {
        case "sharedGoals":
          return t("reasons.sharedGoals", { count: r.goals.length, goals: r.goals.join(", ") });
        case "language":
          return t("reasons.language", { languages: list.format(r.languages.map(language)) });
        case "seniorGrade":
          return t("reasons.seniorGrade", { grade: r.mentorGrade, steps: r.steps });
        case "choice":
          return t("reasons.choice", { rank: r.rank });
        default:
          return t(`reasons.${r.kind}`);
      }
    })
    .join("; ");
}

/** Why a round paired two people, for their mail: the reasons, or their own ranking when nothing else counted. */
export function explainPairing(reasons: readonly MatchReason[], locale?: string | null): string {
  return explainMatch(reasons, locale) || mailWriter(locale, "mentoring").t("reasons.yourRanking");
}
