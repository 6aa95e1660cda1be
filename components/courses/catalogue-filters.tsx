"use client";

import { useTranslations } from "next-intl";
import { Field, Input } from "~/components/ui/form";
import { COURSE_MODES } from "~/lib/courses/modes";
import type { CatalogueFilter } from "~/lib/schemas/courses";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";

/** A plain GET form: the filters live in the address, so a filtered catalogue can be bookmarked and shared. */
export function CatalogueFilters({
  value,
  categories,
  languages,
}: {
  value: CatalogueFilter;
  categories: { id: string; name: string }[];
  languages: { code: string; name: string }[];
}) {
  const t = useTranslations("courses");
  return (
    <FilterBar label={t("catalogue.filters")} action="/courses" search grid="sm:grid-cols-2 lg:grid-cols-5 lg:items-end" apply={t("catalogue.apply")} reset={{ href: "/courses", label: t("catalogue.clear") }}>
      <div className="sm:col-span-2 lg:col-span-2">
        <Field label={t("catalogue.search")}>
          {(p) => <Input {...p} type="search" name="q" defaultValue={value.q ?? ""} placeholder={t("catalogue.searchPlaceholder")} />}
        </Field>
      </div>
      <FilterSelect label={t("catalogue.category")} name="category" value={value.category} any={t("catalogue.any")} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
      <FilterSelect label={t("catalogue.mode")} name="mode" value={value.mode} any={t("catalogue.any")} options={COURSE_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
      <FilterSelect label={t("catalogue.language")} name="language" value={value.language} any={t("catalogue.any")} options={languages.map((l) => ({ value: l.code, label: l.name }))} />
    </FilterBar>
  );
}
