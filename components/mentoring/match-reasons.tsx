import { useFormatter, useTranslations } from "next-intl";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { reasonText, type ReasonWords } from "~/lib/mentoring/reason-text";

/** The one-line explanation of a suggestion or a proposed pair, in the reader's language. */
export function useReasonText() {
  const t = useTranslations("mentoring");
  const format = useFormatter();
  // The catalogue's keys are typed; the shared wording names them as strings.
  const words: ReasonWords = {
    t: t as unknown as ReasonWords["t"],
    has: (key) => t.has(key as "languages.en"),
    list: (items) => format.list(items, { type: "conjunction" }),
  };
  return (reasons: readonly MatchReason[]) => reasonText(reasons, words);
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
