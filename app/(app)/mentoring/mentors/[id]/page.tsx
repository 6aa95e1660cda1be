import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getMentorCard } from "~/server/mentoring/directory";
import { menteeRequestAllowance } from "~/server/mentoring/requests";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { AvailabilityBadge, MentorFacts } from "~/components/mentoring/mentor-card";
import { MatchReasons } from "~/components/mentoring/match-reasons";
import { RequestComposer } from "~/components/mentoring/request-composer";

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, mentor: await getMentorCard(actor, id) };
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { mentor } = await load((await params).id);
  return { title: mentor.fullName };
}

export default async function MentorPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, mentor } = await load((await params).id);
  const t = await getTranslations("mentoring.mentor");
  const tb = await getTranslations("mentoring.browse");
  const asOf = new Date();
  const allowance = await menteeRequestAllowance(actor, asOf);
  if (!allowance.hasProfile) redirect("/mentoring/profile");
  const where = [mentor.grade, mentor.department, mentor.sector, mentor.dutyStation].filter(Boolean).join(" · ");
  const canAsk = !allowance.pairedWith && mentor.freePlaces > 0 && !mentor.openRequestId && allowance.slots > 0;
  return (
    <>
      <PageHeader title={mentor.fullName} description={where} actions={<ButtonLink href="/mentoring/mentors" variant="secondary">{t("back")}</ButtonLink>} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="fit-title">
            <CardTitle id="fit-title" action={<AvailabilityBadge mentor={mentor} />}>
              {t("fit")}
            </CardTitle>
            <MatchReasons reasons={mentor.reasons} className="text-sm font-medium text-brand-800" />
          </Card>
          <Card aria-labelledby="about-title">
            <CardTitle id="about-title">{t("about")}</CardTitle>
            <p className="text-sm leading-6 whitespace-pre-line text-slate-700">{mentor.bio}</p>
            <h3 className="mt-5 text-sm font-semibold text-slate-900">{t("expertise")}</h3>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {mentor.expertise.map((e) => (
                <li key={e.id}>
                  <Badge>{e.name}</Badge>
                </li>
              ))}
            </ul>
            <div className="mt-5">
              <MentorFacts mentor={mentor} now={asOf} />
            </div>
          </Card>
        </div>
        <Card aria-labelledby="ask-title" className="lg:self-start">
          <CardTitle id="ask-title">{t("ask", { name: mentor.fullName })}</CardTitle>
          {mentor.openRequestId ? (
            <p className="text-sm text-slate-600">{t("alreadyAsked")}</p>
          ) : allowance.pairedWith ? (
            <p className="text-sm text-slate-600">{tb("paired")}</p>
          ) : mentor.freePlaces === 0 ? (
            <p className="text-sm text-slate-600">{t("noPlace")}</p>
          ) : !canAsk ? (
            <p className="text-sm text-slate-600">{tb("noSlots", { max: allowance.maxOpen })}</p>
          ) : (
            <RequestComposer mentors={[{ id: mentor.staffId, name: mentor.fullName }]} defaultDuration={allowance.desiredDurationMonths} />
          )}
        </Card>
      </div>
    </>
  );
}
