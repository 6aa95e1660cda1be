import { getTranslations } from "next-intl/server";
import { AuthFrame } from "~/components/auth/auth-frame";
import { ButtonLink } from "~/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("refusedTitle") };
}

export default async function RefusedPage() {
  const t = await getTranslations("auth");
  return (
    <AuthFrame title={t("refusedTitle")} intro={t("refusedBody")}>
      <ButtonLink href="/signin" variant="secondary">{t("tryAgain")}</ButtonLink>
    </AuthFrame>
  );
}
