import "server-only";
import { db } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { checkEligibility } from "~/lib/programmes/eligibility";
import { eligibilityFacts, programmeEligibility } from "~/server/programmes/eligibility";
import { localizedField, localizedProgramme, myApplications } from "~/server/programmes/catalogue";
import { participantCohort } from "~/server/programmes/participant";
import { endorsementsWaitingCount } from "~/server/programmes/endorsement";

/** How many of a running cohort's next components the home card lists. */
const NEXT_COMPONENTS = 3;

/**
 * What the home page shows of programmes for one person: open calls they are eligible for and have not applied to,
 * their applications still in play, the next components of a running cohort they take part in, and — for managers —
 * how many endorsements wait for them.
 */
export async function programmesForHome(staffId: string, asOf: Date, locale: string) {
  const day = new Date(`${toIsoDate(asOf)}T00:00:00Z`);
  const [calls, applications, facts, waiting] = await Promise.all([
    db.programmeCohort.findMany({
      where: { opensOn: { lte: day }, closesOn: { gte: day }, programme: { status: "PUBLISHED" }, applications: { none: { staffId } } },
      orderBy: { closesOn: "asc" },
      select: { id: true, closesOn: true, programme: { select: { id: true, code: true, name: true, summary: true, description: true, translations: true, eligibility: true } } },
    }),
    myApplications(staffId, asOf, locale),
    eligibilityFacts([staffId], asOf),
    endorsementsWaitingCount(staffId),
  ]);
  const person = facts.get(staffId);
  const openCalls = person
    ? calls
        .filter((c) => checkEligibility(programmeEligibility(c.programme), person, asOf).eligible)
        .map((c) => ({ cohortId: c.id, name: localizedProgramme(c.programme, locale).name, closesOn: c.closesOn, href: `/programmes/${c.programme.code}` }))
    : [];
  const pending = applications
    .filter((a) => a.status === "UNDER_REVIEW" || a.status === "WAITLISTED")
    .map((a) => ({ id: a.id, name: a.programmeName, cohortName: a.cohortName, status: a.status, endorsement: a.endorsement, href: `/programmes/${a.programmeCode}` }));

  // Running cohorts the person takes part in: started (or about to), not over.
  const running = await db.programmeCohort.findMany({
    where: { selectionPublishedAt: { not: null }, completedAt: null, endsOn: { gte: day }, applications: { some: { staffId, status: "SELECTED" } } },
    select: { programme: { select: { id: true, code: true, name: true, translations: true } } },
  });
  const nextComponents = (
    await Promise.all(
      running.map(async (c) => {
        const cohort = await participantCohort(staffId, c.programme.id, locale);
        if (!cohort) return [];
        const programme = localizedField(c.programme.name, c.programme.translations, locale, "name");
        return cohort.components
          .filter((k) => k.status !== "COMPLETED" && k.status !== "MISSED" && (!k.endsOn || toIsoDate(k.endsOn) >= toIsoDate(asOf)))
          .map((k) => ({ programme, programmeHref: `/programmes/${c.programme.code}`, id: k.id, title: k.title, kind: k.kind, startsOn: k.startsOn, endsOn: k.endsOn, href: k.href ?? `/programmes/${c.programme.code}` }));
      }),
    )
  )
    .flat()
    .sort((a, b) => (a.startsOn?.getTime() ?? Infinity) - (b.startsOn?.getTime() ?? Infinity))
    .slice(0, NEXT_COMPONENTS);

  return { openCalls, pending, nextComponents, endorsementsWaiting: waiting };
}

export type ProgrammesForHome = Awaited<ReturnType<typeof programmesForHome>>;
