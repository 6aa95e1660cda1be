import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listOutbox } from "~/server/mail/outbox";
import { smtpConfigured } from "~/server/mail/transport";
import { EMAIL_STATUSES, OutboxFilter } from "~/lib/schemas/mail";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input } from "~/components/ui/form";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";

export async function generateMetadata() {
  const t = await getTranslations("compliance.outbox");
  return { title: t("title") };
}


/** Every e-mail Pathway writes: in demo mode (no SMTP) this is where L&D reads them. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("LD_ADMIN");
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = OutboxFilter.safeParse({ status: one(sp.status), search: one(sp.q), page: Number(one(sp.page) ?? 1) || 1 });
  const filter = parsed.success ? parsed.data : { page: 1 };
  const t = await getTranslations("compliance.outbox");
  const format = await getFormatter();
  const { rows, total, pageSize, counts } = await listOutbox(filter);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const query = (page: number) => {
    const q = new URLSearchParams();
    if (filter.status) q.set("status", filter.status);
    if (filter.search) q.set("q", filter.search);
    if (page > 1) q.set("page", String(page));
    return q.size ? `?${q}` : "";
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <Alert tone={smtpConfigured() ? "success" : "info"}>{smtpConfigured() ? t("smtpOn") : t("demoMode")}</Alert>
      </div>
      <FilterBar
        label={t("filter")}
        apply={t("filter")}
        aside={t("counts", { pending: format.number(counts.PENDING), sent: format.number(counts.SENT), failed: format.number(counts.FAILED) })}
      >
        <FilterSelect className="w-48" label={t("status")} name="status" value={filter.status} any={t("allStatuses")} options={EMAIL_STATUSES.map((s) => ({ value: s, label: t(`status${s}`) }))} />
        <div className="w-72">
          <Field label={t("search")}>{(p) => <Input {...p} type="search" name="q" defaultValue={filter.search ?? ""} />}</Field>
        </div>
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("created")}</Th>
              <Th>{t("to")}</Th>
              <Th>{t("subject")}</Th>
              <Th>{t("status")}</Th>
              <Th numeric>{t("attempts")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((m) => (
              <tr key={m.id}>
                <Td className="whitespace-nowrap text-slate-600">{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td>{m.to}</Td>
                <Td>
                  <TextLink href={`/admin/outbox/${m.id}`}>
                    {m.subject}
                  </TextLink>
                </Td>
                <Td>
                  <StatusBadge kind="mail" status={m.status}>{t(`status${m.status}`)}</StatusBadge>
                </Td>
                <Td numeric>{m.attempts}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {pages > 1 && (
        <nav aria-label={`${t("title")}: ${filter.page} / ${pages}`} className="mt-4 flex justify-between text-sm">
          {filter.page > 1 ? <TextLink href={`/admin/outbox${query(filter.page - 1)}`}>←</TextLink> : <span />}
          <span className="text-slate-600">
            {filter.page} / {pages}
          </span>
          {filter.page < pages ? <TextLink href={`/admin/outbox${query(filter.page + 1)}`}>→</TextLink> : <span />}
        </nav>
      )}
    </>
  );
}
