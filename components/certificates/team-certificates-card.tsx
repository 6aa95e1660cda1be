import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { teamCertificates } from "~/server/certificates/queries";
import { toIsoDate } from "~/lib/dates";
import { Card, CardTitle } from "~/components/ui/card";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { CertificateLinks } from "~/components/certificates/certificate-links";
import { CertificateStatusBadge } from "~/components/certificates/status-badge";

/** The manager's team page: the team's latest certificates, each downloadable (the reporting-line rule of the team). */
export async function TeamCertificatesCard({ managerId }: { managerId: string }) {
  const t = await getTranslations("certificates.team");
  const f = await getFormatter();
  const rows = await teamCertificates(managerId, toIsoDate(new Date()), await getLocale());
  return (
    <Card aria-labelledby="team-certificates-title" className="mt-6">
      <CardTitle id="team-certificates-title">{t("title")}</CardTitle>
      <p className="-mt-2 mb-3 text-sm text-slate-600">{t("description")}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("person")}</Th>
              <Th>{t("course")}</Th>
              <Th>{t("completed")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("downloads")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((c) => (
              <tr key={c.id}>
                <Td className="font-medium text-slate-900">{c.holder.fullName}</Td>
                <Td>{c.course.title}</Td>
                <Td className="whitespace-nowrap">{f.dateTime(new Date(`${c.completedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</Td>
                <Td>
                  <CertificateStatusBadge status={c.status} />
                </Td>
                <Td>
                  <CertificateLinks certificateId={c.id} course={`${c.course.title}, ${c.holder.fullName}`} />
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
