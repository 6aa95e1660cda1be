import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { certificatesOf } from "~/server/certificates/queries";
import { toIsoDate } from "~/lib/dates";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { CertificateLinks } from "~/components/certificates/certificate-links";
import { CertificateStatusBadge } from "~/components/certificates/status-badge";

/** The learner's home: their latest certificates with both downloads (all of them on /history). */
export async function MyCertificatesCard({ staffId, take = 5 }: { staffId: string; take?: number }) {
  const t = await getTranslations("certificates.home");
  const f = await getFormatter();
  const certificates = (await certificatesOf(staffId, toIsoDate(new Date()), await getLocale())).slice(0, take);
  return (
    <Card aria-labelledby="certificates-title">
      <CardTitle id="certificates-title" action={<ButtonLink href="/history" variant="secondary" size="sm">{t("all")}</ButtonLink>}>
        {t("title")}
      </CardTitle>
      {certificates.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {certificates.map((c) => (
            <li key={c.id} className="space-y-1 py-2">
              <p className="font-medium text-slate-900">{c.course.title}</p>
              <p className="flex flex-wrap items-center gap-2 text-slate-600">
                {f.dateTime(new Date(`${c.completedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
                <CertificateStatusBadge status={c.status} />
              </p>
              <CertificateLinks certificateId={c.id} course={c.course.title} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
