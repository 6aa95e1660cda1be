import { getTranslations } from "next-intl/server";
import { Field, Input } from "~/components/ui/form";
import { Button } from "~/components/ui/button";

/** Type a verification code (with or without dashes): /verify?code=… reads it and opens its page. */
export async function VerifyForm({ error, defaultValue }: { error?: string | null; defaultValue?: string }) {
  const t = await getTranslations("certificates.verify");
  return (
    <form action="/verify" method="get" className="space-y-3">
      <Field label={t("codeLabel")} hint={t("codeHint")} error={error}>
        {(p) => <Input {...p} name="code" required autoComplete="off" autoCapitalize="characters" spellCheck={false} defaultValue={defaultValue} className="font-mono uppercase" />}
      </Field>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
