"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { MAX_MENTOR_CAPACITY, MENTORING_LANGUAGES, MentorProfileInput, type MentoringLanguage } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
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

type FieldName = "bio" | "expertiseIds" | "languages" | "yearsExperience" | "capacity" | "pausedUntil" | "listed" | "form";

export function MentorProfileForm({ initial, expertise, mayList }: { initial: Initial; expertise: { id: string; name: string }[]; mayList: boolean }) {
  const t = useTranslations("mentoring.mentorProfile");
  const tc = useTranslations("common");
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const save = useMutation(trpc.mentoring.saveMentorProfile.mutationOptions());
  const [bio, setBio] = useState(initial?.bio ?? "");
  const [expertiseIds, setExpertiseIds] = useState<string[]>(initial?.expertiseIds ?? []);
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? ["en"]);
  const [years, setYears] = useState(String(initial?.yearsExperience ?? ""));
  const [capacity, setCapacity] = useState(String(initial?.capacity ?? 2));
  const [paused, setPaused] = useState(initial?.pausedUntil !== null && initial?.pausedUntil !== undefined);
  const [pausedUntil, setPausedUntil] = useState(initial?.pausedUntil ?? "");
  const [listed, setListed] = useState(initial?.listed ?? mayList);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = MentorProfileInput.safeParse({
      bio,
      expertiseIds,
      languages: languages as MentoringLanguage[],
      yearsExperience: years === "" ? Number.NaN : Number(years),
      capacity: Number(capacity),
      pausedUntil: paused ? pausedUntil : null,
      listed,
    });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      setErrors({
        bio: f.bio?.[0],
        expertiseIds: f.expertiseIds?.[0],
        languages: f.languages?.[0],
        yearsExperience: f.yearsExperience?.[0] && t("yearsError"),
        capacity: f.capacity?.[0],
        pausedUntil: f.pausedUntil?.[0],
      });
      return;
    }
    setErrors({});
    try {
      const saved = await save.mutateAsync(parsed.data);
      toast("success", saved.listed ? t("savedListed") : t("saved"));
      router.refresh();
    } catch (err) {
      const field = (fieldError(err) as FieldName | null) ?? "form";
      setErrors({ [field]: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Field label={t("bio")} hint={t("bioHint")} error={errors.bio}>
        {(p) => <Textarea {...p} value={bio} onChange={(e) => setBio(e.target.value)} maxLength={1500} rows={5} />}
      </Field>
      <ChoiceGroup legend={t("expertise")} hint={t("expertiseHint")} error={errors.expertiseIds} columns={3}>
        {expertise.map((area) => (
          <Choice key={area.id} name="expertise" checked={expertiseIds.includes(area.id)} onChange={(on) => setExpertiseIds(toggle(expertiseIds, area.id, on))}>
            {area.name}
          </Choice>
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("languages")} error={errors.languages} columns={3}>
        {MENTORING_LANGUAGES.map((code) => (
          <Choice key={code} name="languages" checked={languages.includes(code)} onChange={(on) => setLanguages(toggle(languages, code, on))}>
            {languageName(code)}
          </Choice>
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("years")} error={errors.yearsExperience}>
          {(p) => <Input {...p} type="number" inputMode="numeric" min={0} max={50} value={years} onChange={(e) => setYears(e.target.value)} />}
        </Field>
        <Field label={t("capacity")} hint={t("capacityHint")} error={errors.capacity}>
          {(p) => (
            <Select {...p} value={capacity} onChange={(e) => setCapacity(e.target.value)}>
              {Array.from({ length: MAX_MENTOR_CAPACITY }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {t("capacityOption", { n })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <ChoiceGroup legend={t("availability")} columns={1} error={errors.pausedUntil}>
        <Choice type="radio" name="availability" checked={!paused} onChange={() => setPaused(false)}>
          {t("open")}
        </Choice>
        <Choice type="radio" name="availability" checked={paused} onChange={() => setPaused(true)}>
          {t("paused")}
        </Choice>
      </ChoiceGroup>
      {paused && (
        <Field label={t("pausedUntil")} hint={t("pausedUntilHint")}>
          {(p) => <Input {...p} type="date" value={pausedUntil} onChange={(e) => setPausedUntil(e.target.value)} className="max-w-xs" />}
        </Field>
      )}
      <ChoiceGroup legend={t("listing")} error={errors.listed} columns={1} hint={mayList ? undefined : t("listingNeedsTraining")}>
        <Choice name="listed" checked={listed} onChange={setListed}>
          {t("listed")}
        </Choice>
      </ChoiceGroup>
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
