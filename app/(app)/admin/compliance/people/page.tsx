import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { listRequirements } from "~/server/compliance/requirements";
import { complianceFilterOptions, listPeopleStates } from "~/server/compliance/dashboard";
import { toIsoDate } from "~/lib/dates";
import { COMPLIANCE_STATE_VALUES, listFilterFromSearchParams, listFilterToQuery } from "~/lib/schemas/compliance";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";
import { TextLink } from "~/components/ui/link";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";

export async function generateMetadata() {
  const t = await getTranslations("compliance.people");
  return { title: t("title") };
}

/** Everyone × requirement with their state, filterable; the CSV export gives exactly the same rows. */
export default async function CompliancePeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("LD_ADMIN", "AUDITOR");
  const filter = listFilterFromSearchParams(await searchParams);
  const t = await getTranslations("compliance.people");
  const td = await getTranslations("compliance.dashboard");
  const ts = await getTranslations("compliance.state");
  const format = await getFormatter();
  const [requirements, { departments, sectors }, result] = await Promise.all([listRequirements(), complianceFilterOptions(), listPeopleStates(toIsoDate(new Date()), filter, localeOr(await getLocale()))]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const { page, ...withoutPage } = filter;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/admin/compliance" variant="secondary">
              {td("title")}
            </ButtonLink>
            <ButtonLink href={`/api/exports/compliance${listFilterToQuery(withoutPage)}`} prefetch={false}>
              {td("exportCsv")}
            </ButtonLink>
          </>
        }
      />
      <FilterBar
        label={t("filter")}
        grid="sm:grid-cols-2 lg:grid-cols-3"
        apply={t("filter")}
        reset={{ href: "/admin/compliance/people", label: td("clear") }}
        aside={<span role="status">{t("results", { total: result.total })}</span>}
      >
        <FilterSelect label={t("requirement")} name="requirement" value={filter.requirementId} any={t("allRequirements")} options={requirements.map((r) => ({ value: r.id, label: `${r.course.code} — ${r.course.title}` }))} />
        <FilterSelect label={td("department")} name="department" value={filter.departmentId} any={td("allDepartments")} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        <FilterSelect label={td("sector")} name="sector" value={filter.sectorId} any={td("allSectors")} options={sectors.map((d) => ({ value: d.id, label: d.name }))} />
        <FilterSelect label={t("state")} name="state" value={filter.state} any={t("allStates")} options={COMPLIANCE_STATE_VALUES.map((s) => ({ value: s, label: ts(s) }))} />
        <Field label={t("minDaysOverdue")}>
          {(p) => <Input {...p} name="min" type="number" min={0} inputMode="numeric" defaultValue={filter.minDaysOverdue ?? ""} />}
        </Field>
        <Field label={t("search")}>
          {(p) => <Input {...p} name="q" type="search" defaultValue={filter.search ?? ""} />}
        </Field>
      </FilterBar>

      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{td("department")}</Th>
              <Th>{td("manager")}</Th>
              <Th>{td("course")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("when")}</Th>
              <Th className="text-right">
                <span className="sr-only">{t("explain")}</span>
              </Th>
            </tr>
          </thead>
          <TBody>
            {result.rows.map((r) => (
              <tr key={`${r.staffId}:${r.requirementId}`}>
                <Td>
                  <span className="font-medium">{r.fullName}</span>
                  <span className="block text-xs text-slate-500">
                    {r.employeeId} · {r.grade}
                  </span>
                </Td>
                <Td>{r.department}</Td>
                <Td>{r.manager}</Td>
                <Td>{r.courseCode}</Td>
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
                    aria-label={`${t("explain")}: ${r.fullName}, ${r.courseCode}`}
                  >
                    {t("explain")}
                  </TextLink>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {pages > 1 && (
        <nav aria-label={t("page", { page, pages })} className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? (
            <TextLink href={`/admin/compliance/people${listFilterToQuery({ ...filter, page: page - 1 })}`}>
              {t("previous")}
            </TextLink>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t("page", { page: format.number(page), pages: format.number(pages) })}</span>
          {page < pages ? (
            <TextLink href={`/admin/compliance/people${listFilterToQuery({ ...filter, page: page + 1 })}`}>
              {t("next")}
            </TextLink>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
