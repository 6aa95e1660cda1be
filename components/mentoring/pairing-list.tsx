import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "~/components/ui/empty-state";
import { StatusBadge } from "~/components/ui/status-badge";

type PairingRow = {
  id: string;
  status: "PROPOSED" | "ACTIVE" | "CLOSED";
  outcome: "COMPLETED" | "ENDED_EARLY" | "DECLINED" | null;
  role: "MENTEE" | "MENTOR";
  partner: { fullName: string; grade: string };
  durationMonths: number;
  startedOn: Date | null;
  endsOn: Date | null;
  closedOn: Date | null;
  _count: { meetings: number };
  extension?: { months: number; mine: boolean } | null;
};


export function PairingList({ pairings, emptyAction }: { pairings: PairingRow[]; emptyAction?: React.ReactNode }) {
  const t = useTranslations("mentoring");
  const format = useFormatter();
  if (pairings.length === 0) return <EmptyState title={t("pairings.empty")} action={emptyAction}>{t("pairings.emptyHint")}</EmptyState>;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
      {pairings.map((p) => (
        <li key={p.id}>
          <Link href={`/mentoring/pairings/${p.id}`} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50">
            <span>
              <span className="block font-medium text-slate-900">
                {t(p.role === "MENTEE" ? "pairings.withMentor" : "pairings.withMentee", { name: p.partner.fullName })}
              </span>
              <span className="block text-sm text-slate-600">
                {p.status === "ACTIVE" && p.startedOn && p.endsOn
                  ? t("pairings.activeLine", { start: day(p.startedOn), end: day(p.endsOn), meetings: p._count.meetings })
                  : p.status === "CLOSED" && p.closedOn
                    ? t("pairings.closedLine", { date: day(p.closedOn), outcome: t(`outcomes.${p.outcome ?? "COMPLETED"}`) })
                    : t("pairings.proposedLine", { months: p.durationMonths })}
              </span>
              {p.extension && (
                <span className="block text-sm font-medium text-amber-800">
                  {t(p.extension.mine ? "pairings.extensionMine" : "pairings.extensionToAnswer", { months: p.extension.months, name: p.partner.fullName })}
                </span>
              )}
            </span>
            <StatusBadge kind="pairing" status={p.status}>{t(`pairingStatus.${p.status}`)}</StatusBadge>
          </Link>
        </li>
      ))}
    </ul>
  );
}
