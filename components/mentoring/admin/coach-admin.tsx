"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { AddCoachInput, MENTORING_LANGUAGES, type MentoringLanguage } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { useLanguageName } from "~/components/mentoring/match-reasons";

export function AddCoachForm() {
  const t = useTranslations("mentoring.coaches");
  const tc = useTranslations("common");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const add = useMutation(trpc.mentoringAdmin.addCoach.mutationOptions());
  const [employeeId, setEmployeeId] = useState("");
  const [bio, setBio] = useState("");
  const [languages, setLanguages] = useState<string[]>(["en"]);
  const [errors, setErrors] = useState<{ employeeId?: string; languages?: string; form?: string }>({});
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = AddCoachInput.safeParse({ employeeId, bio, languages: languages as MentoringLanguage[] });
        if (!parsed.success) {
          const f = parsed.error.flatten().fieldErrors;
          return setErrors({ employeeId: f.employeeId?.[0], languages: f.languages?.[0] });
        }
        try {
          const c = await add.mutateAsync(parsed.data);
          toast("success", t("added", { name: c.fullName }));
          setEmployeeId("");
          setBio("");
          setErrors({});
          router.refresh();
        } catch (err) {
          setErrors({ employeeId: errorMessage(err, tc("somethingWentWrong")) });
        }
      }}
    >
      <Field label={t("employeeId")} error={errors.employeeId}>
        {(p) => <Input {...p} value={employeeId} onChange={(e) => setEmployeeId(e.target.value)} inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field label={t("bio")}>{(p) => <Textarea {...p} value={bio} onChange={(e) => setBio(e.target.value)} rows={3} maxLength={1500} />}</Field>
      <ChoiceGroup legend={t("languages")} error={errors.languages} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="coachLanguages" checked={languages.includes(code)} onChange={(on) => setLanguages(on ? [...languages, code] : languages.filter((l) => l !== code))}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <Button type="submit" busy={add.isPending}>
        {t("add")}
      </Button>
    </form>
  );
}

export function CoachListedToggle({ coachId, listed, name }: { coachId: string; listed: boolean; name: string }) {
  const t = useTranslations("mentoring.coaches");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const set = useMutation(trpc.mentoringAdmin.setCoachListed.mutationOptions());
  return (
    <Button
      variant="ghost"
      size="sm"
      busy={set.isPending}
      aria-label={listed ? t("unlistCoach", { name }) : t("listCoach", { name })}
      onClick={async () => {
        try {
          await set.mutateAsync({ id: coachId, listed: !listed });
          router.refresh();
        } catch (err) {
          toast("error", errorMessage(err, tc("somethingWentWrong")));
        }
      }}
    >
      {listed ? t("unlist") : t("list")}
    </Button>
  );
}
