import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { catalogueFacets, listCatalogue } from "~/server/courses/catalogue";
import { CatalogueFilter } from "~/lib/schemas/courses";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { CatalogueFilters } from "~/components/courses/catalogue-filters";
import { CourseCard } from "~/components/courses/course-card";
import { languageName } from "~/components/courses/labels";

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("catalogue.title") };
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("courses");
  const locale = await getLocale();
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = CatalogueFilter.parse({ q: one(raw.q), category: one(raw.category), mode: one(raw.mode), language: one(raw.language) });
  const [courses, facets] = await Promise.all([listCatalogue(actor, filter, locale), catalogueFacets(locale)]);
  return (
    <>
      <PageHeader title={t("catalogue.title")} description={t("catalogue.description")} />
      <CatalogueFilters
        value={filter}
        categories={facets.categories}
        languages={facets.languages.map((code) => ({ code, name: languageName(code, locale) }))}
      />
      <section aria-labelledby="catalogue-results" className="mt-6">
        <h2 id="catalogue-results" className="sr-only">
          {t("catalogue.results")}
        </h2>
        <p className="mb-3 text-sm text-slate-600" role="status">
          {filter.q && courses.length > 1 ? t("catalogue.countBestFirst", { count: courses.length }) : t("catalogue.count", { count: courses.length })}
        </p>
        {courses.length === 0 ? (
          <EmptyState title={t("catalogue.emptyTitle")}>{t("catalogue.emptyBody")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {courses.map((c) => (
              <li key={c.id} className="flex">
                <div className="w-full [&>article]:h-full">
                  <CourseCard course={c} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
