import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { Badge } from "~/components/ui/badge";
import { MatchReasons, useLanguageName } from "~/components/mentoring/match-reasons";

export type MentorCardData = {
  staffId: string;
  fullName: string;
  grade: string;
  department: string | null;
  sector: string | null;
  dutyStation: string | null;
  bio: string;
  expertise: { id: string; name: string }[];
  languages: string[];
  yearsExperience: number;
  capacity: number;
  freePlaces: number;
  pausedUntil: string | null;
  lastActiveAt: Date | null;
  medianResponseHours: number | null;
  reasons: MatchReason[];
  openRequestId: string | null;
};

export function AvailabilityBadge({ mentor }: { mentor: Pick<MentorCardData, "freePlaces" | "pausedUntil"> }) {
  const t = useTranslations("mentoring.card");
  const format = useFormatter();
  if (mentor.pausedUntil) {
    return <Badge tone="warning">{t("pausedUntil", { date: format.dateTime(new Date(`${mentor.pausedUntil}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })}</Badge>;
  }
  return mentor.freePlaces > 0 ? <Badge tone="success">{t("freePlaces", { n: mentor.freePlaces })}</Badge> : <Badge tone="danger">{t("full")}</Badge>;
}

/** Response time as people say it: "within a day", "about 3 days". */
export function useResponseTime() {
  const t = useTranslations("mentoring.card");
  return (hours: number | null) => {
    if (hours === null) return t("responseUnknown");
    if (hours < 24) return t("responseHours", { n: Math.max(1, Math.round(hours)) });
    return t("responseDays", { n: Math.round(hours / 24) });
  };
}

export function MentorFacts({ mentor, now }: { mentor: MentorCardData; now: Date }) {
  const t = useTranslations("mentoring.card");
  const format = useFormatter();
  const languageName = useLanguageName();
  const responseTime = useResponseTime();
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      <div className="flex gap-1">
        <dt className="text-slate-500">{t("languages")}</dt>
        <dd className="text-slate-800">{format.list(mentor.languages.map(languageName), { type: "conjunction" })}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-500">{t("experience")}</dt>
        <dd className="text-slate-800">{t("years", { n: mentor.yearsExperience })}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-500">{t("lastActive")}</dt>
        <dd className="text-slate-800">{mentor.lastActiveAt ? format.relativeTime(mentor.lastActiveAt, now) : t("never")}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-500">{t("responds")}</dt>
        <dd className="text-slate-800">{responseTime(mentor.medianResponseHours)}</dd>
      </div>
    </dl>
  );
}

export function MentorCard({ mentor, now, select }: { mentor: MentorCardData; now: Date; select?: ReactNode }) {
  const t = useTranslations("mentoring.card");
  const where = [mentor.grade, mentor.department, mentor.dutyStation].filter(Boolean).join(" · ");
  return (
    <article aria-labelledby={`mentor-${mentor.staffId}`} className="rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`mentor-${mentor.staffId}`} className="text-base font-semibold text-slate-900">
            <Link href={`/mentoring/mentors/${mentor.staffId}`} className="hover:text-brand-700 hover:underline">
              {mentor.fullName}
            </Link>
          </h3>
          <p className="text-sm text-slate-600">{where}</p>
        </div>
        <div className="flex items-center gap-2">
          {mentor.openRequestId && <Badge tone="info">{t("requested")}</Badge>}
          <AvailabilityBadge mentor={mentor} />
        </div>
      </div>
      <MatchReasons reasons={mentor.reasons} className="mt-3 text-sm font-medium text-brand-800" />
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("expertise")}>
        {mentor.expertise.map((e) => (
          <li key={e.id}>
            <Badge>{e.name}</Badge>
          </li>
        ))}
      </ul>
      <p className="mt-3 line-clamp-3 text-sm text-slate-700">{mentor.bio}</p>
      <div className="mt-3">
        <MentorFacts mentor={mentor} now={now} />
      </div>
      {select && <div className="mt-4 border-t border-slate-100 pt-3">{select}</div>}
    </article>
  );
}
