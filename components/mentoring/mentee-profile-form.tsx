"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { MENTORING_LANGUAGES, MenteeProfileInput } from "~/lib/schemas/mentoring";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { DurationSelect } from "~/components/mentoring/duration-select";
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

export function MenteeProfileForm({ initial, expertise }: { initial: Initial; expertise: { id: string; name: string }[] }) {
  const t = useTranslations("mentoring.menteeProfile");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const router = useRouter();
  const save = useFormAction({
    schema: MenteeProfileInput,
    mutation: trpc.mentoring.saveMenteeProfile.mutationOptions(),
    values: (f) => ({
      goalIds: f.all("goalIds"),
      goalsText: f.text("goalsText"),
      languages: f.all("languages"),
      prefersOtherDepartment: f.checked("prefersOtherDepartment"),
      prefersOtherSector: f.checked("prefersOtherSector"),
      prefersOtherDutyStation: f.text("dutyStation") === "other" ? true : f.text("dutyStation") === "same" ? false : null,
      desiredDurationMonths: f.number("desiredDurationMonths"),
    }),
    success: t("saved"),
    onSuccess: () => router.push(initial ? "/mentoring/profile" : "/mentoring/mentors"),
  });
  const dutyStation = initial?.prefersOtherDutyStation == null ? "none" : initial.prefersOtherDutyStation ? "other" : "same";
  const languages = initial?.languages ?? ["en"];

  return (
    <form onSubmit={save.onSubmit} noValidate className="space-y-6">
      <ChoiceGroup legend={t("goals")} hint={t("goalsHint")} error={save.error("goalIds")} columns={3}>
        {expertise.map((area) => (
          <Choice key={area.id} name="goalIds" value={area.id} defaultChecked={initial?.goalIds.includes(area.id)}>
            {area.name}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("goalsText")} hint={t("goalsTextHint")} error={save.error("goalsText")}>
        {(p) => <Textarea {...p} name="goalsText" defaultValue={initial?.goalsText} maxLength={1000} />}
      </Field>
      <ChoiceGroup legend={t("languages")} hint={t("languagesHint")} error={save.error("languages")} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="languages" value={code} defaultChecked={languages.includes(code)}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("preferences")} columns={1}>
        <Choice name="prefersOtherDepartment" defaultChecked={initial?.prefersOtherDepartment}>
          {t("otherDepartment")}
        </Choice>
        <Choice name="prefersOtherSector" defaultChecked={initial?.prefersOtherSector}>
          {t("otherSector")}
        </Choice>
      </ChoiceGroup>
      <ChoiceGroup legend={t("dutyStation")} columns={3}>
        {(["none", "other", "same"] as const).map((v) => (
          <Choice key={v} type="radio" name="dutyStation" value={v} defaultChecked={dutyStation === v}>
            {t(`dutyStation_${v}`)}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("duration")} hint={t("durationHint")} error={save.error("desiredDurationMonths")}>
        {(p) => <DurationSelect {...p} name="desiredDurationMonths" defaultValue={initial?.desiredDurationMonths ?? 6} />}
      </Field>
      <FormError message={save.formError} />
      <SubmitButton busy={save.pending}>{initial ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
