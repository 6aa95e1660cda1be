"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import {
  AddGoalInput,
  CLOSE_REASONS,
  CheckInInput,
  ClosePairingInput,
  ConfirmPairingInput,
  FeedbackInput,
  LogMeetingInput,
  PAIRING_DURATIONS,
  ProposeExtensionInput,
} from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Badge } from "~/components/ui/badge";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { DurationSelect } from "~/components/mentoring/duration-select";

/** "true"/"false" from a radio pair, null when neither was chosen. */
const yesNo = (v: string) => (v === "true" ? true : v === "false" ? false : null);

/** A proposed pairing (from a round): confirm with a length, or decline. */
export function ConfirmProposal({ pairingId, durationMonths, confirmed }: { pairingId: string; durationMonths: number; confirmed: boolean }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const confirm = useFormAction({
    schema: ConfirmPairingInput,
    mutation: trpc.mentoring.confirmPairing.mutationOptions(),
    values: (f) => ({ pairingId, durationMonths: f.number("durationMonths") }),
    success: (r) => (r.status === "ACTIVE" ? t("startedToast") : t("confirmedToast")),
  });
  const decline = useAction(trpc.mentoring.declineProposal.mutationOptions(), { errors: "inline", success: t("declinedToast") });
  return (
    <form noValidate className="space-y-4" onSubmit={confirm.onSubmit}>
      <Field label={t("length")} hint={t("lengthHint")} error={confirm.error("durationMonths")}>
        {(p) => <DurationSelect {...p} name="durationMonths" defaultValue={durationMonths} />}
      </Field>
      <FormError message={confirm.formError ?? decline.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton busy={confirm.pending}>{confirmed ? t("updateLength") : t("confirm")}</SubmitButton>
        <Button variant="secondary" busy={decline.pending} disabled={!decline.hydrated} onClick={() => void decline.run({ pairingId })}>
          {t("declineProposal")}
        </Button>
      </div>
    </form>
  );
}

/** The mid-point check-in: on track or not, and a note for the other member. */
export function CheckInForm({ pairingId }: { pairingId: string }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const save = useFormAction({
    schema: CheckInInput,
    mutation: trpc.mentoring.checkIn.mutationOptions(),
    values: (f) => ({ pairingId, onTrack: yesNo(f.text("onTrack")), note: f.text("note") }),
    success: t("checkInSaved"),
  });
  return (
    <form noValidate className="space-y-3" onSubmit={save.onSubmit}>
      <ChoiceGroup legend={t("checkInQuestion")} columns={2} error={save.errors.onTrack && t("checkInChoose")}>
        <Choice type="radio" name="onTrack" value="true">
          {t("onTrack")}
        </Choice>
        <Choice type="radio" name="onTrack" value="false">
          {t("offTrack")}
        </Choice>
      </ChoiceGroup>
      <Field label={t("checkInNote")} error={save.error("note")}>
        {(p) => <Textarea {...p} name="note" rows={2} maxLength={1000} />}
      </Field>
      <FormError message={save.formError} />
      <SubmitButton busy={save.pending}>{t("checkInSubmit")}</SubmitButton>
    </form>
  );
}

type Goal = { id: string; title: string; progress: number };

export function GoalsPanel({ pairingId, goals, editable }: { pairingId: string; goals: Goal[]; editable: boolean }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const add = useFormAction({
    schema: AddGoalInput,
    mutation: trpc.mentoring.addGoal.mutationOptions(),
    values: (f) => ({ pairingId, title: f.text("title") }),
    resetOnSuccess: true,
  });
  const progress = useAction(trpc.mentoring.setGoalProgress.mutationOptions());
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
                    disabled={!progress.hydrated}
                    onChange={(e) => void progress.run({ goalId: g.id, progress: Number(e.target.value) })}
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
        <form noValidate className="flex flex-wrap items-end gap-2" onSubmit={add.onSubmit}>
          <div className="min-w-60 flex-1">
            <Field label={t("newGoal")} error={add.error("title") ?? add.formError}>
              {(p) => <Input {...p} name="title" maxLength={200} />}
            </Field>
          </div>
          <SubmitButton variant="secondary" busy={add.pending}>
            {t("addGoal")}
          </SubmitButton>
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
  const log = useFormAction({
    schema: LogMeetingInput,
    mutation: trpc.mentoring.logMeeting.mutationOptions(),
    values: (f) => ({ pairingId, heldOn: f.text("heldOn"), minutes: f.number("minutes"), topics: f.text("topics"), notes: f.text("notes"), notesShared: f.checked("notesShared") }),
    success: t("meetingLogged"),
    resetOnSuccess: true,
  });
  return (
    <div className="space-y-6">
      {editable && (
        <form noValidate className="grid gap-4 rounded-md bg-slate-50 p-4 sm:grid-cols-3" onSubmit={log.onSubmit}>
          <Field label={t("meetingDate")} error={log.error("heldOn")}>
            {(p) => <Input {...p} name="heldOn" type="date" max={today} defaultValue={today} />}
          </Field>
          <Field label={t("meetingMinutes")} error={log.error("minutes")}>
            {(p) => <Input {...p} name="minutes" type="number" min={5} max={600} step={5} defaultValue="60" />}
          </Field>
          <Field label={t("meetingTopics")} error={log.error("topics")}>
            {(p) => <Input {...p} name="topics" maxLength={300} />}
          </Field>
          <div className="sm:col-span-3">
            <Field label={t("meetingNotes")} hint={t("meetingNotesHint")} error={log.error("notes")}>
              {(p) => <Textarea {...p} name="notes" rows={3} maxLength={4000} />}
            </Field>
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-800 sm:col-span-2">
            <input type="checkbox" name="notesShared" className="size-4 accent-brand-600" />
            {t("shareNotes")}
          </label>
          <div className="sm:text-right">
            <SubmitButton busy={log.pending}>{t("logMeeting")}</SubmitButton>
          </div>
          <div className="sm:col-span-3">
            <FormError message={log.formError} />
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

/**
 * A proposed extension: the other member confirms or declines it (naming the length they were shown), the proposer
 * may withdraw it. Nothing changes until it is confirmed.
 */
export function ExtensionProposal({
  pairingId,
  months,
  endsOn,
  partnerName,
  mine,
}: {
  pairingId: string;
  months: number;
  /** the end date the extension gives, already formatted */
  endsOn: string;
  partnerName: string;
  mine: boolean;
}) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const answer = useAction(trpc.mentoring.answerExtension.mutationOptions(), {
    errors: "inline",
    success: (r) => (r.extended ? t("extensionConfirmedToast", { date: endsOn }) : t("extensionDeclinedToast", { name: partnerName })),
  });
  const withdraw = useAction(trpc.mentoring.withdrawExtension.mutationOptions(), { errors: "inline", success: t("extensionWithdrawnToast", { name: partnerName }) });
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {mine ? t("extensionMine", { months, date: endsOn, name: partnerName }) : t("extensionToAnswer", { months, date: endsOn, name: partnerName })}
      </p>
      <div className="flex flex-wrap gap-2">
        {mine ? (
          <Button variant="secondary" busy={withdraw.pending} disabled={!withdraw.hydrated} onClick={() => void withdraw.run({ pairingId })}>
            {t("withdrawExtension")}
          </Button>
        ) : (
          <>
            <Button busy={answer.pending} disabled={!answer.hydrated} onClick={() => void answer.run({ pairingId, durationMonths: months as 6, accept: true })}>
              {t("confirmExtension")}
            </Button>
            <Button variant="secondary" disabled={!answer.hydrated || answer.pending} onClick={() => void answer.run({ pairingId, durationMonths: months as 6, accept: false })}>
              {t("declineExtension")}
            </Button>
          </>
        )}
      </div>
      <FormError message={answer.error ?? withdraw.error} />
    </div>
  );
}

/**
 * Propose a longer length (the partner confirms it; hidden while a proposal waits), or close (completed from the
 * planned end, otherwise early with a reason).
 */
export function ManagePairing({
  pairingId,
  durationMonths,
  endReached,
  partnerName,
  extensionPending,
}: {
  pairingId: string;
  durationMonths: number;
  endReached: boolean;
  partnerName: string;
  extensionPending: boolean;
}) {
  const t = useTranslations("mentoring.pairing");
  const tm = useTranslations("mentoring");
  const trpc = useTRPC();
  const longer = PAIRING_DURATIONS.filter((d) => d > durationMonths);
  const extend = useFormAction({
    schema: ProposeExtensionInput,
    mutation: trpc.mentoring.proposeExtension.mutationOptions(),
    values: (f) => ({ pairingId, durationMonths: f.number("durationMonths") }),
    success: t("extensionProposedToast", { name: partnerName }),
  });
  const close = useFormAction({
    schema: ClosePairingInput,
    mutation: trpc.mentoring.closePairing.mutationOptions(),
    values: (f) => ({ pairingId, reason: f.optional("reason"), note: f.optional("note") }),
    success: t("closedToast"),
  });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form noValidate className="space-y-3" onSubmit={extend.onSubmit}>
        <h3 className="text-sm font-semibold text-slate-900">{t("extendTitle")}</h3>
        {extensionPending ? (
          <p className="text-sm text-slate-600">{t("extensionTitle")}</p>
        ) : longer.length === 0 ? (
          <p className="text-sm text-slate-600">{t("extendMax")}</p>
        ) : (
          <>
            <Field label={t("newLength")} hint={t("extendHint", { name: partnerName })} error={extend.error("durationMonths") ?? extend.formError}>
              {(p) => <DurationSelect {...p} name="durationMonths" durations={longer} />}
            </Field>
            <SubmitButton variant="secondary" busy={extend.pending}>
              {t("extend")}
            </SubmitButton>
          </>
        )}
      </form>
      <form noValidate className="space-y-3" onSubmit={close.onSubmit}>
        <h3 className="text-sm font-semibold text-slate-900">{endReached ? t("closeTitle") : t("closeEarlyTitle")}</h3>
        <Field label={endReached ? t("closeReasonOptional") : t("closeReason")} error={close.error("reason")}>
          {(p) => (
            <Select {...p} name="reason" defaultValue="">
              <option value="">{t("chooseReason")}</option>
              {CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tm(`closeReasons.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("closeNote")} error={close.error("note")}>
          {(p) => <Textarea {...p} name="note" rows={2} maxLength={1000} />}
        </Field>
        <FormError message={close.formError} />
        <SubmitButton variant={endReached ? "primary" : "danger"} busy={close.pending}>
          {endReached ? t("close") : t("closeEarly")}
        </SubmitButton>
      </form>
    </div>
  );
}

export function FeedbackForm({ pairingId }: { pairingId: string }) {
  const t = useTranslations("mentoring.pairing");
  const trpc = useTRPC();
  const give = useFormAction({
    schema: FeedbackInput,
    mutation: trpc.mentoring.giveFeedback.mutationOptions(),
    values: (f) => ({ pairingId, rating: f.number("rating"), comment: f.text("comment"), rematchRequested: f.checked("rematchRequested") }),
    success: t("feedbackThanks"),
  });
  return (
    <form noValidate className="space-y-4" onSubmit={give.onSubmit}>
      <ChoiceGroup legend={t("rating")} hint={t("ratingHint")} columns={3} error={give.errors.rating && t("ratingRequired")}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Choice key={n} type="radio" name="rating" value={String(n)}>
            {t(`rating${n}` as "rating1")}
          </Choice>
        ))}
      </ChoiceGroup>
      <Field label={t("comment")} error={give.error("comment")}>
        {(p) => <Textarea {...p} name="comment" rows={3} maxLength={2000} />}
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="rematchRequested" className="size-4 accent-brand-600" />
        {t("rematch")}
      </label>
      <FormError message={give.formError} />
      <SubmitButton busy={give.pending}>{t("sendFeedback")}</SubmitButton>
    </form>
  );
}
