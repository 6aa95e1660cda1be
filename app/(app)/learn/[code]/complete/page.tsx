import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { getCompletion } from "~/server/courses/player";
import { Card } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { daysNumber } from "~/components/courses/labels";
import { courseTitleByCode } from "~/server/page-titles";
import { CompletionCertificate } from "~/components/certificates/completion-certificate";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("courses.complete");
  const course = await courseTitleByCode(await requireActor(), decodeURIComponent((await params).code), { locale: await getLocale() });
  return { title: course ? (await getTranslations("titles"))("completed", { course }) : t("title") };
}

export default async function CompletionPage({ params }: Params) {
  const actor = await requireActor();
  const code = decodeURIComponent((await params).code);
  const completion = await getCompletion(actor, code, { locale: await getLocale() });
  if (!completion) redirect(`/courses/${encodeURIComponent(code)}`);
  const t = await getTranslations("courses.complete");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <div className="mx-auto max-w-2xl">
      <Card as="div" className="p-8 text-center sm:p-10">
        <div aria-hidden className="mx-auto grid size-14 place-items-center rounded-full bg-green-600 text-2xl text-white">
          ✓
        </div>
        <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-3 text-slate-700">{t("body", { title: completion.course.title, date: date(completion.completedAt) })}</p>
        <p className="mt-2 text-slate-700">{t("days", { days: daysNumber(completion.trainingDays) })}</p>
        <p className="mt-2 font-medium text-slate-900" data-testid="valid-until">
          {completion.validUntil ? t("validUntil", { date: date(completion.validUntil) }) : t("noExpiry")}
        </p>
        <p className="mt-4 text-xs text-slate-500">{t("version", { version: completion.version, cycle: completion.cycle })}</p>
        <CompletionCertificate staffId={actor.id} courseCode={completion.course.code} />
        <div className="mt-6 flex flex-wrap justify-center gap-2">
          <ButtonLink href={`/courses/${encodeURIComponent(completion.course.code)}`} variant="secondary">
            {t("backToCourse")}
          </ButtonLink>
          <ButtonLink href="/courses" variant="secondary">
            {t("catalogue")}
          </ButtonLink>
          <ButtonLink href="/">{t("home")}</ButtonLink>
        </div>
      </Card>
    </div>
  );
}
