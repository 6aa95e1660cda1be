import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import type { getProfile } from "~/server/people/people";

export async function ProfileCard({ profile }: { profile: Awaited<ReturnType<typeof getProfile>> }) {
  const t = await getTranslations("home");
  const rows: [string, string][] = [
    [t("grade"), profile.grade],
    [t("department"), profile.department?.name ?? t("none")],
    [t("dutyStation"), profile.dutyStation?.name ?? t("none")],
    [t("manager"), profile.manager?.fullName ?? t("none")],
  ];
  return (
    <Card aria-labelledby="profile-title">
      <CardTitle id="profile-title">{t("profile")}</CardTitle>
      <dl className="space-y-2 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-4">
            <dt className="text-slate-600">{k}</dt>
            <dd className="text-right font-medium text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
