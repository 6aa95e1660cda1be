import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { verifyCertificateCode } from "~/server/certificates/queries";
import { toIsoDate } from "~/lib/dates";
import { AuthFrame } from "~/components/auth/auth-frame";
import { CertificateStatusBadge } from "~/components/certificates/status-badge";
import { TextLink } from "~/components/ui/link";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata() {
  const t = await getTranslations("certificates.verify");
  return { title: t("resultTitle") };
}

/** The public answer for one code: the person, the course, the date and whether it holds today — nothing else. */
export default async function VerifyCodePage({ params }: Params) {
  const code = decodeURIComponent((await params).code);
  const result = await verifyCertificateCode(code, toIsoDate(new Date()), await getLocale());
  if (!result) notFound();
  const t = await getTranslations("certificates.verify");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { timeZone: "UTC", dateStyle: "long" });
  const { status } = result;
  return (
    <AuthFrame title={t("resultTitle")}>
      <div data-testid="certificate-status" data-state={status.state} className="space-y-2">
        <CertificateStatusBadge status={status} />
        <p className="text-sm font-medium text-slate-900">
          {status.state === "revoked"
            ? t("revokedSince", { date: date(status.since) })
            : status.state === "expired"
              ? t("expiredSince", { date: date(status.since) })
              : status.until
                ? t("validUntil", { date: date(status.until) })
                : t("validForever")}
        </p>
      </div>
      <dl className="divide-y divide-slate-100 text-sm">
        <div className="py-2">
          <dt className="text-slate-600">{t("holder")}</dt>
          <dd className="text-base font-semibold text-slate-900">{result.holderName}</dd>
        </div>
        <div className="py-2">
          <dt className="text-slate-600">{t("course")}</dt>
          <dd className="font-medium text-slate-900">{result.courseTitle}</dd>
        </div>
        <div className="py-2">
          <dt className="text-slate-600">{t("completed")}</dt>
          <dd className="text-slate-900">{date(result.completedOn)}</dd>
        </div>
      </dl>
      <TextLink href="/verify">{t("another")}</TextLink>
    </AuthFrame>
  );
}
