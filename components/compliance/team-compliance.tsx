import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EmptyState } from "~/components/ui/empty-state";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";
import type { PersonStateRow } from "~/server/compliance/dashboard";
import { TextLink } from "~/components/ui/link";

/** A manager's direct reports × their mandatory courses (teamStates only ever returns the manager's own reports). */
export async function TeamCompliance({ rows }: { rows: PersonStateRow[] }) {
  const t = await getTranslations("compliance.team");
  const tm = await getTranslations("compliance.mine");
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
              <Th>{t("course")}</Th>
              <Th>{t("state")}</Th>
              <Th>{tm("details")}</Th>
              <Th className="text-right">
                <span className="sr-only">{tm("explain")}</span>
              </Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => (
              <tr key={`${r.staffId}:${r.requirementId}`}>
                <Td className="font-medium">{r.fullName}</Td>
                <Td>{r.courseTitle}</Td>
                <Td>
                  <StateBadge state={r.state} />
                </Td>
                <Td className="text-slate-700">
                  <StateWhen s={r} />
                </Td>
                <Td className="text-right">
                  <TextLink
                    href={`/compliance/${r.requirementId}?person=${encodeURIComponent(r.staffId)}`}
                    className="text-sm"
                    aria-label={`${tm("explain")}: ${r.fullName}, ${r.courseTitle}`}
                  >
                    {tm("explain")}
                  </TextLink>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
