"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, Input, Select } from "~/components/ui/form";
import { Button, buttonClass } from "~/components/ui/button";
import { COURSE_MODES, type CatalogueFilter } from "~/lib/schemas/courses";

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
    <form method="get" action="/courses" role="search" aria-label={t("catalogue.filters")} className="grid gap-4 rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <div className="sm:col-span-2 lg:col-span-2">
        <Field label={t("catalogue.search")}>
          {(p) => <Input {...p} type="search" name="q" defaultValue={value.q ?? ""} placeholder={t("catalogue.searchPlaceholder")} />}
        </Field>
      </div>
      <Field label={t("catalogue.category")}>
        {(p) => (
          <Select {...p} name="category" defaultValue={value.category ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("catalogue.mode")}>
        {(p) => (
          <Select {...p} name="mode" defaultValue={value.mode ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {COURSE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`mode.${m}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("catalogue.language")}>
        {(p) => (
          <Select {...p} name="language" defaultValue={value.language ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t("catalogue.apply")}</Button>
        <Link href="/courses" className={buttonClass("ghost")}>
          {t("catalogue.clear")}
        </Link>
      </div>
    </form>
  );
}
