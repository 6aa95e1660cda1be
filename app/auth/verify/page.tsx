import { getTranslations } from "next-intl/server";
import { AuthFrame } from "~/components/auth/auth-frame";
import { ButtonLink } from "~/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("verifyTitle") };
}

export default async function VerifyPage() {
  const t = await getTranslations("auth");
  return (
    <AuthFrame title={t("verifyTitle")} intro={t("verifyBody")}>
      <ButtonLink href="/signin" variant="secondary">{t("tryAgain")}</ButtonLink>
    </AuthFrame>
  );
}
