import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listRounds } from "~/server/mentoring/rounds";
import { addDays, toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EmptyState } from "~/components/ui/empty-state";
import { RoundCreateForm } from "~/components/mentoring/admin/round-create-form";
import { TextLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.rounds");
  return { title: t("title") };
}


export default async function RoundsPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("mentoring.rounds");
  const format = await getFormatter();
  const rounds = await listRounds();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {rounds.length === 0 ? (
            <EmptyState title={t("none")}>{t("noneHint")}</EmptyState>
          ) : (
            <Table caption={t("title")}>
              <thead>
                <tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("closesOn")}</Th>
                  <Th>{t("status")}</Th>
                  <Th numeric>{t("entrants")}</Th>
                  <Th numeric>{t("matched")}</Th>
                </tr>
              </thead>
              <TBody>
                {rounds.map((r) => (
                  <tr key={r.id}>
                    <Td className="font-medium">
                      <TextLink href={`/admin/mentoring/rounds/${r.id}`}>
                        {r.name}
                      </TextLink>
                    </Td>
                    <Td>{format.dateTime(new Date(`${r.closesOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</Td>
                    <Td>
                      <StatusBadge kind="round" status={r.status}>{t(`statuses.${r.status}`)}</StatusBadge>
                    </Td>
                    <Td numeric>{r.entries}</Td>
                    <Td numeric>{r.result ? r.result.matched : "—"}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </div>
        <Card aria-labelledby="new-round">
          <CardTitle id="new-round">{t("new")}</CardTitle>
          <RoundCreateForm defaultCloses={addDays(toIsoDate(new Date()), 21)} />
        </Card>
      </div>
    </>
  );
}
