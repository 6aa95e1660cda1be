"use client";

import { useTranslations } from "next-intl";
import { MENTORING_LANGUAGES } from "~/lib/schemas/mentoring";
import { Button, ButtonLink } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { useLanguageName } from "~/components/mentoring/match-reasons";

type Option = { id: string; name: string };
export type MentorFilterValues = { q?: string; expertise?: string; language?: string; sector?: string; station?: string; free?: boolean };

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function MentorFilters({ values, expertise, sectors, dutyStations }: { values: MentorFilterValues; expertise: Option[]; sectors: Option[]; dutyStations: Option[] }) {
  const t = useTranslations("mentoring.browse");
  const languageName = useLanguageName();
  return (
    <form method="get" action="/mentoring/mentors" aria-label={t("filters")} className="mb-6 grid gap-4 rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <Field label={t("search")}>{(p) => <Input {...p} name="q" type="search" defaultValue={values.q ?? ""} />}</Field>
      </div>
      <Field label={t("expertise")}>
        {(p) => (
          <Select {...p} name="expertise" defaultValue={values.expertise ?? ""}>
            <option value="">{t("any")}</option>
            {expertise.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("language")}>
        {(p) => (
          <Select {...p} name="language" defaultValue={values.language ?? ""}>
            <option value="">{t("any")}</option>
            {MENTORING_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("sector")}>
        {(p) => (
          <Select {...p} name="sector" defaultValue={values.sector ?? ""}>
            <option value="">{t("any")}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("dutyStation")}>
        {(p) => (
          <Select {...p} name="station" defaultValue={values.station ?? ""}>
            <option value="">{t("any")}</option>
            {dutyStations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-3 sm:col-span-2 lg:col-span-6">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="free" value="1" defaultChecked={values.free} className="size-4 accent-brand-600" />
          {t("freeOnly")}
        </label>
        <div className="flex gap-2">
          <ButtonLink href="/mentoring/mentors" variant="ghost">
            {t("clear")}
          </ButtonLink>
          <Button type="submit">{t("apply")}</Button>
        </div>
      </div>
    </form>
  );
}
