"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AddCoachInput, MENTORING_LANGUAGES } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { useLanguageName } from "~/components/mentoring/match-reasons";

export function AddCoachForm() {
  const t = useTranslations("mentoring.coaches");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const add = useFormAction({
    schema: AddCoachInput,
    mutation: trpc.mentoringAdmin.addCoach.mutationOptions(),
    values: (f) => ({ employeeId: f.text("employeeId"), bio: f.text("bio"), languages: f.all("languages") }),
    success: (c) => t("added", { name: c.fullName }),
    resetOnSuccess: true,
  });
  return (
    <form noValidate className="space-y-4" onSubmit={add.onSubmit}>
      <Field label={t("employeeId")} error={add.error("employeeId")}>
        {(p) => <Input {...p} name="employeeId" inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field label={t("bio")} error={add.error("bio")}>
        {(p) => <Textarea {...p} name="bio" rows={3} maxLength={1500} />}
      </Field>
      <ChoiceGroup legend={t("languages")} error={add.error("languages")} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="languages" value={code} defaultChecked={code === "en"}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <FormError message={add.formError} />
      <SubmitButton busy={add.pending}>{t("add")}</SubmitButton>
    </form>
  );
}

export function CoachListedToggle({ coachId, listed, name }: { coachId: string; listed: boolean; name: string }) {
  const t = useTranslations("mentoring.coaches");
  const trpc = useTRPC();
  const set = useAction(trpc.mentoringAdmin.setCoachListed.mutationOptions());
  return (
    <Button
      variant="ghost"
      size="sm"
      busy={set.pending}
      disabled={!set.hydrated}
      aria-label={listed ? t("unlistCoach", { name }) : t("listCoach", { name })}
      onClick={() => void set.run({ id: coachId, listed: !listed })}
    >
      {listed ? t("unlist") : t("list")}
    </Button>
  );
}
