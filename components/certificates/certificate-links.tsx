import { getTranslations } from "next-intl/server";
import { cn } from "~/components/ui/cn";

/**
 * A certificate's two downloads: the PDF and the Open Badges credential. Plain <a download> links (files, not pages);
 * the course is named for screen readers, as a table holds many of them.
 */
export async function CertificateLinks({ certificateId, course, className }: { certificateId: string; course: string; className?: string }) {
  const t = await getTranslations("certificates.links");
  const href = (kind: "pdf" | "credential") => `/api/certificates/${encodeURIComponent(certificateId)}/${kind}`;
  return (
    <span className={cn("flex flex-wrap gap-x-3 gap-y-1 text-sm", className)}>
      <a href={href("pdf")} download className="text-brand-700 hover:underline" data-testid="certificate-pdf">
        {t("pdf")}
        <span className="sr-only"> — {course}</span>
      </a>
      <a href={href("credential")} download className="text-brand-700 hover:underline" data-testid="certificate-credential">
        {t("credential")}
        <span className="sr-only"> — {course}</span>
      </a>
    </span>
  );
}
