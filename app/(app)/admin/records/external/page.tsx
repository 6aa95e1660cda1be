import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listCategories } from "~/server/categories/categories";
import { requireRole } from "~/server/auth/guards";
import { listExternalForReview } from "~/server/records/external";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { ExternalReview } from "~/components/records/external-review";
import { daysNumber } from "~/components/enrolment/when";
import { BackLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.externalReview");
  return { title: t("title") };
}

/** L&D's queue of external learning declared by staff: read the certificate, approve (it enters the ledger) or reject. */
export default async function ExternalReviewPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("enrolment");
  const format = await getFormatter();
  const [{ pending, decided }, categories] = await Promise.all([listExternalForReview(), listCategories({ includeRetired: true, locale: await getLocale() })]);
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { timeZone: "UTC", dateStyle: "medium" });
  return (
    <>
      <BackLink href="/admin/records" label={t("session.breadcrumb")}>
        {t("externalReview.back")}
      </BackLink>
      <PageHeader title={t("externalReview.title")} description={t("externalReview.description")} />
      <section aria-labelledby="pending" className="mb-10">
        <h2 id="pending" className="mb-3 text-lg font-semibold text-slate-900">
          {t("externalReview.pending", { count: pending.length })}
        </h2>
        {pending.length === 0 ? (
          <EmptyState title={t("externalReview.nothing")} />
        ) : (
          <ul className="space-y-4">
            {pending.map((x) => (
              <li key={x.id}>
                <Card as="article" aria-labelledby={`x-${x.id}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 id={`x-${x.id}`} className="font-semibold text-slate-900">
                        {x.title}
                      </h3>
                      <p className="text-sm text-slate-600">
                        {x.staff.fullName} ({x.staff.employeeId}, {x.staff.grade}) · {x.provider} · {categoryName.get(x.category.id) ?? x.category.name}
                      </p>
                      <p className="text-sm text-slate-600">
                        {date(x.startDate)} – {date(x.endDate)} · {t("days", { days: daysNumber(x.trainingDays) })} · {t("externalReview.declaredOn", { date: format.dateTime(x.createdAt, { dateStyle: "medium" }) })}
                      </p>
                      {x.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{x.description}</p>}
                    </div>
                    <a href={`/history/certificates/${x.id}`} target="_blank" rel="noopener" className="text-sm font-medium text-brand-700 hover:underline">
                      {t("externalReview.openCertificate", { name: x.certificateName })}
                    </a>
                  </div>
                  <div className="mt-4">
                    <ExternalReview id={x.id} title={x.title} trainingDays={x.trainingDays} />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {decided.length > 0 && (
        <section aria-labelledby="decided">
          <h2 id="decided" className="mb-3 text-lg font-semibold text-slate-900">
            {t("externalReview.decided")}
          </h2>
          <Table caption={t("externalReview.decided")}>
            <thead>
              <tr>
                <Th>{t("col.person")}</Th>
                <Th>{t("col.course")}</Th>
                <Th numeric>{t("col.trainingDays")}</Th>
                <Th>{t("col.status")}</Th>
                <Th>{t("externalReview.by")}</Th>
              </tr>
            </thead>
            <TBody>
              {decided.map((x) => (
                <tr key={x.id}>
                  <Td>{x.staff.fullName}</Td>
                  <Td>{x.title}</Td>
                  <Td numeric>{t("days", { days: daysNumber(x.trainingDays) })}</Td>
                  <Td>
                    <Badge tone={x.status === "APPROVED" ? "success" : "danger"}>{t(`external.status.${x.status}`)}</Badge>
                  </Td>
                  <Td>{x.reviewedBy ?? "—"}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </>
  );
}
