import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import type { orgSummary } from "~/server/people/people";

export async function OrgCard({ org, showAdminLinks }: { org: Awaited<ReturnType<typeof orgSummary>>; showAdminLinks: boolean }) {
  const t = await getTranslations("home");
  const f = await getFormatter();
  return (
    <Card aria-labelledby="org-title">
      <CardTitle id="org-title" action={showAdminLinks && <ButtonLink href="/admin/categories" variant="secondary" size="sm">{t("manageCategories")}</ButtonLink>}>
        {t("orgTitle")}
      </CardTitle>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Stat label={t("staff")} value={f.number(org.staff)} />
        <Stat label={t("women")} value={f.number(org.womenShare, { style: "percent", maximumFractionDigits: 1 })} />
        <Stat label={t("managers")} value={f.number(org.managers)} />
        <Stat label={t("departments")} value={f.number(org.departments)} />
        <Stat label={t("dutyStations")} value={f.number(org.dutyStations)} />
      </dl>
    </Card>
  );
}
