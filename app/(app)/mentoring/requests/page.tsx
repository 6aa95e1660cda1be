import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { expireMentoringRequests, listMyRequests } from "~/server/mentoring/requests";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { WithdrawRequestButton } from "~/components/mentoring/request-actions";
import { TextLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.requests");
  return { title: t("title") };
}


export default async function MyRequestsPage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring");
  const tf = await getTranslations("format");
  const format = await getFormatter();
  await expireMentoringRequests();
  const [requests, settings] = await Promise.all([listMyRequests(actor), getMentoringSettings()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <>
      <PageHeader
        title={t("requests.title")}
        description={t("requests.description", { days: settings.requestExpiryDays })}
        actions={<ButtonLink href="/mentoring/mentors">{t("hub.browse")}</ButtonLink>}
      />
      {requests.length === 0 ? (
        <EmptyState title={t("requests.empty")}>{t("requests.emptyHint", { max: settings.maxOpenRequests })}</EmptyState>
      ) : (
        <Table caption={t("requests.title")}>
          <thead>
            <tr>
              <Th>{t("requests.mentor")}</Th>
              <Th>{t("requests.sent")}</Th>
              <Th>{t("requests.status")}</Th>
              <Th>{t("requests.detail")}</Th>
              <Th className="text-right">{t("requests.actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {requests.map((r) => (
              <tr key={r.id} data-testid={`request-${r.mentor.fullName}`}>
                <Td className="font-medium">
                  {r.mentor.fullName} <span className="text-slate-500">({r.mentor.grade})</span>
                </Td>
                <Td>{day(r.createdAt)}</Td>
                <Td>
                  <StatusBadge kind="mentoringRequest" status={r.status}>{t(`requestStatus.${r.status}`)}</StatusBadge>
                </Td>
                <Td className="max-w-md text-sm text-slate-600">
                  {r.status === "OPEN" && t("requests.expires", { date: day(r.expiresAt) })}
                  {r.status === "DECLINED" && r.declineReason && (
                    <>
                      {t(`declineReasons.${r.declineReason}`)}
                      {r.declineText && <> — {tf("quoted", { text: r.declineText })}</>}
                    </>
                  )}
                  {r.status === "WITHDRAWN" && r.withdrawReason && t(`withdrawReasons.${r.withdrawReason}`)}
                  {r.status === "EXPIRED" && t("requests.expired", { date: day(r.expiresAt) })}
                  {r.status === "ACCEPTED" && r.acceptMessage && (
                    <figure className="mb-1">
                      <figcaption className="text-slate-500">{t("requests.mentorWrote", { name: r.mentor.fullName })}</figcaption>
                      <blockquote className="border-l-4 border-brand-200 pl-3 whitespace-pre-line text-slate-800">{r.acceptMessage}</blockquote>
                    </figure>
                  )}
                  {r.status === "ACCEPTED" && r.pairing && (
                    <TextLink href={`/mentoring/pairings/${r.pairing.id}`} className="font-medium">
                      {t("requests.openPairing")}
                    </TextLink>
                  )}
                </Td>
                <Td className="text-right">{r.status === "OPEN" && <WithdrawRequestButton requestId={r.id} mentorName={r.mentor.fullName} />}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
