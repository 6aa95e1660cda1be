import { useTranslations } from "next-intl";
import { useDay } from "~/components/compliance/state-badge";
import type { AudienceKind } from "~/lib/schemas/compliance";

type AudienceFacts = { audienceKind: AudienceKind; audienceLabels: string[]; newStaffDays: number | null; effectiveFrom: string };

/** "Everyone", "Staff of Patent Law Division", "Managers (staff with direct reports)", "New staff (…)". */
export function useAudienceText(): (r: AudienceFacts) => string {
  const t = useTranslations("compliance.audience");
  const day = useDay();
  return (r) => {
    switch (r.audienceKind) {
      case "NEW_STAFF":
        return t("NEW_STAFF", { days: r.newStaffDays ?? 0, date: day(r.effectiveFrom) });
      case "EVERYONE":
      case "MANAGERS":
        return t(r.audienceKind);
      default:
        return t(r.audienceKind, { names: r.audienceLabels.join(", ") });
    }
  };
}

export function AudienceText({ r }: { r: AudienceFacts }) {
  return <>{useAudienceText()(r)}</>;
}

/** "By 30 Jun 2027; newcomers 30 days after joining" and "Every 36 months" / "Once". */
export function DeadlineText({ r }: { r: { dueDate: string | null; dueAfterDays: number | null } }) {
  const t = useTranslations("compliance.dashboard");
  const day = useDay();
  if (r.dueDate && r.dueAfterDays !== null) return <>{t("deadlineBoth", { date: day(r.dueDate), days: r.dueAfterDays })}</>;
  if (r.dueDate) return <>{t("deadlineFixed", { date: day(r.dueDate) })}</>;
  return <>{t("deadlineDays", { days: r.dueAfterDays ?? 0 })}</>;
}

export function ValidityText({ months }: { months: number | null }) {
  const t = useTranslations("compliance.dashboard");
  return <>{months ? t("validityMonths", { months }) : t("validityNone")}</>;
}
