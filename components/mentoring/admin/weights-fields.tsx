"use client";

import { useTranslations } from "next-intl";
import type { MatchWeightsInput } from "~/lib/schemas/mentoring";
import { Field, Input } from "~/components/ui/form";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";

export const WEIGHT_KEYS = ["sharedGoal", "language", "otherDepartment", "otherSector", "dutyStation", "seniorGrade", "choiceRank", "maxGradeGap"] as const;
type WeightKey = (typeof WEIGHT_KEYS)[number];

/** The compatibility weights as editable numbers; text values so that a half-typed "1." survives. */
export type WeightDraft = Record<WeightKey, string> & { otherDepartmentForAll: boolean; otherSectorForAll: boolean };

export function draftOf(w: MatchWeightsInput): WeightDraft {
  return {
    ...(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(w[k])])) as Record<WeightKey, string>),
    otherDepartmentForAll: w.otherDepartmentForAll,
    otherSectorForAll: w.otherSectorForAll,
  };
}

export function weightsOf(d: WeightDraft): Record<string, unknown> {
  return {
    ...Object.fromEntries(WEIGHT_KEYS.map((k) => [k, d[k].trim() === "" ? Number.NaN : Number(d[k])])),
    otherDepartmentForAll: d.otherDepartmentForAll,
    otherSectorForAll: d.otherSectorForAll,
  };
}

export function WeightsFields({ draft, onChange, errors }: { draft: WeightDraft; onChange: (d: WeightDraft) => void; errors?: Partial<Record<string, string>> }) {
  const t = useTranslations("mentoring.admin.weights");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {WEIGHT_KEYS.map((k) => (
          <Field key={k} label={t(k)} hint={t(`${k}Hint`)} error={errors?.[k]}>
            {(p) => (
              <Input
                {...p}
                type="number"
                inputMode="decimal"
                min={k === "maxGradeGap" ? 1 : 0}
                max={k === "maxGradeGap" ? 17 : 20}
                step={k === "maxGradeGap" ? 1 : 0.5}
                value={draft[k]}
                onChange={(e) => onChange({ ...draft, [k]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
      <ChoiceGroup legend={t("forAll")} columns={2}>
        <Choice name="otherDepartmentForAll" checked={draft.otherDepartmentForAll} onChange={(v) => onChange({ ...draft, otherDepartmentForAll: v })}>
          {t("otherDepartmentForAll")}
        </Choice>
        <Choice name="otherSectorForAll" checked={draft.otherSectorForAll} onChange={(v) => onChange({ ...draft, otherSectorForAll: v })}>
          {t("otherSectorForAll")}
        </Choice>
      </ChoiceGroup>
    </div>
  );
}
