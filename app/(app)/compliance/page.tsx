import { getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { myStates } from "~/server/compliance/dashboard";
import { toIsoDate } from "~/lib/dates";
import { courseHref } from "~/lib/compliance";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";
import { TextLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("compliance.mine");
  return { title: t("title") };
}

/** A person's own mandatory training: what is required, by when, and why (link to the explanation). */
export default async function MyCompliancePage() {
  const actor = await requireActor();
  const t = await getTranslations("compliance.mine");
  const rows = await myStates(actor.id, toIsoDate(new Date()), localeOr(await getLocale()));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {rows.length === 0 ? (
        <EmptyState title={(await getTranslations("compliance.home"))("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("course")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("details")}</Th>
              {/* On a phone the explanation link sits under the details instead of in a fourth column off-screen. */}
              <Th className="hidden text-right sm:table-cell">
                <span className="sr-only">{t("explain")}</span>
              </Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => (
              <tr key={r.requirementId}>
                <Td className="font-medium">
                  <TextLink href={courseHref(r.courseCode)}>
                    {r.courseTitle}
                  </TextLink>
                </Td>
                <Td>
                  <StateBadge state={r.state} />
                </Td>
                <Td>
                  <StateWhen s={r} />
                  <TextLink href={`/compliance/${r.requirementId}`} className="mt-1 block text-sm sm:hidden" aria-label={`${t("explain")}: ${r.courseTitle}`}>
                    {t("explain")}
                  </TextLink>
                </Td>
                <Td className="hidden text-right sm:table-cell">
                  <TextLink href={`/compliance/${r.requirementId}`} className="text-sm" aria-label={`${t("explain")}: ${r.courseTitle}`}>
                    {t("explain")}
                  </TextLink>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
