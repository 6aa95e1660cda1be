import { getTranslations } from "next-intl/server";
import { AuthFrame } from "~/components/auth/auth-frame";
import { VerifyForm } from "~/components/certificates/verify-form";

/** An unknown code: said plainly (404), with the form to type it again. */
export default async function UnknownCertificate() {
  const t = await getTranslations("certificates.verify");
  return (
    <AuthFrame title={t("notFoundTitle")} intro={t("notFoundBody")}>
      <VerifyForm />
    </AuthFrame>
  );
}
