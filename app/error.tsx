"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

// Shown for server errors; the message and stack stay on the server (Next.js hides them in production).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-20 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t("serverTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("serverBody")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
