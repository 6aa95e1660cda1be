import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { openRound } from "~/server/mentoring/overview";
import { MentoringTabs } from "~/components/mentoring/mentoring-tabs";

export default async function MentoringLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.tabs");
  const round = await openRound();
  const tabs = [
    { href: "/mentoring", label: t("overview"), exact: true },
    { href: "/mentoring/mentors", label: t("find") },
    { href: "/mentoring/requests", label: t("requests") },
    ...(actor.roles.includes("MENTOR") ? [{ href: "/mentoring/inbox", label: t("inbox") }] : []),
    { href: "/mentoring/pairings", label: t("pairings") },
    ...(round ? [{ href: "/mentoring/round", label: t("round") }] : []),
    { href: "/mentoring/profile", label: t("menteeProfile") },
    { href: "/mentoring/mentor-profile", label: t("mentorProfile") },
  ];
  return (
    <>
      <MentoringTabs tabs={tabs} label={t("label")} />
      {children}
    </>
  );
}
