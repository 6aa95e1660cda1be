import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listTeam } from "~/server/people/people";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TeamCompliance } from "~/components/compliance/team-compliance";
import { teamStates } from "~/server/compliance/dashboard";
import { toIsoDate } from "~/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("team");
  return { title: t("title") };
}

export default async function TeamPage() {
  const actor = await requireRole("MANAGER");
  const t = await getTranslations("team");
  const [team, compliance] = await Promise.all([listTeam(actor), teamStates(actor.id, toIsoDate(new Date()))]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {team.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("grade")}</Th>
              <Th>{t("department")}</Th>
              <Th>{t("dutyStation")}</Th>
            </tr>
          </thead>
          <TBody>
            {team.map((m) => (
              <tr key={m.id}>
                <Td className="font-medium">{m.fullName}</Td>
                <Td>{m.grade}</Td>
                <Td>{m.department?.name}</Td>
                <Td>{m.dutyStation?.name}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {team.length > 0 && <TeamCompliance rows={compliance} />}
    </>
  );
}
