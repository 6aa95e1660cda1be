import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listRematchRequests } from "~/server/mentoring/pairings";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ResolveRematchButton } from "~/components/mentoring/admin/resolve-rematch-button";
import { TextLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.rematch");
  return { title: t("title") };
}

export default async function RematchPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("mentoring");
  const tf = await getTranslations("format");
  const format = await getFormatter();
  const rows = await listRematchRequests();
  return (
    <>
      <PageHeader title={t("rematch.title")} description={t("rematch.description")} />
      {rows.length === 0 ? (
        <EmptyState title={t("rematch.none")}>{t("rematch.noneHint")}</EmptyState>
      ) : (
        <Table caption={t("rematch.title")}>
          <thead>
            <tr>
              <Th>{t("rematch.who")}</Th>
              <Th>{t("rematch.pairing")}</Th>
              <Th>{t("rematch.closed")}</Th>
              <Th>{t("rematch.feedback")}</Th>
              <Th className="text-right">{t("rematch.status")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => {
              const who = r.side === "MENTEE" ? r.pairing.mentee : r.pairing.mentor;
              return (
                <tr key={r.id}>
                  <Td className="font-medium">
                    {who.fullName} <span className="text-slate-500">({t(`rematch.sides.${r.side}`)})</span>
                  </Td>
                  <Td>
                    <TextLink href={`/mentoring/pairings/${r.pairing.id}`}>
                      {t("pairing.title", { mentee: r.pairing.mentee.fullName, mentor: r.pairing.mentor.fullName })}
                    </TextLink>
                  </Td>
                  <Td>
                    {r.pairing.closedOn && format.dateTime(r.pairing.closedOn, { dateStyle: "medium", timeZone: "UTC" })}
                    {r.pairing.closeReason && <span className="block text-xs text-slate-500">{t(`closeReasons.${r.pairing.closeReason}`)}</span>}
                  </Td>
                  <Td className="max-w-sm text-sm text-slate-600">
                    {t("pairing.ratingGiven", { n: r.rating })}
                    {r.comment && <> — {tf("quoted", { text: r.comment })}</>}
                  </Td>
                  <Td className="text-right">
                    {r.rematchResolvedAt ? <Badge tone="success">{t("rematch.done")}</Badge> : <ResolveRematchButton feedbackId={r.id} name={who.fullName} />}
                  </Td>
                </tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </>
  );
}
