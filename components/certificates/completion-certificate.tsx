import { getLocale, getTranslations } from "next-intl/server";
import { certificatesOf } from "~/server/certificates/queries";
import { toIsoDate } from "~/lib/dates";
import { CertificateLinks } from "~/components/certificates/certificate-links";

/** The course completion page: the certificate of this completion, to download at once. */
export async function CompletionCertificate({ staffId, courseCode }: { staffId: string; courseCode: string }) {
  const certificate = (await certificatesOf(staffId, toIsoDate(new Date()), await getLocale())).find((c) => c.course.code === courseCode);
  if (!certificate) return null;
  const t = await getTranslations("certificates.links");
  return (
    <div className="mt-4 flex flex-col items-center gap-1" data-testid="completion-certificate">
      <p className="text-sm text-slate-600">{t("yourCertificate")}</p>
      <CertificateLinks certificateId={certificate.id} course={certificate.course.title} className="justify-center" />
    </div>
  );
}
