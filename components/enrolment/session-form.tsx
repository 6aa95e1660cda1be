"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { CreateSessionInput, SESSION_LANGUAGES, SESSION_TIME_ZONES, UpdateSessionInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

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

let dayKeys = 0;
const minutes = (hhmm: string) => (/^\d{2}:\d{2}$/.test(hhmm) ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) : 0);

/** Schedules a session or changes one: course, delivery, place or link, trainer, seats, language, zone, deadline and days. */
export function SessionForm({ courses, initial, sessionId }: { courses: CourseOption[]; initial: SessionFormValues; sessionId?: string }) {
  const t = useTranslations("enrolment.form");
  const trpc = useTRPC();
  const router = useRouter();
  // The fields are read on submit; state mirrors only what changes the form's shape (course, delivery, day rows).
  const [courseId, setCourseId] = useState(initial.courseId);
  const [delivery, setDelivery] = useState(initial.delivery);
  const [days, setDays] = useState(() => initial.days.map((d) => ({ ...d, key: ++dayKeys })));
  const course = courses.find((c) => c.id === courseId);
  const totalMinutes = days.reduce((s, d) => s + Math.max(0, minutes(d.end) - minutes(d.start)), 0);

  const setDay = (i: number, patch: Partial<Day>) => setDays((x) => x.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const addDay = () =>
    setDays((x) => {
      const last = x[x.length - 1];
      const next = last?.date ? new Date(Date.parse(`${last.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : "";
      return [...x, { date: next, start: last?.start ?? "09:00", end: last?.end ?? "12:30", key: ++dayKeys }];
    });

  const fields = (f: FormValues) => {
    const [starts, ends] = [f.all("dayStart"), f.all("dayEnd")];
    return {
      ...Object.fromEntries(["delivery", "location", "meetingUrl", "trainer", "trainerName", "language", "timeZone", "enrolmentDeadline", "notes"].map((k) => [k, f.text(k)])),
      capacity: Number(f.text("capacity")),
      days: f.all("dayDate").map((date, i) => ({ date, start: starts[i] ?? "", end: ends[i] ?? "" })),
    };
  };
  const open = (id: string) => router.push(`/admin/sessions/${id}`);
  const create = useFormAction({
    schema: CreateSessionInput,
    mutation: trpc.sessions.create.mutationOptions(),
    values: (f) => ({ ...fields(f), courseId: f.text("courseId") }),
    success: t("created"),
    onSuccess: (created) => open(created.id),
  });
  const update = useFormAction({
    schema: UpdateSessionInput,
    mutation: trpc.sessions.update.mutationOptions(),
    values: (f) => ({ ...fields(f), sessionId }),
    success: (result) => (result.notified ? t("updatedNotified") : t("updated")),
    onSuccess: () => open(sessionId!),
  });
  const form = sessionId ? update : create;
  // One message for the days, naming the day it is about.
  const dayIssue = Object.entries(form.errors).find(([k]) => k === "days" || k.startsWith("days."));
  const dayIndex = dayIssue?.[0].split(".")[1];
  const daysError = dayIssue && (dayIndex !== undefined ? t("dayError", { n: Number(dayIndex) + 1, message: dayIssue[1]! }) : dayIssue[1]);

  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card aria-labelledby="form-course">
          <CardTitle id="form-course">{t("courseAndPlace")}</CardTitle>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field label={t("course")} error={form.error("courseId") && (courseId ? form.error("courseId") : t("chooseCourse"))}>
                {(p) => (
                  <Select {...p} name="courseId" defaultValue={initial.courseId} disabled={!!sessionId} onChange={(e) => setCourseId(e.target.value)}>
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
            <Field label={t("delivery")} error={form.error("delivery")}>
              {(p) => (
                <Select {...p} name="delivery" defaultValue={initial.delivery} onChange={(e) => setDelivery(e.target.value as "IN_PERSON" | "VIRTUAL")}>
                  <option value="IN_PERSON">{t("inPerson")}</option>
                  <option value="VIRTUAL">{t("virtual")}</option>
                </Select>
              )}
            </Field>
            {delivery === "IN_PERSON" ? (
              <Field label={t("location")} hint={t("locationHint")} error={form.error("location")}>
                {(p) => <Input {...p} name="location" defaultValue={initial.location} />}
              </Field>
            ) : (
              <Field label={t("meetingUrl")} hint={t("meetingUrlHint")} error={form.error("meetingUrl")}>
                {(p) => <Input {...p} type="url" name="meetingUrl" defaultValue={initial.meetingUrl} />}
              </Field>
            )}
            <Field label={t("trainer")} hint={t("trainerHint")} error={form.error("trainer")}>
              {(p) => <Input {...p} name="trainer" defaultValue={initial.trainer} autoComplete="off" />}
            </Field>
            <Field label={t("trainerName")} hint={t("trainerNameHint")} error={form.error("trainerName")}>
              {(p) => <Input {...p} name="trainerName" defaultValue={initial.trainerName} />}
            </Field>
          </div>
        </Card>

        <Card aria-labelledby="form-days">
          <CardTitle id="form-days" action={<span className="text-sm text-slate-600">{t("totalHours", { hours: totalMinutes / 60, days: Math.round((totalMinutes / 480) * 1000) / 1000 })}</span>}>
            {t("days")}
          </CardTitle>
          <p className="mb-3 text-sm text-slate-600">{t("daysHint")}</p>
          <ol data-field="days" className="space-y-3">
            {days.map((d, i) => (
              <li key={d.key} className="grid items-end gap-3 sm:grid-cols-[1fr_8rem_8rem_auto]">
                <Field label={t("dayDate", { n: i + 1 })}>{(p) => <Input {...p} name="dayDate" type="date" defaultValue={d.date} onChange={(e) => setDay(i, { date: e.target.value })} />}</Field>
                <Field label={t("dayStart", { n: i + 1 })}>{(p) => <Input {...p} name="dayStart" type="time" step={300} defaultValue={d.start} onChange={(e) => setDay(i, { start: e.target.value })} />}</Field>
                <Field label={t("dayEnd", { n: i + 1 })}>{(p) => <Input {...p} name="dayEnd" type="time" step={300} defaultValue={d.end} onChange={(e) => setDay(i, { end: e.target.value })} />}</Field>
                <Button variant="ghost" size="sm" disabled={days.length === 1} onClick={() => setDays((x) => x.filter((_, j) => j !== i))}>
                  {t("removeDay", { n: i + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          {daysError && <p className="mt-2 text-sm text-red-700">{daysError}</p>}
          <Button variant="secondary" size="sm" className="mt-3" onClick={addDay}>
            {t("addDay")}
          </Button>
        </Card>
      </div>

      <div className="space-y-6">
        <Card aria-labelledby="form-seats">
          <CardTitle id="form-seats">{t("seatsAndEnrolment")}</CardTitle>
          <div className="space-y-4">
            <Field label={t("capacity")} error={form.error("capacity")}>
              {(p) => <Input {...p} type="number" min={1} max={1000} name="capacity" defaultValue={initial.capacity} />}
            </Field>
            <Field label={t("language")} error={form.error("language")}>
              {(p) => (
                <Select {...p} name="language" defaultValue={initial.language}>
                  {SESSION_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`languages.${l}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("timeZone")} hint={t("timeZoneHint")} error={form.error("timeZone")}>
              {(p) => (
                <Select {...p} name="timeZone" defaultValue={initial.timeZone}>
                  {SESSION_TIME_ZONES.map((z) => (
                    <option key={z} value={z}>
                      {z.replace(/_/g, " ")}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("deadline")} hint={t("deadlineHint")} error={form.error("enrolmentDeadline")}>
              {(p) => <Input {...p} type="date" name="enrolmentDeadline" defaultValue={initial.enrolmentDeadline} />}
            </Field>
            <Field label={t("notes")} hint={t("notesHint")} error={form.error("notes")}>
              {(p) => <Textarea {...p} name="notes" defaultValue={initial.notes} />}
            </Field>
          </div>
        </Card>
        {course && !sessionId && course.status === "DRAFT" && <Alert tone="warning">{t("draftCourse")}</Alert>}
        <FormError message={form.formError} />
        <div className="flex gap-2">
          <SubmitButton busy={form.pending}>{sessionId ? t("saveChanges") : t("schedule")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
