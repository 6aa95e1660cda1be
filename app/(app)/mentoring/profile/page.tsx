import { getLocale } from "next-intl/server";
import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { getMyMenteeProfile, menteeGuidelinesLesson } from "~/server/mentoring/profiles";
import { listExpertise } from "~/server/mentoring/expertise";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { MenteeProfileForm } from "~/components/mentoring/mentee-profile-form";
import { Guidelines } from "~/components/mentoring/guidelines";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.menteeProfile");
  return { title: t("title") };
}

/** First visit: the mentee guidelines lesson, then the profile form. Later: the form, guidelines one click away. */
export default async function MenteeProfilePage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.menteeProfile");
  const [profile, areas] = await Promise.all([getMyMenteeProfile(actor), listExpertise()]);
  const guidelines = menteeGuidelinesLesson(await getLocale());
  // A retired goal stays on the profile (and in the form) until the mentee removes it.
  const expertise = [...areas, ...(profile?.goals.filter((g) => !areas.some((a) => a.id === g.id)) ?? [])];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-5">
        {profile ? (
          <details className="rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200 lg:col-span-5">
            <summary className="cursor-pointer font-medium text-brand-700">{t("guidelinesAgain")}</summary>
            <Guidelines title={guidelines.title} html={guidelines.html} />
          </details>
        ) : (
          <Card aria-labelledby="guidelines-title" className="lg:col-span-2">
            <h2 id="guidelines-title" className="text-base font-semibold text-slate-900">
              {t("startTitle")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("startIntro")}</p>
            <Guidelines title={guidelines.title} html={guidelines.html} />
          </Card>
        )}
        <Card aria-labelledby="form-title" className={profile ? "lg:col-span-5" : "lg:col-span-3"}>
          <CardTitle id="form-title">{t("formTitle")}</CardTitle>
          <MenteeProfileForm
            expertise={expertise}
            initial={
              profile && {
                goalIds: profile.goals.map((g) => g.id),
                goalsText: profile.goalsText,
                languages: profile.languages,
                prefersOtherDepartment: profile.prefersOtherDepartment,
                prefersOtherSector: profile.prefersOtherSector,
                prefersOtherDutyStation: profile.prefersOtherDutyStation,
                desiredDurationMonths: profile.desiredDurationMonths,
              }
            }
          />
        </Card>
      </div>
    </>
  );
}
