import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listOutbox } from "~/server/mail/outbox";
import { mailConfig } from "~/server/mail/config";
import { EMAIL_STATUSES, OutboxFilter } from "~/lib/schemas/mail";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input, Select } from "~/components/ui/form";
import { Table, TBody, Td, Th } from "~/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("compliance.outbox");
  return { title: t("title") };
}

const TONE = { PENDING: "warning", SENT: "success", FAILED: "danger" } as const;

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
        <Alert tone={mailConfig().smtpUrl ? "success" : "info"}>{mailConfig().smtpUrl ? t("smtpOn") : t("demoMode")}</Alert>
      </div>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200" aria-label={t("filter")}>
        <div className="w-48">
          <Field label={t("status")}>
            {(p) => (
              <Select {...p} name="status" defaultValue={filter.status ?? ""}>
                <option value="">{t("allStatuses")}</option>
                {EMAIL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="w-72">
          <Field label={t("search")}>{(p) => <Input {...p} type="search" name="q" defaultValue={filter.search ?? ""} />}</Field>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("filter")}
        </button>
        <p className="ml-auto py-2 text-sm text-slate-600">{t("counts", { pending: format.number(counts.PENDING), sent: format.number(counts.SENT), failed: format.number(counts.FAILED) })}</p>
      </form>
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
                  <Link href={`/admin/outbox/${m.id}`} className="text-brand-700 hover:underline">
                    {m.subject}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={TONE[m.status]}>{t(`status${m.status}`)}</Badge>
                </Td>
                <Td numeric>{m.attempts}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {pages > 1 && (
        <nav aria-label={`${t("title")}: ${filter.page} / ${pages}`} className="mt-4 flex justify-between text-sm">
          {filter.page > 1 ? <Link href={`/admin/outbox${query(filter.page - 1)}`} className="text-brand-700 hover:underline">←</Link> : <span />}
          <span className="text-slate-600">
            {filter.page} / {pages}
          </span>
          {filter.page < pages ? <Link href={`/admin/outbox${query(filter.page + 1)}`} className="text-brand-700 hover:underline">→</Link> : <span />}
        </nav>
      )}
    </>
  );
}
