import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "~/components/ui/badge";
import { STATE_TONE, type ComplianceStateName } from "~/lib/compliance";

export type StateFacts = {
  state: ComplianceStateName;
  dueOn: string | null;
  validUntil: string | null;
  lastCompletedOn: string | null;
  startsOn: string;
  daysOverdue: number;
  exemptReason: string | null;
};

export function StateBadge({ state }: { state: ComplianceStateName }) {
  const t = useTranslations("compliance.state");
  return <Badge tone={STATE_TONE[state]}>{t(state)}</Badge>;
}

/** Calendar dates are UTC midnights: formatted in UTC they never move by a day. */
export function useDay(style: "medium" | "long" = "medium") {
  const format = useFormatter();
  return (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: style, timeZone: "UTC" });
}

/** "Due by 30 Jun 2027", "Overdue since … (12 days)", "Compliant until …", "Exempt: reason". */
export function StateWhen({ s }: { s: StateFacts }) {
  const t = useTranslations("compliance.when");
  const day = useDay();
  switch (s.state) {
    case "OVERDUE":
      return <>{t("OVERDUE", { date: day(s.dueOn!), days: s.daysOverdue })}</>;
    case "DUE":
      return <>{t("DUE", { date: day(s.dueOn!) })}</>;
    case "NOT_DUE_YET":
      return <>{t("NOT_DUE_YET", { start: day(s.startsOn), date: day(s.dueOn!) })}</>;
    case "COMPLIANT":
      return <>{s.validUntil ? t("COMPLIANT", { date: day(s.validUntil) }) : t("COMPLIANT_FOREVER", { date: day(s.lastCompletedOn!) })}</>;
    case "EXEMPT":
      return <>{t("EXEMPT", { reason: s.exemptReason ?? "" })}</>;
  }
}
