"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";

export function OidcSignIn({ providerName }: { providerName: string }) {
  const t = useTranslations("signin");
  return (
    <Button className="w-full" onClick={() => void signIn("oidc", { callbackUrl: "/" })}>
      {t("sso", { provider: providerName })}
    </Button>
  );
}

export function EmailSignIn() {
  const t = useTranslations("signin");
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = z.string().trim().email().safeParse(email);
        if (!parsed.success) return setError(t("emailLabel"));
        setBusy(true);
        void signIn("email", { email: parsed.data, callbackUrl: "/" });
      }}
    >
      <Field label={t("emailLabel")} error={error}>
        {(p) => <Input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Button type="submit" variant="secondary" className="w-full" busy={busy}>
        {t("emailSubmit")}
      </Button>
    </form>
  );
}

export function DemoSignIn({ accounts }: { accounts: { employeeId: string; fullName: string; role: string; title: string }[] }) {
  const t = useTranslations("signin");
  const tr = useTranslations("roles");
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <ul className="space-y-2">
      {accounts.map((a) => (
        <li key={a.employeeId}>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => {
              setBusy(a.employeeId);
              void signIn("demo", { employeeId: a.employeeId, callbackUrl: "/" });
            }}
            className="flex w-full items-center justify-between gap-3 rounded-lg px-4 py-3 text-left ring-1 ring-slate-200 hover:bg-brand-50 hover:ring-brand-200 disabled:opacity-60"
          >
            <span>
              {/* The visible text is the button's name (axe: label-content-name-mismatch). */}
              <span className="block text-sm font-medium text-slate-900">{t("demoSignIn", { name: a.fullName })}</span>
              <span className="block text-xs text-slate-600">{a.title}</span>
            </span>
            <span className="shrink-0 whitespace-nowrap rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{tr(a.role as "LEARNER")}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
