import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { BrowseMentorsInput, MENTORING_LANGUAGES } from "~/lib/schemas/mentoring";
import { browseFacets, browseMentorPage } from "~/server/mentoring/directory";
import { listExpertise } from "~/server/mentoring/expertise";
import { menteeRequestAllowance } from "~/server/mentoring/requests";
import { PageHeader } from "~/components/ui/page-header";
import { MentorFilters } from "~/components/mentoring/mentor-filters";
import { MentorBrowser } from "~/components/mentoring/mentor-browser";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.browse");
  return { title: t("title") };
}

type Search = { q?: string; expertise?: string; language?: string; sector?: string; station?: string; free?: string; page?: string };

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
  const [result, expertise, facets] = await Promise.all([browseMentorPage(actor, filters, Number(sp.page) || 1, asOf, undefined, localeOr(await getLocale())), listExpertise(), browseFacets()]);
  // Each page's address keeps the filters, so paging never loses them (and a page can be bookmarked).
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["q", "expertise", "language", "sector", "station", "free"] as const) if (sp[key]) query.set(key, sp[key]);
    if (page > 1) query.set("page", String(page));
    const qs = query.toString();
    return `/mentoring/mentors${qs ? `?${qs}` : ""}`;
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MentorFilters
        values={{ q: filters.q, expertise: filters.expertiseId, language: filters.language, sector: filters.sectorId, station: filters.dutyStationId, free: filters.freeOnly }}
        expertise={expertise}
        sectors={facets.sectors}
        dutyStations={facets.dutyStations}
      />
      <h2 className="mb-3 text-sm font-semibold text-slate-700">{t("count", { n: result.total })}</h2>
      <MentorBrowser
        mentors={result.mentors}
        pagination={{ ...result, hrefs: Array.from({ length: result.pageCount }, (_, i) => pageHref(i + 1)) }}
        now={asOf}
        slots={allowance.slots}
        maxOpen={allowance.maxOpen}
        defaultDuration={allowance.desiredDurationMonths}
        blockedReason={allowance.pairedWith ? t("paired") : null}
      />
    </>
  );
}
