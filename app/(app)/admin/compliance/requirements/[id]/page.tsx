import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getRequirement, listExemptions } from "~/server/compliance/requirements";
import { requirementOverview, type BreakdownRow } from "~/server/compliance/dashboard";
import { getComplianceSettings } from "~/server/compliance/settings";
import { toIsoDate } from "~/lib/dates";
import { listFilterToQuery } from "~/lib/schemas/compliance";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { Stat } from "~/components/ui/card";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { AudienceText, DeadlineText, ValidityText } from "~/components/compliance/audience-text";
import { CountCell } from "~/components/compliance/count-cell";
import { ExemptionManager } from "~/components/compliance/exemption-manager";
import { RequirementStatusButton } from "~/components/compliance/requirement-status-button";
import { TextLink } from "~/components/ui/link";
import { requirementTitle } from "~/server/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN", "AUDITOR");
  const course = await requirementTitle((await params).id);
  const t = await getTranslations("titles");
  return { title: course ? t("requirement", { course }) : (await getTranslations("compliance.dashboard"))("title") };
}

/** One requirement: its terms, its states by department and by sector, and its exemptions. */
export default async function RequirementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const isAdmin = actor.roles.includes("LD_ADMIN");
  const { id } = await params;
  const r = await getRequirement(id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const today = toIsoDate(new Date());
  const t = await getTranslations("compliance.requirement");
  const td = await getTranslations("compliance.dashboard");
  const ts = await getTranslations("compliance.state");
  const format = await getFormatter();
  const settings = await getComplianceSettings();
  const [c, exemptions] = await Promise.all([requirementOverview(today, id, settings.escalateAfterDays), isAdmin ? listExemptions(id) : Promise.resolve([])]);
  const { byDepartment, bySector } = c;
  const total = c.counts.total;
  const pct = (n: number) => (total ? format.number(n / total, { style: "percent", maximumFractionDigits: 1 }) : "–");
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  const breakdown = (title: string, rows: BreakdownRow[], param: "department" | "sector") => (
    <section aria-labelledby={`by-${param}`}>
      <h2 id={`by-${param}`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <Table caption={title}>
        <thead>
          <tr>
            <Th>{param === "department" ? td("department") : td("sector")}</Th>
            <Th numeric>{td("inAudience")}</Th>
            <Th numeric>{ts("COMPLIANT")}</Th>
            <Th numeric>{ts("DUE")}</Th>
            <Th numeric>{ts("OVERDUE")}</Th>
          </tr>
        </thead>
        <TBody>
          {rows.map((row) => (
            <tr key={row.id ?? "none"}>
              <Td>
                {row.id ? (
                  <TextLink href={`/admin/compliance/people${listFilterToQuery({ requirementId: id, [param === "department" ? "departmentId" : "sectorId"]: row.id })}`}>
                    {row.name}
                  </TextLink>
                ) : (
                  t("none")
                )}
              </Td>
              <Td numeric>{format.number(row.total)}</Td>
              <CountCell n={row.COMPLIANT} total={row.total} />
              <CountCell n={row.DUE} total={row.total} />
              <CountCell n={row.OVERDUE} total={row.total} strong />
            </tr>
          ))}
        </TBody>
      </Table>
    </section>
  );

  return (
    <>
      <PageHeader
        title={
          <>
            {r.course.title} <span className="font-mono text-base text-slate-500">{r.course.code}</span> {r.retiredAt && <Badge>{td("retired")}</Badge>}
          </>
        }
        description={
          <>
            <AudienceText r={r} /> · <DeadlineText r={r} /> · <ValidityText months={r.validityMonths} /> · {t("effectiveFrom")} {day(r.effectiveFrom)}
          </>
        }
        actions={
          <>
            <ButtonLink href={`/admin/compliance/people${listFilterToQuery({ requirementId: id })}`} variant="secondary">
              {td("people")}
            </ButtonLink>
            {isAdmin && !r.retiredAt && (
              <ButtonLink href={`/admin/compliance/requirements/${id}/edit`} variant="secondary">
                {t("edit")}
              </ButtonLink>
            )}
            {isAdmin && <RequirementStatusButton id={id} retired={!!r.retiredAt} />}
          </>
        }
      />
      {r.note && <p className="-mt-3 mb-6 max-w-3xl text-sm text-slate-600">{r.note}</p>}
      <dl className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Stat label={td("inAudience")} value={format.number(total)} />
        <Stat label={ts("COMPLIANT")} value={pct(c.counts.COMPLIANT)} hint={format.number(c.counts.COMPLIANT)} />
        <Stat label={ts("DUE")} value={format.number(c.counts.DUE)} hint={pct(c.counts.DUE)} />
        <Stat label={ts("OVERDUE")} value={format.number(c.counts.OVERDUE)} hint={pct(c.counts.OVERDUE)} />
        <Stat label={td("escalatedCount")} value={format.number(c.escalated)} hint={td("escalatedHint", { days: settings.escalateAfterDays })} />
      </dl>
      <div className="mb-10 grid gap-8 xl:grid-cols-2">
        {breakdown(t("byDepartment"), byDepartment, "department")}
        {breakdown(t("bySector"), bySector, "sector")}
      </div>
      {isAdmin && <ExemptionManager requirementId={id} initial={exemptions} canEdit={!r.retiredAt} />}
    </>
  );
}
