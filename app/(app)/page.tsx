import { getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { primaryRole } from "~/server/auth/roles";
import { getProfile, orgSummary } from "~/server/people/people";
import { PageHeader } from "~/components/ui/page-header";
import { ProfileCard } from "~/components/home/profile-card";
import { OrgCard } from "~/components/home/org-card";
import { ContinueCard } from "~/components/home/continue-card";
import { UpcomingSessionsCard } from "~/components/home/upcoming-sessions-card";
import { MentoringCard } from "~/components/home/mentoring-card";
import { CompletionsCard } from "~/components/home/completions-card";
import { MentorWorkCard } from "~/components/home/mentor-work-card";
import { AdminWorkCard } from "~/components/home/admin-work-card";
import { TeamSummaryCard } from "~/components/home/team-summary-card";
import { MandatoryTrainingCard } from "~/components/compliance/mandatory-training-card";
import { myStates } from "~/server/compliance/dashboard";
import { continueLearning, mentoringState, recentCompletions, upcomingSessions } from "~/server/home/learner";
import { pairingsNeedingAction, waitingRequests } from "~/server/home/mentor";
import { adminWork } from "~/server/home/admin";
import { teamCompliance, teamTrainingDays } from "~/server/team/compliance";
import { toIsoDate } from "~/lib/dates";
import { MyCertificatesCard } from "~/components/certificates/my-certificates-card";
import { PathsHomeCard } from "~/components/paths/home-card";
import { ProgrammesHomeCard } from "~/components/programmes/home-card";
import { LicencesHomeCard } from "~/components/licences/home-card";
import { EvaluationsHomeCard } from "~/components/evaluations/home-card";
import { pathsForHome } from "~/server/paths/home";
import { programmesForHome } from "~/server/programmes/home";
import { licencesForHome } from "~/server/licences/home";
import { evaluationsForHome } from "~/server/evaluations/home";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("home") };
}

const none = Promise.resolve(null);

/**
 * One home per person, its sections by role: L&D's work of the day, the manager's team, the mentor's requests and
 * pairings, then everyone's own learning (mandatory training first, as every staff member is a learner).
 */
export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations("home");
  const role = primaryRole(actor.roles);
  const is = (r: (typeof actor.roles)[number]) => actor.roles.includes(r);
  const now = new Date();
  const today = toIsoDate(now);
  const locale = await getLocale();
  const [profile, mandatory, continuing, sessions, mentoring, completions, requests, pairings, team, days, work, org, paths, programmes, licences, evaluations] = await Promise.all([
    getProfile(actor.id),
    myStates(actor.id, today, localeOr(locale)),
    continueLearning(actor.id, 5, locale),
    upcomingSessions(actor.id, now, 5, locale),
    mentoringState(actor.id, now),
    recentCompletions(actor.id, 5, locale),
    is("MENTOR") ? waitingRequests(actor.id, now) : none,
    is("MENTOR") ? pairingsNeedingAction(actor.id, now, "MENTOR") : none,
    is("MANAGER") ? teamCompliance(actor.id, today, { scope: "direct" }) : none,
    is("MANAGER") ? teamTrainingDays(actor.id, today, "direct") : none,
    is("LD_ADMIN") ? adminWork(now) : none,
    is("LD_ADMIN") || is("AUDITOR") ? orgSummary() : none,
    pathsForHome(actor.id, now, locale),
    programmesForHome(actor.id, now, locale),
    licencesForHome(actor.id, now),
    evaluationsForHome(actor.id, now, locale),
  ]);
  const intro =
    role === "LD_ADMIN" ? t("adminIntro") : role === "AUDITOR" ? t("auditorIntro") : role === "MANAGER" ? t("managerIntro") : role === "MENTOR" ? t("mentorIntro") : t("learnerIntro");
  return (
    <div data-testid={`home-${role}`}>
      <PageHeader title={t("greeting", { name: actor.fullName })} description={intro} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {work && <AdminWorkCard work={work} />}
          {team && days && <TeamSummaryCard team={team} days={days} />}
          {requests && pairings && <MentorWorkCard requests={requests} pairings={pairings} />}
          {/* Mandatory training first among a person's own learning: every staff member is a learner. */}
          <MandatoryTrainingCard rows={mandatory} />
          <EvaluationsHomeCard evaluations={evaluations} />
          <ContinueCard items={continuing} />
          <PathsHomeCard paths={paths} />
          <ProgrammesHomeCard data={programmes} />
          <UpcomingSessionsCard sessions={sessions} />
          {org && <OrgCard org={org} showAdminLinks={is("LD_ADMIN")} />}
        </div>
        <div className="min-w-0 space-y-6">
          <MentoringCard state={mentoring} />
          <LicencesHomeCard licences={licences} />
          <CompletionsCard rows={completions} />
          <MyCertificatesCard staffId={actor.id} />
          <ProfileCard profile={profile} />
        </div>
      </div>
    </div>
  );
}
