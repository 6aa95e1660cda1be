import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { searchCertificates } from "~/server/certificates/queries";
import { SearchCertificatesInput } from "~/lib/schemas/certificates";
import { formatCode } from "~/lib/certificates/code";
import { toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input } from "~/components/ui/form";
import { FilterBar } from "~/components/ui/filter-bar";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";
import { CertificateStatusBadge } from "~/components/certificates/status-badge";
import { CertificateLinks } from "~/components/certificates/certificate-links";
import { CertificateActions } from "~/components/certificates/certificate-actions";

export async function generateMetadata() {
  const t = await getTranslations("certificates.admin");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every certificate Pathway issued: search by person, course or code; L&D revokes and reissues, auditors read. */
export default async function CertificatesAdminPage({ searchParams }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canChange = hasRole(actor, "LD_ADMIN");
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = SearchCertificatesInput.safeParse({ q: one(sp.q), page: Number(one(sp.page) ?? 1) || 1 });
  const filter = parsed.success ? parsed.data : { page: 1 };
  const t = await getTranslations("certificates.admin");
  const format = await getFormatter();
  const { rows, total, pageSize } = await searchCertificates(filter, toIsoDate(new Date()), await getLocale());
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { timeZone: "UTC", dateStyle: "medium" });
  const query = (page: number) => {
    const q = new URLSearchParams();
    if (filter.q) q.set("q", filter.q);
    if (page > 1) q.set("page", String(page));
    return q.size ? `?${q}` : "";
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FilterBar label={t("searchLabel")} search apply={t("search")} aside={t("count", { count: total })}>
        <div className="w-full sm:w-96">
          <Field label={t("searchLabel")} hint={t("searchHint")}>
            {(p) => <Input {...p} type="search" name="q" defaultValue={filter.q ?? ""} />}
          </Field>
        </div>
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("holder")}</Th>
              <Th>{t("course")}</Th>
              <Th>{t("completed")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("code")}</Th>
              <Th>{t("actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((c) => (
              <tr key={c.id} data-testid={`certificate-${c.id}`}>
                <Td>
                  <span className="font-medium text-slate-900">{c.holder.fullName}</span>
                  <span className="block text-xs text-slate-500">{c.holder.employeeId}</span>
                </Td>
                <Td>
                  {c.course.title}
                  <span className="block text-xs text-slate-500">{c.course.code}</span>
                </Td>
                <Td className="whitespace-nowrap">{date(c.completedOn)}</Td>
                <Td>
                  <CertificateStatusBadge status={c.status} />
                  {c.number > 1 && <span className="block text-xs text-slate-500">{t("number", { number: c.number })}</span>}
                </Td>
                <Td>
                  <TextLink href={`/verify/${c.code}`} className="font-mono text-xs whitespace-nowrap">
                    {formatCode(c.code)}
                  </TextLink>
                </Td>
                <Td>
                  <CertificateLinks certificateId={c.id} course={`${c.course.title}, ${c.holder.fullName}`} className="mb-1" />
                  {canChange && <CertificateActions certificate={{ id: c.id, course: c.course.title, holder: c.holder.fullName }} revoked={c.status.state === "revoked"} />}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {pages > 1 && (
        <nav aria-label={t("pages", { page: filter.page, pages })} className="mt-4 flex justify-between text-sm">
          {filter.page > 1 ? <TextLink href={`/admin/certificates${query(filter.page - 1)}`}>{t("previous")}</TextLink> : <span />}
          <span className="text-slate-600">{t("pages", { page: filter.page, pages })}</span>
          {filter.page < pages ? <TextLink href={`/admin/certificates${query(filter.page + 1)}`}>{t("next")}</TextLink> : <span />}
        </nav>
      )}
    </>
  );
}
