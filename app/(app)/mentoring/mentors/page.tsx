import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { BrowseMentorsInput, MENTORING_LANGUAGES } from "~/lib/schemas/mentoring";
import { browseFacets, browseMentors } from "~/server/mentoring/directory";
import { listExpertise } from "~/server/mentoring/expertise";
import { menteeRequestAllowance } from "~/server/mentoring/requests";
import { PageHeader } from "~/components/ui/page-header";
import { MentorFilters } from "~/components/mentoring/mentor-filters";
import { MentorBrowser } from "~/components/mentoring/mentor-browser";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.browse");
  return { title: t("title") };
}

type Search = { q?: string; expertise?: string; language?: string; sector?: string; station?: string; free?: string };

export default async function BrowseMentorsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.browse");
  const sp = await searchParams;
  const asOf = new Date();
  const allowance = await menteeRequestAllowance(actor, asOf);
  if (!allowance.hasProfile) redirect("/mentoring/profile");
  const language = (MENTORING_LANGUAGES as readonly string[]).includes(sp.language ?? "") ? sp.language : undefined;
  const filters = BrowseMentorsInput.parse({
    q: sp.q || undefined,
    expertiseId: sp.expertise || undefined,
    language,
    sectorId: sp.sector || undefined,
    dutyStationId: sp.station || undefined,
    freeOnly: sp.free === "1",
  });
  const [mentors, expertise, facets] = await Promise.all([browseMentors(actor, filters, asOf), listExpertise(), browseFacets()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MentorFilters
        values={{ q: filters.q, expertise: filters.expertiseId, language: filters.language, sector: filters.sectorId, station: filters.dutyStationId, free: filters.freeOnly }}
        expertise={expertise}
        sectors={facets.sectors}
        dutyStations={facets.dutyStations}
      />
      <h2 className="mb-3 text-sm font-semibold text-slate-700">{t("count", { n: mentors.length })}</h2>
      <MentorBrowser
        mentors={mentors}
        now={asOf}
        slots={allowance.slots}
        maxOpen={allowance.maxOpen}
        defaultDuration={allowance.desiredDurationMonths}
        blockedReason={allowance.pairedWith ? t("paired") : null}
      />
    </>
  );
}
