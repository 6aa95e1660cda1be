import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import type { HomePath } from "~/server/paths/home";

/** The home page's learning paths: each unfinished path with its next step. Nothing when there is none. */
export async function PathsHomeCard({ paths }: { paths: HomePath[] }) {
  if (paths.length === 0) return null;
  const t = await getTranslations("paths.home");
  return (
    <Card aria-labelledby="paths-home-title">
      <CardTitle id="paths-home-title">{t("title")}</CardTitle>
      <ul className="divide-y divide-slate-100" data-testid="paths-next-steps">
        {paths.map((p) => (
          <li key={p.code} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
            <div className="min-w-0">
              <TextLink href={`/paths/${p.code}`} className="font-medium">
                {p.title}
              </TextLink>
              <p className="text-sm text-slate-600">
                {t("progress", { done: Math.min(p.done, p.required), total: p.required })}
                {p.next && <> · {t("next", { step: p.next.title })}</>}
              </p>
            </div>
            {p.next && (
              <ButtonLink href={p.next.href} size="sm" aria-label={t("openLabel", { step: p.next.title, path: p.title })} {...(p.next.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                {t("open")}
              </ButtonLink>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
