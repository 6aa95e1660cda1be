import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normalizeCode } from "~/lib/certificates/code";
import { AuthFrame } from "~/components/auth/auth-frame";
import { VerifyForm } from "~/components/certificates/verify-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("certificates.verify");
  return { title: t("title") };
}

/** Anyone checks a certificate here by its code (the QR code on the PDF opens /verify/<code> directly). */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const t = await getTranslations("certificates.verify");
  const typed = [(await searchParams).code].flat()[0]?.trim();
  const code = typed ? normalizeCode(typed) : null;
  if (code) redirect(`/verify/${code}`);
  return (
    <AuthFrame title={t("title")} intro={t("intro")}>
      <VerifyForm error={typed ? t("malformed") : null} defaultValue={typed} />
    </AuthFrame>
  );
}
