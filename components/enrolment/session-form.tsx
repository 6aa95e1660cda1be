"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { SessionFields, SESSION_LANGUAGES, SESSION_TIME_ZONES } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { useToast } from "~/components/ui/toast";

type Day = { date: string; start: string; end: string };
export type SessionFormValues = {
  courseId: string;
  delivery: "IN_PERSON" | "VIRTUAL";
  location: string;
  meetingUrl: string;
  trainer: string;
  trainerName: string;
  capacity: number;
  language: string;
  timeZone: string;
  enrolmentDeadline: string;
  notes: string;
  days: Day[];
};
type CourseOption = { id: string; code: string; title: string; mode: string; status: string };

const minutes = (hhmm: string) => (/^\d{2}:\d{2}$/.test(hhmm) ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) : 0);

/** Schedules a session or changes one: course, delivery, place or link, trainer, seats, language, zone, deadline and days. */
export function SessionForm({ courses, initial, sessionId }: { courses: CourseOption[]; initial: SessionFormValues; sessionId?: string }) {
  const t = useTranslations("enrolment.form");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [v, setV] = useState<SessionFormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.sessions.create.mutationOptions());
  const update = useMutation(trpc.sessions.update.mutationOptions());
  const course = courses.find((c) => c.id === v.courseId);
  const totalMinutes = v.days.reduce((s, d) => s + Math.max(0, minutes(d.end) - minutes(d.start)), 0);

  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => setV((x) => ({ ...x, [key]: value }));
  const setDay = (i: number, patch: Partial<Day>) => setV((x) => ({ ...x, days: x.days.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  const addDay = () =>
    setV((x) => {
      const last = x.days[x.days.length - 1];
      const next = last?.date ? new Date(Date.parse(`${last.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : "";
      return { ...x, days: [...x.days, { date: next, start: last?.start ?? "09:00", end: last?.end ?? "12:30" }] };
    });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = SessionFields.safeParse({ ...v, capacity: v.capacity });
    if (!sessionId && !v.courseId) {
      setErrors({ courseId: t("chooseCourse") });
      return;
    }
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === "days" ? "days" : String(issue.path[0] ?? "form");
        next[key] ??= issue.path[0] === "days" && typeof issue.path[1] === "number" ? t("dayError", { n: issue.path[1] + 1, message: issue.message }) : issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      if (sessionId) {
        const result = await update.mutateAsync({ ...parsed.data, sessionId });
        toast("success", result.notified ? t("updatedNotified") : t("updated"));
        router.push(`/admin/sessions/${sessionId}`);
      } else {
        const created = await create.mutateAsync({ ...parsed.data, courseId: v.courseId });
        toast("success", t("created"));
        router.push(`/admin/sessions/${created.id}`);
      }
      router.refresh();
    } catch (err) {
      const field = fieldError(err);
      if (field) setErrors({ [field]: errorMessage(err, tc("somethingWentWrong")) });
      else setFormError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card aria-labelledby="form-course">
          <CardTitle id="form-course">{t("courseAndPlace")}</CardTitle>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field label={t("course")} error={errors.courseId}>
                {(p) => (
                  <Select {...p} value={v.courseId} disabled={!!sessionId} onChange={(e) => set("courseId", e.target.value)}>
                    <option value="">{t("chooseCourse")}</option>
                    {courses.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.title} ({c.code}) — {t(`mode.${c.mode as "CLASSROOM" | "VIRTUAL" | "BLENDED"}`)}
                        {c.status === "DRAFT" ? ` · ${t("draft")}` : ""}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
            <Field label={t("delivery")} error={errors.delivery}>
              {(p) => (
                <Select {...p} value={v.delivery} onChange={(e) => set("delivery", e.target.value as "IN_PERSON" | "VIRTUAL")}>
                  <option value="IN_PERSON">{t("inPerson")}</option>
                  <option value="VIRTUAL">{t("virtual")}</option>
                </Select>
              )}
            </Field>
            {v.delivery === "IN_PERSON" ? (
              <Field label={t("location")} hint={t("locationHint")} error={errors.location}>
                {(p) => <Input {...p} value={v.location} onChange={(e) => set("location", e.target.value)} />}
              </Field>
            ) : (
              <Field label={t("meetingUrl")} hint={t("meetingUrlHint")} error={errors.meetingUrl}>
                {(p) => <Input {...p} type="url" value={v.meetingUrl} onChange={(e) => set("meetingUrl", e.target.value)} />}
              </Field>
            )}
            <Field label={t("trainer")} hint={t("trainerHint")} error={errors.trainer}>
              {(p) => <Input {...p} value={v.trainer} onChange={(e) => set("trainer", e.target.value)} autoComplete="off" />}
            </Field>
            <Field label={t("trainerName")} hint={t("trainerNameHint")} error={errors.trainerName}>
              {(p) => <Input {...p} value={v.trainerName} onChange={(e) => set("trainerName", e.target.value)} />}
            </Field>
          </div>
        </Card>

        <Card aria-labelledby="form-days">
          <CardTitle id="form-days" action={<span className="text-sm text-slate-600">{t("totalHours", { hours: totalMinutes / 60, days: Math.round((totalMinutes / 480) * 1000) / 1000 })}</span>}>
            {t("days")}
          </CardTitle>
          <p className="mb-3 text-sm text-slate-600">{t("daysHint")}</p>
          <ol className="space-y-3">
            {v.days.map((d, i) => (
              <li key={i} className="grid items-end gap-3 sm:grid-cols-[1fr_8rem_8rem_auto]">
                <Field label={t("dayDate", { n: i + 1 })}>{(p) => <Input {...p} type="date" value={d.date} onChange={(e) => setDay(i, { date: e.target.value })} />}</Field>
                <Field label={t("dayStart", { n: i + 1 })}>{(p) => <Input {...p} type="time" step={300} value={d.start} onChange={(e) => setDay(i, { start: e.target.value })} />}</Field>
                <Field label={t("dayEnd", { n: i + 1 })}>{(p) => <Input {...p} type="time" step={300} value={d.end} onChange={(e) => setDay(i, { end: e.target.value })} />}</Field>
                <Button variant="ghost" size="sm" disabled={v.days.length === 1} onClick={() => setV((x) => ({ ...x, days: x.days.filter((_, j) => j !== i) }))}>
                  {t("removeDay", { n: i + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          {errors.days && <p className="mt-2 text-sm text-red-700">{errors.days}</p>}
          <Button variant="secondary" size="sm" className="mt-3" onClick={addDay}>
            {t("addDay")}
          </Button>
        </Card>
      </div>

      <div className="space-y-6">
        <Card aria-labelledby="form-seats">
          <CardTitle id="form-seats">{t("seatsAndEnrolment")}</CardTitle>
          <div className="space-y-4">
            <Field label={t("capacity")} error={errors.capacity}>
              {(p) => <Input {...p} type="number" min={1} max={1000} value={String(v.capacity)} onChange={(e) => set("capacity", Number(e.target.value))} />}
            </Field>
            <Field label={t("language")} error={errors.language}>
              {(p) => (
                <Select {...p} value={v.language} onChange={(e) => set("language", e.target.value)}>
                  {SESSION_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`languages.${l}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("timeZone")} hint={t("timeZoneHint")} error={errors.timeZone}>
              {(p) => (
                <Select {...p} value={v.timeZone} onChange={(e) => set("timeZone", e.target.value)}>
                  {SESSION_TIME_ZONES.map((z) => (
                    <option key={z} value={z}>
                      {z.replace(/_/g, " ")}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("deadline")} hint={t("deadlineHint")} error={errors.enrolmentDeadline}>
              {(p) => <Input {...p} type="date" value={v.enrolmentDeadline} onChange={(e) => set("enrolmentDeadline", e.target.value)} />}
            </Field>
            <Field label={t("notes")} hint={t("notesHint")} error={errors.notes}>
              {(p) => <Textarea {...p} value={v.notes} onChange={(e) => set("notes", e.target.value)} />}
            </Field>
          </div>
        </Card>
        {course && !sessionId && course.status === "DRAFT" && <Alert tone="warning">{t("draftCourse")}</Alert>}
        {formError && <Alert tone="danger">{formError}</Alert>}
        <div className="flex gap-2">
          <Button type="submit" busy={create.isPending || update.isPending}>
            {sessionId ? t("saveChanges") : t("schedule")}
          </Button>
        </div>
      </div>
    </form>
  );
}
