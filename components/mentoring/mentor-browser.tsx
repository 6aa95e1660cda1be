"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { MentorCard, type MentorCardData } from "~/components/mentoring/mentor-card";
import { RequestComposer } from "~/components/mentoring/request-composer";

/** The suggested mentors with a checkbox each; the mentee asks the ones they tick, all at once. */
export function MentorBrowser({
  mentors,
  now,
  slots,
  maxOpen,
  defaultDuration,
  blockedReason,
}: {
  mentors: MentorCardData[];
  now: Date;
  /** requests the mentee may still send */
  slots: number;
  maxOpen: number;
  defaultDuration: number;
  /** why the mentee cannot ask anyone now (already paired), if so */
  blockedReason: string | null;
}) {
  const t = useTranslations("mentoring.browse");
  const [selected, setSelected] = useState<string[]>([]);
  if (mentors.length === 0) return <EmptyState title={t("none")}>{t("noneHint")}</EmptyState>;
  const chosen = mentors.filter((m) => selected.includes(m.staffId)).map((m) => ({ id: m.staffId, name: m.fullName }));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <ol className="space-y-4 lg:col-span-2" aria-label={t("results")}>
        {mentors.map((m) => {
          const checked = selected.includes(m.staffId);
          const available = !blockedReason && m.freePlaces > 0 && !m.openRequestId;
          const disabled = !available || (!checked && selected.length >= slots);
          return (
            <li key={m.staffId}>
              <MentorCard
                mentor={m}
                now={now}
                select={
                  available ? (
                    <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                      <input
                        type="checkbox"
                        className="size-4 accent-brand-600"
                        checked={checked}
                        disabled={disabled}
                        onChange={(e) => setSelected(e.target.checked ? [...selected, m.staffId] : selected.filter((id) => id !== m.staffId))}
                      />
                      {t("select", { name: m.fullName })}
                    </label>
                  ) : undefined
                }
              />
            </li>
          );
        })}
      </ol>
      {selected.length > 0 && !blockedReason && (
        <a
          href="#composer-title"
          className="fixed inset-x-4 bottom-4 z-40 rounded-md bg-brand-600 px-4 py-3 text-center text-sm font-medium text-white shadow-lg lg:hidden"
        >
          {t("writeRequest", { n: selected.length })}
        </a>
      )}
      <div className="lg:sticky lg:top-4 lg:self-start">
        <Card aria-labelledby="composer-title">
          <CardTitle id="composer-title">{t("askTitle")}</CardTitle>
          {blockedReason ? (
            <p className="text-sm text-slate-600">{blockedReason}</p>
          ) : slots === 0 ? (
            <p className="text-sm text-slate-600">{t("noSlots", { max: maxOpen })}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">{t("askHint", { slots })}</p>
              <RequestComposer mentors={chosen} defaultDuration={defaultDuration} onSent={() => setSelected([])} />
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
