import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { MentoringTabs } from "~/components/mentoring/mentoring-tabs";

export default async function MentoringAdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("mentoring.admin.tabs");
  const admin = actor.roles.includes("LD_ADMIN");
  const tabs = [
    ...(admin
      ? [
          { href: "/admin/mentoring", label: t("settings"), exact: true },
          { href: "/admin/mentoring/expertise", label: t("expertise") },
          { href: "/admin/mentoring/rounds", label: t("rounds") },
          { href: "/admin/mentoring/rematch", label: t("rematch") },
          { href: "/admin/mentoring/coaches", label: t("coaches") },
        ]
      : []),
    { href: "/admin/mentoring/stats", label: t("stats") },
  ];
  return (
    <>
      <MentoringTabs tabs={tabs} label={t("label")} />
      {children}
    </>
  );
}
