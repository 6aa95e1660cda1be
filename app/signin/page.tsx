import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "~/server/auth/session";
import { env } from "~/server/env";
import { listDemoAccounts } from "~/server/people/demo-accounts";
import { smtpTransport } from "~/server/mail/transport";
import { AuthFrame } from "~/components/auth/auth-frame";
import { DemoSignIn, EmailSignIn, OidcSignIn } from "~/components/auth/sign-in-forms";
import { Alert } from "~/components/ui/alert";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  // The layout adds " · Pathway": "Sign in · Pathway", not "Sign in to Pathway · Pathway".
  const t = await getTranslations("titles");
  return { title: t("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getActor()) redirect("/");
  const t = await getTranslations("signin");
  const { error } = await searchParams;
  const e = env();
  const oidc = e.OIDC_ISSUER ? e.OIDC_NAME : null;
  const email = !!smtpTransport();
  const demo = await listDemoAccounts();
  return (
    <AuthFrame title={t("title")} intro={t("intro")}>
      {error && <Alert tone="danger">{t("error")}</Alert>}
      {oidc && <OidcSignIn providerName={oidc} />}
      {email && <EmailSignIn />}
      {demo.length > 0 && (
        <section aria-labelledby="demo-title" className="space-y-3">
          <h2 id="demo-title" className="text-sm font-semibold text-slate-900">
            {t("demoTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("demoHint")}</p>
          <DemoSignIn accounts={demo} />
        </section>
      )}
      {!oidc && !email && demo.length === 0 && <Alert tone="warning">{t("noProvider")}</Alert>}
    </AuthFrame>
  );
}
