import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { auditActions, auditEntityKinds, searchAudit } from "~/server/audit/search";
import { AUDIT_FILTER_KEYS, AuditSearchInput } from "~/lib/schemas/audit";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input } from "~/components/ui/form";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";
import { TextLink } from "~/components/ui/link";
import { AuditEntries, actionLabel, entityLabel } from "~/components/audit/audit-entries";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit trail for L&D and auditors: search by person, object, action and dates, newest first, 50 at a time. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, one(v)]));
  const parsed = AuditSearchInput.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const t = await getTranslations("audit");
  const [page, actions, entities] = await Promise.all([searchAudit(filter), auditActions(), auditEntityKinds()]);

  const kept = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filter[key]) kept.set(key, filter[key]);
  const query = (extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(kept);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return q.size ? `?${q}` : "";
  };
  const groups = [...new Set(actions.map((a) => a.split(".")[0]!))].filter((g) => actions.some((a) => a.startsWith(`${g}.`)));
  const actionOptions = [
    ...groups.map((g) => ({ value: `${g}.`, label: t("filters.allActions", { group: t.has(`groups.${g}` as "groups.course") ? t(`groups.${g}` as "groups.course") : g }) })),
    ...actions.map((a) => ({ value: a, label: actionLabel(t, a) === a ? a : `${actionLabel(t, a)} (${a})` })),
  ];
  if (filter.action && !actionOptions.some((o) => o.value === filter.action)) actionOptions.unshift({ value: filter.action, label: filter.action });
  const entityOptions = entities.map((e) => ({ value: e, label: entityLabel(t, e) }));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href={`/api/exports/audit${query()}`} variant="secondary" prefetch={false}>
            {t("download")}
          </ButtonLink>
        }
      />
      <FilterBar label={t("filters.label")} search grid="sm:grid-cols-2 lg:grid-cols-3" apply={t("filters.search")} reset={kept.size ? { href: "/admin/audit", label: t("filters.reset") } : null}>
        <Field label={t("filters.person")} hint={t("filters.personHint")}>
          {(p) => <Input {...p} type="search" name="person" defaultValue={filter.person ?? ""} autoComplete="off" />}
        </Field>
        <FilterSelect label={t("filters.action")} name="action" value={filter.action} any={t("filters.anyAction")} options={actionOptions} />
        <FilterSelect label={t("filters.entity")} name="entity" value={filter.entity} any={t("filters.anyEntity")} options={entityOptions} />
        <Field label={t("filters.entityId")}>{(p) => <Input {...p} name="entityId" defaultValue={filter.entityId ?? ""} autoComplete="off" />}</Field>
        <Field label={t("filters.from")}>{(p) => <Input {...p} type="date" name="from" defaultValue={filter.from ?? ""} />}</Field>
        <Field label={t("filters.to")}>{(p) => <Input {...p} type="date" name="to" defaultValue={filter.to ?? ""} />}</Field>
      </FilterBar>
      {!parsed.success && (
        <div className="mb-4">
          <Alert tone="warning">{parsed.error.issues[0]?.message}</Alert>
        </div>
      )}
      {!page.personFound && (
        <div className="mb-4">
          <Alert tone="warning">{t("personNotFound", { person: filter.person ?? "" })}</Alert>
        </div>
      )}
      {page.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{kept.size > 0 && <p>{t("emptyHelp")}</p>}</EmptyState>
      ) : (
        <AuditEntries rows={page.rows} isAdmin={hasRole(actor, "LD_ADMIN")} />
      )}
      {(filter.cursor || page.nextCursor) && (
        <nav aria-label={t("pages")} className="mt-4 flex justify-between gap-4 text-sm">
          {filter.cursor ? <TextLink href={`/admin/audit${query()}`}>{t("newest")}</TextLink> : <span />}
          {page.nextCursor ? <TextLink href={`/admin/audit${query({ cursor: page.nextCursor })}`}>{t("older")}</TextLink> : <span />}
        </nav>
      )}
    </>
  );
}
