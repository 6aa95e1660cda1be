import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import type { EvaluationsHome } from "~/server/evaluations/home";

/** "Tell us about <course>": the newest open evaluation on the home page; nothing when none waits. */
export async function EvaluationsHomeCard({ evaluations }: { evaluations: EvaluationsHome }) {
  if (!evaluations) return null;
  const t = await getTranslations("evaluations.home");
  return (
    <Card aria-labelledby="evaluations-home-title">
      <CardTitle id="evaluations-home-title">{t("title", { course: evaluations.first.course })}</CardTitle>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <ButtonLink href={`/evaluations/${evaluations.first.id}`} size="sm">
          {t("answer")}
        </ButtonLink>
        {evaluations.more > 0 && (
          <TextLink href="/evaluations">
            {t("more", { count: evaluations.more })}
          </TextLink>
        )}
      </div>
    </Card>
  );
}
