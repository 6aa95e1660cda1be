import { useFormatter, useTranslations } from "next-intl";
import type { MatchReason } from "~/server/mentoring/compatibility";

/** The one-line explanation of a suggestion or a proposed pair, in the reader's language. */
export function useReasonText() {
  const t = useTranslations("mentoring");
  const format = useFormatter();
  const language = (code: string) => (t.has(`languages.${code}` as "languages.en") ? t(`languages.${code}` as "languages.en") : code);
  return (reasons: readonly MatchReason[]) =>
    reasons
      .map((r) => {
        switch (r.kind) {
          case "sharedGoals":
            return t("reasons.sharedGoals", { count: r.goals.length, goals: r.goals.join(", ") });
          case "language":
            return t("reasons.language", { languages: format.list(r.languages.map(language), { type: "conjunction" }) });
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

export function MatchReasons({ reasons, className }: { reasons: readonly MatchReason[]; className?: string }) {
  const t = useTranslations("mentoring");
  const text = useReasonText()(reasons);
  return <p className={className ?? "text-sm text-slate-600"}>{text || t("reasons.none")}</p>;
}

/** A language code as its name in the reader's language. */
export function useLanguageName() {
  const t = useTranslations("mentoring");
  return (code: string) => (t.has(`languages.${code}` as "languages.en") ? t(`languages.${code}` as "languages.en") : code);
}
