"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { MAX_MENTOR_CAPACITY, MENTORING_LANGUAGES, MentorProfileInput } from "~/lib/schemas/mentoring";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { useLanguageName } from "~/components/mentoring/match-reasons";

type Initial = {
  bio: string;
  expertiseIds: string[];
  languages: string[];
  yearsExperience: number;
  capacity: number;
  pausedUntil: string | null;
  listed: boolean;
} | null;

export function MentorProfileForm({ initial, expertise, mayList }: { initial: Initial; expertise: { id: string; name: string }[]; mayList: boolean }) {
  const t = useTranslations("mentoring.mentorProfile");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  // Shows the date field; the fields themselves are read on submit.
  const [paused, setPaused] = useState(initial?.pausedUntil !== null && initial?.pausedUntil !== undefined);
  const save = useFormAction({
    schema: MentorProfileInput,
    mutation: trpc.mentoring.saveMentorProfile.mutationOptions(),
    values: (f) => ({
      bio: f.text("bio"),
      expertiseIds: f.all("expertiseIds"),
      languages: f.all("languages"),
      yearsExperience: f.number("yearsExperience") ?? Number.NaN,
      capacity: f.number("capacity"),
      pausedUntil: f.text("availability") === "paused" ? f.text("pausedUntil") : null,
      listed: f.checked("listed"),
    }),
    success: (saved) => (saved.listed ? t("savedListed") : t("saved")),
  });
  const languages = initial?.languages ?? ["en"];

  return (
    <form onSubmit={save.onSubmit} noValidate className="space-y-6">
      <Field label={t("bio")} hint={t("bioHint")} error={save.error("bio")}>
        {(p) => <Textarea {...p} name="bio" defaultValue={initial?.bio} maxLength={1500} rows={5} />}
      </Field>
      <ChoiceGroup legend={t("expertise")} hint={t("expertiseHint")} error={save.error("expertiseIds")} columns={3}>
        {expertise.map((area) => (
          <Choice key={area.id} name="expertiseIds" value={area.id} defaultChecked={initial?.expertiseIds.includes(area.id)}>
            {area.name}
          </Choice>
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("languages")} error={save.error("languages")} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="languages" value={code} defaultChecked={languages.includes(code)}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("years")} error={save.error("yearsExperience") && t("yearsError")}>
          {(p) => <Input {...p} name="yearsExperience" type="number" inputMode="numeric" min={0} max={50} defaultValue={initial?.yearsExperience ?? ""} />}
        </Field>
        <Field label={t("capacity")} hint={t("capacityHint")} error={save.error("capacity")}>
          {(p) => (
            <Select {...p} name="capacity" defaultValue={initial?.capacity ?? 2}>
              {Array.from({ length: MAX_MENTOR_CAPACITY }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {t("capacityOption", { n })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <ChoiceGroup legend={t("availability")} columns={1} error={save.error("pausedUntil")}>
        <Choice type="radio" name="availability" value="open" defaultChecked={!paused} onChange={() => setPaused(false)}>
          {t("open")}
        </Choice>
        <Choice type="radio" name="availability" value="paused" defaultChecked={paused} onChange={() => setPaused(true)}>
          {t("paused")}
        </Choice>
      </ChoiceGroup>
      {paused && (
        <Field label={t("pausedUntil")} hint={t("pausedUntilHint")}>
          {(p) => <Input {...p} name="pausedUntil" type="date" defaultValue={initial?.pausedUntil ?? ""} className="max-w-xs" />}
        </Field>
      )}
      <ChoiceGroup legend={t("listing")} error={save.error("listed")} columns={1} hint={mayList ? undefined : t("listingNeedsTraining")}>
        <Choice name="listed" defaultChecked={initial?.listed ?? mayList}>
          {t("listed")}
        </Choice>
      </ChoiceGroup>
      <FormError message={save.formError} />
      <SubmitButton busy={save.pending}>{initial ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
