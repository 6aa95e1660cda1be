import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { MY_DATA_SECTIONS } from "~/server/privacy/my-data";
import { getPrivacySettings } from "~/server/privacy/settings";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { buttonClass } from "~/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("privacy.account");
  return { title: t("title") };
}

const WHO_SEES = ["you", "manager", "mentoring", "ld", "auditor", "logs"] as const;

/** "Your account / your data": what Pathway holds about the person, who sees what, and the download of all of it. */
export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getTranslations("privacy.account");
  const { smallCellThreshold: threshold } = await getPrivacySettings();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", { name: actor.fullName, employeeId: actor.employeeId })}
        actions={
          <a href="/api/me/data" download className={buttonClass("primary")} data-testid="download-my-data">
            {t("download")}
          </a>
        }
      />
      <Card aria-labelledby="what-title">
        <CardTitle id="what-title">{t("whatTitle")}</CardTitle>
        <p className="mb-3 text-sm text-slate-600">{t("whatIntro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {MY_DATA_SECTIONS.map((s) => (
            <li key={s}>{t(`sections.${s}`)}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">{t("notIncluded")}</p>
      </Card>
      <Card aria-labelledby="who-title">
        <CardTitle id="who-title">{t("whoTitle")}</CardTitle>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {WHO_SEES.map((w) => (
            <li key={w}>{w === "auditor" ? t("who.auditor", { threshold }) : t(`who.${w}`)}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
