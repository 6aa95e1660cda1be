import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listApiTokens } from "~/server/api-tokens/tokens";
import { PageHeader } from "~/components/ui/page-header";
import { ApiTokenManager } from "~/components/reports/api-token-manager";

export async function generateMetadata() {
  const t = await getTranslations("reports.tokens");
  return { title: t("title") };
}

export default async function ApiTokensPage() {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("reports.tokens");
  const tokens = await listApiTokens(actor);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ApiTokenManager initial={tokens} />
    </>
  );
}
