import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "~/server/auth/session";
import { env } from "~/server/env";
import { renderError } from "~/server/errors";
import { RATE_LIMITED_ERROR, waitParams } from "~/server/security/rate-limit-error";
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

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; retryAfter?: string }> }) {
  if (await getActor()) redirect("/");
  const t = await getTranslations("signin");
  const { error, retryAfter } = await searchParams;
  const e = env();
  const oidc = e.OIDC_ISSUER ? e.OIDC_NAME : null;
  const email = !!smtpTransport();
  const demo = await listDemoAccounts();
  return (
    <AuthFrame title={t("title")} intro={t("intro")}>
      {error === RATE_LIMITED_ERROR ? (
        // Too many sign-in attempts (server/security/sign-in-limits.ts): how long to wait, in words.
        <Alert tone="danger">{renderError(await getLocale(), "security.rateLimit.tooMany", rateLimitWait(retryAfter))}</Alert>
      ) : (
        error && <Alert tone="danger">{t("error")}</Alert>
      )}
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

/** The wait the refusal named (whole seconds, at most a day); anything else reads "a few minutes". */
function rateLimitWait(retryAfter: string | undefined) {
  const seconds = Number(retryAfter);
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 86_400 ? waitParams(seconds) : { unit: "unknown", n: 0 };
}
