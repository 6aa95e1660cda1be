import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EmptyState } from "~/components/ui/empty-state";
import { TextLink } from "~/components/ui/link";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";
import { RemindButton } from "~/components/team/remind-button";
import type { TeamStateRow } from "~/server/team/compliance";

/**
 * The manager's team × their mandatory courses, overdue people first (teamCompliance only ever returns the manager's
 * own reports), with "Remind" for whoever is due or overdue.
 */
export async function TeamCompliance({ rows, showManager }: { rows: TeamStateRow[]; showManager: boolean }) {
  const t = await getTranslations("team.rows");
  const f = await getFormatter();
  return (
    <section aria-labelledby="team-compliance" className="mt-10">
      <h2 id="team-compliance" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">{t("description")}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("person")}</Th>
              {showManager && <Th>{t("reportsTo")}</Th>}
              <Th>{t("course")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("details")}</Th>
              <Th className="text-right">{t("action")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => (
              <tr key={`${r.staffId}:${r.requirementId}`}>
                <Td className="font-medium">{r.fullName}</Td>
                {showManager && <Td>{r.manager}</Td>}
                <Td>{r.courseTitle}</Td>
                <Td>
                  <StateBadge state={r.state} />
                </Td>
                <Td className="text-slate-700">
                  <StateWhen s={r} />{" "}
                  {r.direct && (
                    <TextLink href={`/compliance/${r.requirementId}?person=${encodeURIComponent(r.staffId)}`} className="text-sm underline" aria-label={`${t("explain")}: ${r.fullName}, ${r.courseTitle}`}>
                      {t("explain")}
                    </TextLink>
                  )}
                </Td>
                <Td className="text-right">
                  {(r.state === "OVERDUE" || r.state === "DUE") && <RemindButton staffId={r.staffId} requirementId={r.requirementId} name={r.fullName} course={r.courseTitle} />}
                  {r.lastRemindedAt && <p className="mt-1 text-xs text-slate-500">{t("remindedOn", { date: f.dateTime(r.lastRemindedAt, { dateStyle: "medium" }) })}</p>}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
