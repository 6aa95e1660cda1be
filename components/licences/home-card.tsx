import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { TextLink } from "~/components/ui/link";
import type { LicencesHome } from "~/server/licences/home";

/** The person's licences on the home page, with a warning when one is about to be reclaimed; nothing when there is none. */
export async function LicencesHomeCard({ licences }: { licences: LicencesHome | null }) {
  if (!licences || licences.length === 0) return null;
  const t = await getTranslations("licences");
  const format = await getFormatter();
  return (
    <Card aria-labelledby="licences-home-title">
      <CardTitle id="licences-home-title">{t("home.title")}</CardTitle>
      <ul className="divide-y divide-slate-100 text-sm">
        {licences.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="font-medium text-slate-900">{l.pool}</span>
            <Badge tone={l.status === "ASSIGNED" ? "success" : "info"}>{t(`status.${l.status}`)}</Badge>
            {l.warn && l.reclaimOn && (
              <p className="w-full text-amber-800">{t("home.warning", { date: format.dateTime(new Date(`${l.reclaimOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}</p>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <TextLink href="/licences">{t("home.link")}</TextLink>
      </p>
    </Card>
  );
}
