import { getTranslations } from "next-intl/server";
import { AuthFrame } from "~/components/auth/auth-frame";
import { ButtonLink } from "~/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <AuthFrame title={t("errors.forbiddenTitle")} intro={t("errors.forbiddenBody")}>
      <p className="text-sm font-medium text-slate-500" data-testid="http-status">403</p>
      <ButtonLink href="/">{t("common.backHome")}</ButtonLink>
    </AuthFrame>
  );
}
