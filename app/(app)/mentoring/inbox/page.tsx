import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { expireMentoringRequests, mentorInbox } from "~/server/mentoring/requests";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EmptyState } from "~/components/ui/empty-state";
import { AnswerRequest } from "~/components/mentoring/request-actions";
import { LanguageList } from "~/components/mentoring/language-list";
import { StatusBadge } from "~/components/ui/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.inbox");
  return { title: t("title") };
}


export default async function MentorInboxPage() {
  const actor = await requireRole("MENTOR");
  const t = await getTranslations("mentoring");
  const format = await getFormatter();
  const asOf = new Date();
  await expireMentoringRequests(asOf);
  const [{ open, past }, settings] = await Promise.all([mentorInbox(actor, asOf), getMentoringSettings()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <>
      <PageHeader title={t("inbox.title")} description={t("inbox.description", { days: settings.requestExpiryDays })} />
      <section aria-labelledby="open-title" className="mb-8">
        <h2 id="open-title" className="mb-3 text-base font-semibold text-slate-900">
          {t("inbox.open", { n: open.length })}
        </h2>
        {open.length === 0 ? (
          <EmptyState title={t("inbox.empty")}>{t("inbox.emptyHint")}</EmptyState>
        ) : (
          <ul className="space-y-4">
            {open.map((r) => {
              const profile = r.mentee.menteeProfile;
              return (
                <li key={r.id}>
                  <article aria-labelledby={`req-${r.id}`} className="rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div>
                        <h3 id={`req-${r.id}`} className="text-base font-semibold text-slate-900">
                          {r.mentee.fullName}
                        </h3>
                        <p className="text-sm text-slate-600">
                          {[r.mentee.grade, r.mentee.department?.name, r.mentee.dutyStation?.name].filter(Boolean).join(" · ")}
                        </p>
                      </div>
                      <p className="text-sm text-slate-600">{t("inbox.meta", { sent: day(r.createdAt), expires: day(r.expiresAt), months: r.durationMonths })}</p>
                    </div>
                    {profile && (
                      <div className="mt-3 space-y-1 text-sm">
                        <p>
                          <span className="text-slate-500">{t("inbox.goals")} </span>
                          {profile.goals.map((g) => g.name).join(", ")}
                        </p>
                        {profile.goalsText && <p className="text-slate-700">{profile.goalsText}</p>}
                        <p>
                          <span className="text-slate-500">{t("inbox.languages")} </span>
                          <LanguageList codes={profile.languages} />
                        </p>
                      </div>
                    )}
                    <blockquote className="mt-3 border-l-4 border-brand-200 bg-slate-50 px-4 py-2 text-sm whitespace-pre-line text-slate-800">{r.message}</blockquote>
                    <div className="mt-4">
                      <AnswerRequest requestId={r.id} menteeName={r.mentee.fullName} />
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-title">
          <h2 id="past-title" className="mb-3 text-base font-semibold text-slate-900">
            {t("inbox.past")}
          </h2>
          <Table caption={t("inbox.past")}>
            <thead>
              <tr>
                <Th>{t("inbox.mentee")}</Th>
                <Th>{t("requests.sent")}</Th>
                <Th>{t("requests.status")}</Th>
                <Th>{t("requests.detail")}</Th>
              </tr>
            </thead>
            <TBody>
              {past.map((r) => (
                <tr key={r.id}>
                  <Td className="font-medium">{r.mentee.fullName}</Td>
                  <Td>{day(r.createdAt)}</Td>
                  <Td>
                    <StatusBadge kind="mentoringRequest" status={r.status}>{t(`requestStatus.${r.status}`)}</StatusBadge>
                  </Td>
                  <Td className="text-sm text-slate-600">
                    {r.status === "DECLINED" && r.declineReason && t(`declineReasons.${r.declineReason}`)}
                    {r.status === "WITHDRAWN" && (r.withdrawReason === "PAIRED_ELSEWHERE" ? t("inbox.pairedElsewhere") : t("inbox.withdrawnByMentee"))}
                    {r.status === "ACCEPTED" && r.respondedAt && t("inbox.acceptedOn", { date: day(r.respondedAt) })}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </>
  );
}
