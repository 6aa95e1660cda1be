import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "~/server/audit/search";
import { auditChanges } from "~/server/audit/diff";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";
import { AuditChanges } from "~/components/audit/audit-changes";

type Translate = Awaited<ReturnType<typeof getTranslations<"audit">>>;

// The pages an object opens on, and who may open them (others see the id without a link).
const PAGES: Record<string, { href: (id: string) => string; auditors: boolean }> = {
  Course: { href: (id) => `/admin/courses/${id}`, auditors: false },
  CourseSession: { href: (id) => `/admin/sessions/${id}`, auditors: false },
  Requirement: { href: (id) => `/admin/compliance/requirements/${id}`, auditors: true },
  MatchingRound: { href: (id) => `/admin/mentoring/rounds/${id}`, auditors: false },
  ImportBatch: { href: () => "/admin/imports", auditors: false },
  ApiToken: { href: () => "/admin/api-tokens", auditors: false },
  Category: { href: () => "/admin/categories", auditors: false },
  Certificate: { href: () => "/admin/certificates", auditors: true },
};

/** An action in words ("Course published"), else as recorded ("lesson.video.attach"). */
export function actionLabel(t: Translate, action: string): string {
  const key = `actions.${action}` as "actions.course.publish";
  return t.has(key) && typeof t.raw(key) === "string" ? t(key) : action;
}

export function entityLabel(t: Translate, entity: string): string {
  const key = `entities.${entity}` as "entities.Course";
  return t.has(key) ? t(key) : entity;
}

function objectHistory(entity: string, entityId: string) {
  return `/admin/audit?${new URLSearchParams({ entity, entityId })}`;
}

/** The audit entries of one page: a table from the small-tablet width up, cards on a phone. */
export async function AuditEntries({ rows, isAdmin }: { rows: readonly AuditRow[]; isAdmin: boolean }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "medium" });
  const object = (r: AuditRow) => {
    const page = PAGES[r.entity];
    const link = page && (isAdmin || page.auditors) ? page.href(r.entityId) : null;
    return (
      <>
        <span className="font-medium text-slate-900">{entityLabel(t, r.entity)}</span>
        <span className="block font-mono text-xs break-all text-slate-600">{link ? <TextLink href={link}>{r.entityId}</TextLink> : r.entityId}</span>
        <TextLink href={objectHistory(r.entity, r.entityId)} className="text-xs">
          {t("objectHistory")}
        </TextLink>
      </>
    );
  };
  const who = (r: AuditRow) =>
    r.actor ? (
      <>
        <span className="font-medium text-slate-900">{r.actor.fullName}</span>
        <span className="block text-xs text-slate-500">{r.actor.employeeId}</span>
      </>
    ) : (
      <span className="text-slate-600">{t("system")}</span>
    );
  const action = (r: AuditRow) => (
    <>
      {actionLabel(t, r.action)}
      <span className="block font-mono text-xs text-slate-500">{r.action}</span>
    </>
  );
  return (
    <>
      <ul className="space-y-3 sm:hidden" aria-label={t("title")}>
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg bg-white p-4 text-sm shadow-xs ring-1 ring-slate-200" data-testid={`audit-card-${r.id}`}>
            <p className="text-xs text-slate-500">
              <time dateTime={r.at.toISOString()}>{when(r.at)}</time>
            </p>
            <p className="mt-1 font-medium text-slate-900">{actionLabel(t, r.action)}</p>
            <dl className="mt-2 space-y-2">
              <div>
                <dt className="text-xs font-semibold text-slate-600">{t("columns.actor")}</dt>
                <dd>{who(r)}</dd>
              </div>
              <div>
                <dt className="text-xs font-semibold text-slate-600">{t("columns.entity")}</dt>
                <dd>{object(r)}</dd>
              </div>
              {r.reason && (
                <div>
                  <dt className="text-xs font-semibold text-slate-600">{t("columns.reason")}</dt>
                  <dd className="break-words">{r.reason}</dd>
                </div>
              )}
            </dl>
            <div className="mt-2">
              <AuditChanges changes={auditChanges(r.before, r.after)} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("columns.at")}</Th>
              <Th>{t("columns.actor")}</Th>
              <Th>{t("columns.action")}</Th>
              <Th>{t("columns.entity")}</Th>
              <Th>{t("columns.reason")}</Th>
              <Th>{t("columns.changes")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`audit-${r.id}`} className="align-top">
                <Td className="whitespace-nowrap">
                  <time dateTime={r.at.toISOString()}>{when(r.at)}</time>
                </Td>
                <Td>{who(r)}</Td>
                <Td>{action(r)}</Td>
                <Td>{object(r)}</Td>
                <Td className="max-w-xs break-words">{r.reason}</Td>
                <Td className="min-w-[16rem]">
                  <AuditChanges changes={auditChanges(r.before, r.after)} />
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
