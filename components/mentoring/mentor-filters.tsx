"use client";

import { useTranslations } from "next-intl";
import { MENTORING_LANGUAGES } from "~/lib/mentoring/choices";
import { Field, Input } from "~/components/ui/form";
import { useLanguageName } from "~/components/mentoring/match-reasons";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";

type Option = { id: string; name: string };
export type MentorFilterValues = { q?: string; expertise?: string; language?: string; sector?: string; station?: string; free?: boolean };

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function MentorFilters({ values, expertise, sectors, dutyStations }: { values: MentorFilterValues; expertise: Option[]; sectors: Option[]; dutyStations: Option[] }) {
  const t = useTranslations("mentoring.browse");
  const languageName = useLanguageName();
  return (
    <FilterBar label={t("filters")} action="/mentoring/mentors" grid="sm:grid-cols-2 lg:grid-cols-6" apply={t("apply")} reset={{ href: "/mentoring/mentors", label: t("clear") }}>
      <div className="lg:col-span-2">
        <Field label={t("search")}>{(p) => <Input {...p} name="q" type="search" defaultValue={values.q ?? ""} />}</Field>
      </div>
      <FilterSelect label={t("expertise")} name="expertise" value={values.expertise} any={t("any")} options={expertise.map((e) => ({ value: e.id, label: e.name }))} />
      <FilterSelect label={t("language")} name="language" value={values.language} any={t("any")} options={MENTORING_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))} />
      <FilterSelect label={t("sector")} name="sector" value={values.sector} any={t("any")} options={sectors.map((s) => ({ value: s.id, label: s.name }))} />
      <FilterSelect label={t("dutyStation")} name="station" value={values.station} any={t("any")} options={dutyStations.map((s) => ({ value: s.id, label: s.name }))} />
      <label className="flex items-center gap-2 text-sm text-slate-800 sm:col-span-2 lg:col-span-6">
        <input type="checkbox" name="free" value="1" defaultChecked={values.free} className="size-4 accent-brand-600" />
        {t("freeOnly")}
      </label>
    </FilterBar>
  );
}
