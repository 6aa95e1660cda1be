"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { MENTORING_LANGUAGES, MenteeProfileInput, PAIRING_DURATIONS, type MentoringLanguage } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { useLanguageName } from "~/components/mentoring/match-reasons";

type Initial = {
  goalIds: string[];
  goalsText: string;
  languages: string[];
  prefersOtherDepartment: boolean;
  prefersOtherSector: boolean;
  prefersOtherDutyStation: boolean | null;
  desiredDurationMonths: number;
} | null;

type Errors = Partial<Record<"goalIds" | "goalsText" | "languages" | "desiredDurationMonths" | "form", string>>;

export function MenteeProfileForm({ initial, expertise }: { initial: Initial; expertise: { id: string; name: string }[] }) {
  const t = useTranslations("mentoring.menteeProfile");
  const tc = useTranslations("common");
  const tm = useTranslations("mentoring");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const save = useMutation(trpc.mentoring.saveMenteeProfile.mutationOptions());
  const [goalIds, setGoalIds] = useState<string[]>(initial?.goalIds ?? []);
  const [goalsText, setGoalsText] = useState(initial?.goalsText ?? "");
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? ["en"]);
  const [otherDepartment, setOtherDepartment] = useState(initial?.prefersOtherDepartment ?? false);
  const [otherSector, setOtherSector] = useState(initial?.prefersOtherSector ?? false);
  const [dutyStation, setDutyStation] = useState<"none" | "other" | "same">(
    initial?.prefersOtherDutyStation == null ? "none" : initial.prefersOtherDutyStation ? "other" : "same",
  );
  const [duration, setDuration] = useState(String(initial?.desiredDurationMonths ?? 6));
  const [errors, setErrors] = useState<Errors>({});

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = MenteeProfileInput.safeParse({
      goalIds,
      goalsText,
      languages: languages as MentoringLanguage[],
      prefersOtherDepartment: otherDepartment,
      prefersOtherSector: otherSector,
      prefersOtherDutyStation: dutyStation === "none" ? null : dutyStation === "other",
      desiredDurationMonths: Number(duration),
    });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      setErrors({ goalIds: f.goalIds?.[0], goalsText: f.goalsText?.[0], languages: f.languages?.[0], desiredDurationMonths: f.desiredDurationMonths?.[0] });
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast("success", t("saved"));
      router.push(initial ? "/mentoring/profile" : "/mentoring/mentors");
      router.refresh();
    } catch (err) {
      const field = fieldError(err);
      const message = errorMessage(err, tc("somethingWentWrong"));
      setErrors(field === "goalIds" ? { goalIds: message } : { form: message });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ChoiceGroup legend={t("goals")} hint={t("goalsHint")} error={errors.goalIds} columns={3}>
        {expertise.map((area) => (
          <Choice key={area.id} name="goals" checked={goalIds.includes(area.id)} onChange={(on) => setGoalIds(toggle(goalIds, area.id, on))}>
            {area.name}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("goalsText")} hint={t("goalsTextHint")} error={errors.goalsText}>
        {(p) => <Textarea {...p} value={goalsText} onChange={(e) => setGoalsText(e.target.value)} maxLength={1000} />}
      </Field>
      <ChoiceGroup legend={t("languages")} hint={t("languagesHint")} error={errors.languages} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="languages" checked={languages.includes(code)} onChange={(on) => setLanguages(toggle(languages, code, on))}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("preferences")} columns={1}>
        <Choice name="otherDepartment" checked={otherDepartment} onChange={setOtherDepartment}>
          {t("otherDepartment")}
        </Choice>
        <Choice name="otherSector" checked={otherSector} onChange={setOtherSector}>
          {t("otherSector")}
        </Choice>
      </ChoiceGroup>
      <ChoiceGroup legend={t("dutyStation")} columns={3}>
        {(["none", "other", "same"] as const).map((v) => (
          <Choice key={v} type="radio" name="dutyStation" checked={dutyStation === v} onChange={() => setDutyStation(v)}>
            {t(`dutyStation_${v}`)}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("duration")} hint={t("durationHint")} error={errors.desiredDurationMonths}>
        {(p) => (
          <Select {...p} value={duration} onChange={(e) => setDuration(e.target.value)} className="max-w-xs">
            {PAIRING_DURATIONS.map((m) => (
              <option key={m} value={m}>
                {tm("months", { months: m })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <Button type="submit" busy={save.isPending}>
        {initial ? t("save") : t("create")}
      </Button>
    </form>
  );
}
