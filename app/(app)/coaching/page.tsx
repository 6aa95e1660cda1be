import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { listCoaches, myCoaching } from "~/server/mentoring/coaching";
import { toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EmptyState } from "~/components/ui/empty-state";
import { LanguageList } from "~/components/mentoring/language-list";
import { AnswerCoaching, LogCoachingSession, RequestCoachingButton } from "~/components/mentoring/coaching-panels";
import { StatusBadge } from "~/components/ui/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.coaching");
  return { title: t("title") };
}


export default async function CoachingPage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.coaching");
  const format = await getFormatter();
  const [coaches, mine] = await Promise.all([listCoaches({}, localeOr(await getLocale())), myCoaching(actor)]);
  const today = toIsoDate(new Date());
  const day = (d: Date | string) => format.dateTime(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d, { dateStyle: "medium", timeZone: "UTC" });
  const hours = (h: string) => format.number(Number(h), { maximumFractionDigits: 2 });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        {mine.asCoach && (
          <section aria-labelledby="as-coach">
            <h2 id="as-coach" className="mb-3 text-base font-semibold text-slate-900">
              {t("asCoach")}
            </h2>
            {mine.asCoach.requests.length === 0 ? (
              <EmptyState title={t("noRequests")} />
            ) : (
              <ul className="space-y-3">
                {mine.asCoach.requests.map((r) => (
                  <li key={r.id} className="rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <p className="font-medium text-slate-900">{r.coachee.fullName}</p>
                        <p className="text-sm text-slate-600">{[r.coachee.grade, r.coachee.department?.name].filter(Boolean).join(" · ")}</p>
                      </div>
                      <StatusBadge kind="coachingRequest" status={r.status}>{t(`status.${r.status}`)}</StatusBadge>
                    </div>
                    <p className="mt-2 text-sm whitespace-pre-line text-slate-700">{r.message}</p>
                    <p className="mt-2 text-sm text-slate-600">{t("sessionsLine", { n: r.sessions.length, hours: hours(r.hours) })}</p>
                    <div className="mt-3">
                      {r.status === "OPEN" && <AnswerCoaching requestId={r.id} name={r.coachee.fullName} />}
                      {r.status === "ACCEPTED" && <LogCoachingSession requestId={r.id} name={r.coachee.fullName} today={today} />}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <section aria-labelledby="coaches-title">
          <h2 id="coaches-title" className="mb-3 text-base font-semibold text-slate-900">
            {t("coaches")}
          </h2>
          {coaches.length === 0 ? (
            <EmptyState title={t("noCoaches")} />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {coaches.map((c) => (
                <li key={c.id} className="flex flex-col rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200">
                  <p className="font-medium text-slate-900">{c.staff.fullName}</p>
                  <p className="text-sm text-slate-600">{[c.staff.grade, c.staff.department?.name, c.staff.dutyStation?.name].filter(Boolean).join(" · ")}</p>
                  <p className="mt-2 flex-1 text-sm text-slate-700">{c.bio}</p>
                  <p className="mt-2 text-sm text-slate-600">
                    <LanguageList codes={c.languages} />
                  </p>
                  {c.staffId !== actor.id && (
                    <div className="mt-3">
                      <RequestCoachingButton coachId={c.id} coachName={c.staff.fullName} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-title">
          <h2 id="mine-title" className="mb-3 text-base font-semibold text-slate-900">
            {t("mine")}
          </h2>
          {mine.asCoachee.length === 0 ? (
            <EmptyState title={t("noneMine")}>{t("noneMineHint")}</EmptyState>
          ) : (
            <Table caption={t("mine")}>
              <thead>
                <tr>
                  <Th>{t("coach")}</Th>
                  <Th>{t("asked")}</Th>
                  <Th>{t("statusLabel")}</Th>
                  <Th numeric>{t("sessions")}</Th>
                  <Th numeric>{t("hours")}</Th>
                </tr>
              </thead>
              <TBody>
                {mine.asCoachee.map((r) => (
                  <tr key={r.id}>
                    <Td className="font-medium">{r.coach}</Td>
                    <Td>{day(r.createdAt)}</Td>
                    <Td>
                      <StatusBadge kind="coachingRequest" status={r.status}>{t(`status.${r.status}`)}</StatusBadge>
                    </Td>
                    <Td numeric>{r.sessions}</Td>
                    <Td numeric>{hours(r.hours)}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
