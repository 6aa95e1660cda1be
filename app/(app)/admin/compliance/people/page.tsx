import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listRequirements } from "~/server/compliance/requirements";
import { complianceFilterOptions, listPeopleStates } from "~/server/compliance/dashboard";
import { toIsoDate } from "~/lib/dates";
import { COMPLIANCE_STATE_VALUES, listFilterFromSearchParams, listFilterToQuery } from "~/lib/schemas/compliance";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { StateBadge, StateWhen } from "~/components/compliance/state-badge";

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
  const [requirements, { departments, sectors }, result] = await Promise.all([listRequirements(), complianceFilterOptions(), listPeopleStates(toIsoDate(new Date()), filter)]);
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
      <form method="get" className="mb-6 grid gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("filter")}>
        <Field label={t("requirement")}>
          {(p) => (
            <Select {...p} name="requirement" defaultValue={filter.requirementId ?? ""}>
              <option value="">{t("allRequirements")}</option>
              {requirements.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.course.code} — {r.course.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={td("department")}>
          {(p) => (
            <Select {...p} name="department" defaultValue={filter.departmentId ?? ""}>
              <option value="">{td("allDepartments")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={td("sector")}>
          {(p) => (
            <Select {...p} name="sector" defaultValue={filter.sectorId ?? ""}>
              <option value="">{td("allSectors")}</option>
              {sectors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("state")}>
          {(p) => (
            <Select {...p} name="state" defaultValue={filter.state ?? ""}>
              <option value="">{t("allStates")}</option>
              {COMPLIANCE_STATE_VALUES.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("minDaysOverdue")}>
          {(p) => <Input {...p} name="min" type="number" min={0} inputMode="numeric" defaultValue={filter.minDaysOverdue ?? ""} />}
        </Field>
        <Field label={t("search")}>
          {(p) => <Input {...p} name="q" type="search" defaultValue={filter.search ?? ""} />}
        </Field>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("filter")}
          </button>
          <Link href="/admin/compliance/people" className="text-sm text-slate-700 underline">
            {td("clear")}
          </Link>
          <p className="ml-auto text-sm text-slate-600" role="status">
            {t("results", { total: result.total })}
          </p>
        </div>
      </form>

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
                  <Link
                    href={`/compliance/${r.requirementId}?person=${encodeURIComponent(r.staffId)}`}
                    className="text-sm text-brand-700 hover:underline"
                    aria-label={`${t("explain")}: ${r.fullName}, ${r.courseCode}`}
                  >
                    {t("explain")}
                  </Link>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {pages > 1 && (
        <nav aria-label={t("page", { page, pages })} className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={`/admin/compliance/people${listFilterToQuery({ ...filter, page: page - 1 })}`} className="text-brand-700 hover:underline">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t("page", { page: format.number(page), pages: format.number(pages) })}</span>
          {page < pages ? (
            <Link href={`/admin/compliance/people${listFilterToQuery({ ...filter, page: page + 1 })}`} className="text-brand-700 hover:underline">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
