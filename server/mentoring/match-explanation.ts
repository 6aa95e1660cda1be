import "server-only";
import { formattingLocale } from "~/lib/i18n/locales";
import { en } from "~/messages/en";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { mailWriter } from "~/server/mail/render";
import { reasonText, type ReasonWords } from "~/lib/mentoring/reason-text";

/** One line in `locale`: "3 shared goals: leadership, negotiation, IP law; speaks French; other sector" ("" without reasons). */
export function explainMatch(reasons: readonly MatchReason[], locale?: string | null): string {
  const { t, locale: l } = mailWriter(locale, "mentoring");
  const list = new Intl.ListFormat(formattingLocale(l), { type: "conjunction" });
  return reasonText(reasons, {
    t: t as ReasonWords["t"],
    has: (key) => key.startsWith("languages.") && key.slice("languages.".length) in en.mentoring.languages,
    list: (items) => list.format(items),
  });
}

/** Why a round paired two people, for their mail: the reasons, or their own ranking when nothing else counted. */
export function explainPairing(reasons: readonly MatchReason[], locale?: string | null): string {
  return explainMatch(reasons, locale) || mailWriter(locale, "mentoring").t("reasons.yourRanking");
}
