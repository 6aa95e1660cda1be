import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { findPeople, recordsOfPerson } from "~/server/records/history";
import { listCategories } from "~/server/categories/categories";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input } from "~/components/ui/form";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { CorrectRecordButton, RevisionsButton } from "~/components/records/record-actions";
import { daysNumber } from "~/components/enrolment/when";
import { TextLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";
import type { RECORD_STATUSES } from "~/lib/schemas/records";
import { FilterBar } from "~/components/ui/filter-bar";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.records");
  return { title: t("title") };
}


/** L&D (and auditors, read-only) find a person and see every ledger row with its corrections; L&D corrects with a reason. */
export default async function RecordsPage({ searchParams }: { searchParams: Promise<{ q?: string; person?: string }> }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canCorrect = hasRole(actor, "LD_ADMIN");
  const sp = await searchParams;
  const q = sp.q?.trim() ?? "";
  const t = await getTranslations("enrolment");
  const format = await getFormatter();
  const [people, data, categories] = await Promise.all([
    q.length >= 2 ? findPeople(q) : Promise.resolve([]),
    sp.person ? recordsOfPerson(sp.person).catch(() => null) : Promise.resolve(null),
    listCategories({ includeRetired: true, locale: await getLocale() }),
  ]);
  const categoryNames = Object.fromEntries(categories.map((c) => [c.id, c.name]));
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { timeZone: "UTC", dateStyle: "medium" });

  return (
    <>
      <PageHeader
        title={t("records.title")}
        description={t("records.description")}
        actions={canCorrect ? <ButtonLink href="/admin/records/external" variant="secondary">{t("records.toExternal")}</ButtonLink> : undefined}
      />
      <FilterBar label={t("records.search")} search apply={t("records.searchButton")}>
        <div className="w-full max-w-md">
          <Field label={t("records.searchLabel")} hint={t("records.searchHint")}>
            {(p) => <Input {...p} name="q" defaultValue={q} type="search" />}
          </Field>
        </div>
      </FilterBar>

      {q && !data && (
        <section aria-labelledby="people-found" className="mb-8">
          <h2 id="people-found" className="mb-3 text-lg font-semibold text-slate-900">
            {t("records.found", { count: people.length })}
          </h2>
          {people.length === 0 ? (
            <EmptyState title={t("records.nobody", { q })} />
          ) : (
            <Table caption={t("records.found", { count: people.length })}>
              <thead>
                <tr>
                  <Th>{t("col.person")}</Th>
                  <Th>{t("col.grade")}</Th>
                  <Th>{t("col.department")}</Th>
                  <Th>{t("col.status")}</Th>
                </tr>
              </thead>
              <TBody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <Td>
                      <TextLink href={`/admin/records?person=${p.id}`} className="font-medium">
                        {p.fullName}
                      </TextLink>
                      <span className="block text-xs text-slate-500">
                        {p.employeeId} · {p.email}
                      </span>
                    </Td>
                    <Td>{p.grade}</Td>
                    <Td>{p.department?.name ?? "—"}</Td>
                    <Td>{p.active ? <Badge tone="success">{t("records.active")}</Badge> : <Badge>{t("records.left")}</Badge>}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      )}

      {data && (
        <section aria-labelledby="person-records">
          <Card className="mb-4">
            <h2 id="person-records" className="text-lg font-semibold text-slate-900">
              {data.person.fullName}
            </h2>
            <p className="text-sm text-slate-600">
              {data.person.employeeId} · {data.person.grade} · {data.person.department?.name ?? "—"} · {data.person.email}
            </p>
            <p className="mt-2 text-sm text-slate-700">
              {data.years.length === 0 ? t("records.noCounted") : data.years.map((y) => t("records.yearLine", { year: y.label, days: daysNumber(y.trainingDays), count: y.participations })).join(" · ")}
            </p>
          </Card>
          {data.records.length === 0 ? (
            <EmptyState title={t("records.none")} />
          ) : (
            <Table caption={t("records.caption", { name: data.person.fullName })}>
              <thead>
                <tr>
                  <Th>{t("col.course")}</Th>
                  <Th>{t("col.category")}</Th>
                  <Th>{t("col.dates")}</Th>
                  <Th>{t("col.source")}</Th>
                  <Th>{t("col.status")}</Th>
                  <Th numeric>{t("col.trainingDays")}</Th>
                  <Th className="text-right">{t("col.action")}</Th>
                </tr>
              </thead>
              <TBody>
                {data.records.map((r) => (
                  <tr key={r.id}>
                    <Td>
                      <span className="font-medium text-slate-900">{r.course.title}</span>
                      <span className="block font-mono text-xs text-slate-500">{r.course.code}</span>
                    </Td>
                    <Td>{categoryNames[r.category.id] ?? r.category.name}</Td>
                    <Td className="whitespace-nowrap">{r.startDate === r.endDate ? date(r.startDate) : `${date(r.startDate)} – ${date(r.endDate)}`}</Td>
                    <Td>{t(`source.${r.source as "ONLINE" | "SESSION" | "EXTERNAL" | "IMPORT"}`)}</Td>
                    <Td>
                      <StatusBadge kind="participation" status={r.status}>{t(`participation.${r.status as (typeof RECORD_STATUSES)[number]}`)}</StatusBadge>
                    </Td>
                    <Td numeric>{t("days", { days: daysNumber(r.trainingDays) })}</Td>
                    <Td className="whitespace-nowrap text-right">
                      {r.revisions > 0 && <RevisionsButton recordId={r.id} count={r.revisions} course={r.course.title} categoryNames={categoryNames} />}
                      {canCorrect && (
                        <CorrectRecordButton
                          record={{ id: r.id, course: r.course.title, startDate: r.startDate, endDate: r.endDate, trainingDays: r.trainingDays, status: r.status, categoryId: r.category.id }}
                          categories={categories.filter((c) => !c.retiredAt || c.id === r.category.id).map((c) => ({ id: c.id, name: c.name }))}
                        />
                      )}
                    </Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      )}
      {!q && !data && <EmptyState title={t("records.start")}>{t("records.startHint")}</EmptyState>}
    </>
  );
}
