import { getTranslations } from "next-intl/server";
import { AuthFrame } from "~/components/auth/auth-frame";
import { ButtonLink } from "~/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <AuthFrame title={t("errors.notFoundTitle")} intro={t("errors.notFoundBody")}>
      <ButtonLink href="/">{t("common.backHome")}</ButtonLink>
    </AuthFrame>
  );
}
