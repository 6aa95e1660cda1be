import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { publishedPaths } from "~/server/paths/learner";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { PathCard } from "~/components/paths/path-card";

export async function generateMetadata() {
  const t = await getTranslations("paths");
  return { title: t("title") };
}

/** The published learning paths, the person's own first, with their progress in each. */
export default async function PathsPage() {
  const actor = await requireActor();
  const t = await getTranslations("paths");
  const paths = await publishedPaths(actor.id, new Date(), await getLocale());
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {paths.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {paths.map((p) => (
            <PathCard key={p.id} path={p} />
          ))}
        </div>
      )}
    </>
  );
}
