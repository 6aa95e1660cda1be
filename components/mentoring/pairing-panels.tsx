"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { AddGoalInput, CLOSE_REASONS, CheckInInput, ClosePairingInput, FeedbackInput, LogMeetingInput, PAIRING_DURATIONS } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Badge } from "~/components/ui/badge";
import { useToast } from "~/components/ui/toast";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";

function useAct() {
  const router = useRouter();
  const toast = useToast();
  const tc = useTranslations("common");
  return {
    toast,
    refresh: () => router.refresh(),
    fail: (err: unknown) => errorMessage(err, tc("somethingWentWrong")),
  };
}

function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm text-red-700">
      {message}
    </p>
  );
}

/** A proposed pairing (from a round): confirm with a length, or decline. */
export function ConfirmProposal({ pairingId, durationMonths, confirmed }: { pairingId: string; durationMonths: number; confirmed: boolean }) {
  const t = useTranslations("mentoring.pairing");
  const tm = useTranslations("mentoring");
  const trpc = useTRPC();
  const act = useAct();
  const confirm = useMutation(trpc.mentoring.confirmPairing.mutationOptions());
  const decline = useMutation(trpc.mentoring.declineProposal.mutationOptions());
  const [duration, setDuration] = useState(String(durationMonths));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <Field label={t("length")} hint={t("lengthHint")}>
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
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button
          busy={confirm.isPending}
          onClick={async () => {
            try {
              const r = await confirm.mutateAsync({ pairingId, durationMonths: Number(duration) as 3 | 6 | 9 | 12 });
              act.toast("success", r.status === "ACTIVE" ? t("startedToast") : t("confirmedToast"));
              act.refresh();
            } catch (err) {
              setError(act.fail(err));
            }
          }}
        >
          {confirmed ? t("updateLength") : t("confirm")}
        </Button>
        <Button
          variant="secondary"
          busy={decline.isPending}
          onClick={async () => {
            try {
              await decline.mutateAsync({ pairingId });
              act.toast("success", t("declinedToast"));
              act.refresh();
            } catch (err) {
              setError(act.fail(err));
            }
          }}
        >
          {t("declineProposal")}
        </Button>
      </div>
    </div>
  );
}

/** The mid-point check-in: on track or not, and a note for the other member. */
export function CheckInForm({ pairingId }: { pairingId: string }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const act = useAct();
  const save = useMutation(trpc.mentoring.checkIn.mutationOptions());
  const [onTrack, setOnTrack] = useState<boolean | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = CheckInInput.safeParse({ pairingId, onTrack, note });
        if (!parsed.success) return setError(t("checkInChoose"));
        try {
          await save.mutateAsync(parsed.data);
          act.toast("success", t("checkInSaved"));
          act.refresh();
        } catch (err) {
          setError(act.fail(err));
        }
      }}
    >
      <ChoiceGroup legend={t("checkInQuestion")} columns={2}>
        <Choice type="radio" name="onTrack" checked={onTrack === true} onChange={() => setOnTrack(true)}>
          {t("onTrack")}
        </Choice>
        <Choice type="radio" name="onTrack" checked={onTrack === false} onChange={() => setOnTrack(false)}>
          {t("offTrack")}
        </Choice>
      </ChoiceGroup>
      <Field label={t("checkInNote")}>{(p) => <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />}</Field>
      <FormError message={error} />
      <Button type="submit" busy={save.isPending}>
        {t("checkInSubmit")}
      </Button>
    </form>
  );
}

type Goal = { id: string; title: string; progress: number };

export function GoalsPanel({ pairingId, goals, editable }: { pairingId: string; goals: Goal[]; editable: boolean }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const act = useAct();
  const add = useMutation(trpc.mentoring.addGoal.mutationOptions());
  const progress = useMutation(trpc.mentoring.setGoalProgress.mutationOptions());
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {goals.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noGoals")}</p>
      ) : (
        <ul className="space-y-3">
          {goals.map((g) => (
            <li key={g.id} className="space-y-1">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm font-medium text-slate-900">{g.title}</span>
                {editable ? (
                  <Select
                    aria-label={t("progressOf", { goal: g.title })}
                    className="w-28 py-1"
                    value={String(g.progress)}
                    onChange={async (e) => {
                      try {
                        await progress.mutateAsync({ goalId: g.id, progress: Number(e.target.value) });
                        act.refresh();
                      } catch (err) {
                        act.toast("error", act.fail(err));
                      }
                    }}
                  >
                    {[0, 25, 50, 75, 100].map((v) => (
                      <option key={v} value={v}>
                        {t("percent", { n: v })}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <span className="text-sm text-slate-600">{t("percent", { n: g.progress })}</span>
                )}
              </div>
              <div className="h-2 rounded-full bg-slate-100" role="progressbar" aria-label={g.title} aria-valuenow={g.progress} aria-valuemin={0} aria-valuemax={100}>
                <div className="h-2 rounded-full bg-brand-600" style={{ width: `${g.progress}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          noValidate
          className="flex flex-wrap items-end gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            const parsed = AddGoalInput.safeParse({ pairingId, title });
            if (!parsed.success) return setError(parsed.error.flatten().fieldErrors.title?.[0] ?? null);
            try {
              await add.mutateAsync(parsed.data);
              setTitle("");
              setError(null);
              act.refresh();
            } catch (err) {
              setError(act.fail(err));
            }
          }}
        >
          <div className="min-w-60 flex-1">
            <Field label={t("newGoal")} error={error}>
              {(p) => <Input {...p} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
            </Field>
          </div>
          <Button type="submit" variant="secondary" busy={add.isPending}>
            {t("addGoal")}
          </Button>
        </form>
      )}
    </div>
  );
}

type Meeting = { id: string; heldOn: Date; minutes: number; topics: string; notes: string | null; notesShared: boolean; mine: boolean; authorName: string };

export function MeetingLog({ pairingId, meetings, editable, today }: { pairingId: string; meetings: Meeting[]; editable: boolean; today: string }) {
  const t = useTranslations("mentoring.pairing");
  const format = useFormatter();
  const trpc = useTRPC();
  const act = useAct();
  const log = useMutation(trpc.mentoring.logMeeting.mutationOptions());
  const [heldOn, setHeldOn] = useState(today);
  const [minutes, setMinutes] = useState("60");
  const [topics, setTopics] = useState("");
  const [notes, setNotes] = useState("");
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<"heldOn" | "minutes" | "topics" | "notes" | "form", string>>>({});
  return (
    <div className="space-y-6">
      {editable && (
        <form
          noValidate
          className="grid gap-4 rounded-md bg-slate-50 p-4 sm:grid-cols-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const parsed = LogMeetingInput.safeParse({ pairingId, heldOn, minutes: Number(minutes), topics, notes, notesShared: shared });
            if (!parsed.success) {
              const f = parsed.error.flatten().fieldErrors;
              return setErrors({ heldOn: f.heldOn?.[0], minutes: f.minutes?.[0], topics: f.topics?.[0], notes: f.notes?.[0] });
            }
            try {
              await log.mutateAsync(parsed.data);
              act.toast("success", t("meetingLogged"));
              setTopics("");
              setNotes("");
              setShared(false);
              setErrors({});
              act.refresh();
            } catch (err) {
              const field = fieldError(err) as "heldOn" | null;
              setErrors({ [field ?? "form"]: act.fail(err) });
            }
          }}
        >
          <Field label={t("meetingDate")} error={errors.heldOn}>
            {(p) => <Input {...p} type="date" max={today} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
          </Field>
          <Field label={t("meetingMinutes")} error={errors.minutes}>
            {(p) => <Input {...p} type="number" min={5} max={600} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
          </Field>
          <Field label={t("meetingTopics")} error={errors.topics}>
            {(p) => <Input {...p} value={topics} onChange={(e) => setTopics(e.target.value)} maxLength={300} />}
          </Field>
          <div className="sm:col-span-3">
            <Field label={t("meetingNotes")} hint={t("meetingNotesHint")} error={errors.notes}>
              {(p) => <Textarea {...p} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} maxLength={4000} />}
            </Field>
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-800 sm:col-span-2">
            <input type="checkbox" className="size-4 accent-brand-600" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t("shareNotes")}
          </label>
          <div className="sm:text-right">
            <Button type="submit" busy={log.isPending}>
              {t("logMeeting")}
            </Button>
          </div>
          <div className="sm:col-span-3">
            <FormError message={errors.form} />
          </div>
        </form>
      )}
      {meetings.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMeetings")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("meetings")}>
          {meetings.map((m) => (
            <li key={m.id} className="rounded-md p-3 ring-1 ring-slate-200">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm font-medium text-slate-900">
                  {format.dateTime(m.heldOn, { dateStyle: "medium", timeZone: "UTC" })} · {t("minutes", { n: m.minutes })}
                </p>
                <p className="text-xs text-slate-500">{t("loggedBy", { name: m.authorName })}</p>
              </div>
              <p className="mt-1 text-sm text-slate-700">{m.topics}</p>
              {m.notes !== null && (
                <div className="mt-2 rounded bg-slate-50 p-2 text-sm whitespace-pre-line text-slate-700">
                  <Badge tone={m.notesShared ? "info" : "neutral"}>{m.notesShared ? t("sharedNotes") : t("privateNotes")}</Badge>
                  <p className="mt-1">{m.notes}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Extend to a longer length, or close (completed from the planned end, otherwise early with a reason). */
export function ManagePairing({ pairingId, durationMonths, endReached }: { pairingId: string; durationMonths: number; endReached: boolean }) {
  const t = useTranslations("mentoring.pairing");
  const tm = useTranslations("mentoring");
  const trpc = useTRPC();
  const act = useAct();
  const extend = useMutation(trpc.mentoring.extendPairing.mutationOptions());
  const close = useMutation(trpc.mentoring.closePairing.mutationOptions());
  const longer = PAIRING_DURATIONS.filter((d) => d > durationMonths);
  const [newLength, setNewLength] = useState(String(longer[0] ?? ""));
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ extend?: string; reason?: string; note?: string; close?: string }>({});
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-900">{t("extendTitle")}</h3>
        {longer.length === 0 ? (
          <p className="text-sm text-slate-600">{t("extendMax")}</p>
        ) : (
          <>
            <Field label={t("newLength")} error={errors.extend}>
              {(p) => (
                <Select {...p} value={newLength} onChange={(e) => setNewLength(e.target.value)} className="max-w-xs">
                  {longer.map((m) => (
                    <option key={m} value={m}>
                      {tm("months", { months: m })}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button
              variant="secondary"
              busy={extend.isPending}
              onClick={async () => {
                try {
                  await extend.mutateAsync({ pairingId, durationMonths: Number(newLength) as 3 | 6 | 9 | 12 });
                  act.toast("success", t("extendedToast"));
                  act.refresh();
                } catch (err) {
                  setErrors({ extend: act.fail(err) });
                }
              }}
            >
              {t("extend")}
            </Button>
          </>
        )}
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-900">{endReached ? t("closeTitle") : t("closeEarlyTitle")}</h3>
        <Field label={endReached ? t("closeReasonOptional") : t("closeReason")} error={errors.reason}>
          {(p) => (
            <Select {...p} value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="">{t("chooseReason")}</option>
              {CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tm(`closeReasons.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("closeNote")} error={errors.note}>
          {(p) => <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />}
        </Field>
        <FormError message={errors.close} />
        <Button
          variant={endReached ? "primary" : "danger"}
          busy={close.isPending}
          onClick={async () => {
            const parsed = ClosePairingInput.safeParse({ pairingId, reason: reason || undefined, note: note || undefined });
            if (!parsed.success) return setErrors({ note: parsed.error.flatten().fieldErrors.note?.[0] });
            try {
              await close.mutateAsync(parsed.data);
              act.toast("success", t("closedToast"));
              act.refresh();
            } catch (err) {
              setErrors(fieldError(err) === "reason" ? { reason: act.fail(err) } : { close: act.fail(err) });
            }
          }}
        >
          {endReached ? t("close") : t("closeEarly")}
        </Button>
      </div>
    </div>
  );
}

export function FeedbackForm({ pairingId }: { pairingId: string }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const act = useAct();
  const give = useMutation(trpc.mentoring.giveFeedback.mutationOptions());
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [rematch, setRematch] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = FeedbackInput.safeParse({ pairingId, rating, comment, rematchRequested: rematch });
        if (!parsed.success) return setError(t("ratingRequired"));
        try {
          await give.mutateAsync(parsed.data);
          act.toast("success", t("feedbackThanks"));
          act.refresh();
        } catch (err) {
          setError(act.fail(err));
        }
      }}
    >
      <ChoiceGroup legend={t("rating")} hint={t("ratingHint")} columns={3}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Choice key={n} type="radio" name="rating" checked={rating === n} onChange={() => setRating(n)}>
            {t(`rating${n}` as "rating1")}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("comment")}>{(p) => <Textarea {...p} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} maxLength={2000} />}</Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="size-4 accent-brand-600" checked={rematch} onChange={(e) => setRematch(e.target.checked)} />
        {t("rematch")}
      </label>
      <FormError message={error} />
      <Button type="submit" busy={give.isPending}>
        {t("sendFeedback")}
      </Button>
    </form>
  );
}
