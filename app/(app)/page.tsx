import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { primaryRole } from "~/server/auth/roles";
import { getProfile, listTeam, orgSummary } from "~/server/people/people";
import { PageHeader } from "~/components/ui/page-header";
import { ProfileCard } from "~/components/home/profile-card";
import { TeamCard } from "~/components/home/team-card";
import { OrgCard } from "~/components/home/org-card";
import { MandatoryTrainingCard } from "~/components/compliance/mandatory-training-card";
import { myStates } from "~/server/compliance/dashboard";
import { toIsoDate } from "~/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("home") };
}

/** One home per role: learners see their learning, managers their team, L&D and auditors the organisation. */
export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations("home");
  const role = primaryRole(actor.roles);
  const isManager = actor.roles.includes("MANAGER");
  const seesOrg = actor.roles.includes("LD_ADMIN") || actor.roles.includes("AUDITOR");
  const [profile, team, org, mandatory] = await Promise.all([
    getProfile(actor.id),
    isManager ? listTeam(actor) : Promise.resolve(null),
    seesOrg ? orgSummary() : Promise.resolve(null),
    myStates(actor.id, toIsoDate(new Date())),
  ]);
  const intro = role === "LD_ADMIN" ? t("adminIntro") : role === "AUDITOR" ? t("auditorIntro") : t("learnerIntro");
  return (
    <div data-testid={`home-${role}`}>
      <PageHeader title={t("greeting", { name: actor.fullName })} description={intro} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {/* Mandatory training first: every staff member is a learner. */}
          <MandatoryTrainingCard rows={mandatory} />
          {org && <OrgCard org={org} showAdminLinks={actor.roles.includes("LD_ADMIN")} />}
          {team && <TeamCard team={team} />}
        </div>
        <div className="space-y-6">
          <ProfileCard profile={profile} />
        </div>
      </div>
    </div>
  );
}
