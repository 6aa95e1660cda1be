"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";

/** A GET form: the period is in the address, so a figure can be linked to and the CSV matches the page. */
export function StatsPeriodForm({ from, to }: { from: string; to: string }) {
  const t = useTranslations("mentoring.stats");
  return (
    <form method="get" action="/admin/mentoring/stats" className="flex flex-wrap items-end gap-3" aria-label={t("period")}>
      <Field label={t("from")}>{(p) => <Input {...p} type="date" name="from" defaultValue={from} />}</Field>
      <Field label={t("to")}>{(p) => <Input {...p} type="date" name="to" defaultValue={to} />}</Field>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
