import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { getMyMentorProfile, mentorCourse } from "~/server/mentoring/profiles";
import { listExpertise } from "~/server/mentoring/expertise";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { MentorProfileForm } from "~/components/mentoring/mentor-profile-form";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.mentorProfile");
  return { title: t("title") };
}

export default async function MentorProfilePage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.mentorProfile");
  const [mine, areas, course] = await Promise.all([getMyMentorProfile(actor), listExpertise(), mentorCourse()]);
  const profile = mine.profile;
  const expertise = [...areas, ...(profile?.expertise.filter((e) => !areas.some((a) => a.id === e.id)) ?? [])];
  const courseTitle = course?.title ?? "Mentoring essentials";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="mentor-form" className="lg:col-span-2">
          <CardTitle id="mentor-form">{profile ? t("formTitle") : t("createTitle")}</CardTitle>
          <MentorProfileForm
            expertise={expertise}
            mayList={mine.mayList}
            initial={
              profile && {
                bio: profile.bio,
                expertiseIds: profile.expertise.map((e) => e.id),
                languages: profile.languages,
                yearsExperience: profile.yearsExperience,
                capacity: profile.capacity,
                pausedUntil: profile.pausedUntil,
                listed: profile.listed,
              }
            }
          />
        </Card>
        <div className="space-y-4">
          {mine.trainingRequired &&
            (mine.trainingDone ? (
              <Alert tone="success" title={t("trainingDoneTitle")}>
                {t("trainingDone", { course: courseTitle })}
              </Alert>
            ) : (
              <Alert tone="warning" title={t("trainingTitle")}>
                {t("trainingNeeded", { course: courseTitle })}
              </Alert>
            ))}
          {profile && (
            <Alert tone="info" title={t("placesTitle")}>
              {t("places", { mentees: mine.mentees, capacity: profile.capacity })}
            </Alert>
          )}
        </div>
      </div>
    </>
  );
}
