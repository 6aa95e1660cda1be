import "server-only";
import { toIsoDate } from "~/lib/dates";
import { runReminders, type ReminderRun } from "~/server/compliance/reminders";
import { deliverPending, type DeliveryResult } from "~/server/mail/delivery";
import { smtpTransport } from "~/server/mail/transport";
import { runMentoringDaily } from "~/server/mentoring/daily";
import { deleteOldNotifications } from "~/server/notifications/notifications";
import { runPathsDaily } from "~/server/paths/completion";
import { runLicencesDaily } from "~/server/licences/daily";
import { runEvaluationsDaily } from "~/server/evaluations/daily";

/** The background jobs: what each does, when it runs (cron in Geneva time), and how pg-boss treats it. */
export const JOBS = {
  reminders: {
    queue: "compliance.reminders",
    cron: "0 6 * * *",
    /** stately: at most one waiting and one running, so a slow run never piles up copies */
    policy: "stately",
    retryLimit: 3,
    retryDelay: 300,
  },
  mentoring: {
    queue: "mentoring.daily",
    cron: "15 6 * * *",
    policy: "stately",
    retryLimit: 3,
    retryDelay: 300,
  },
  learning: {
    queue: "learning.daily",
    cron: "30 6 * * *",
    policy: "stately",
    retryLimit: 3,
    retryDelay: 300,
  },
  delivery: {
    queue: "mail.deliver",
    cron: "* * * * *",
    policy: "stately",
    retryLimit: 0,
    retryDelay: 0,
  },
  xapi: {
    queue: "xapi.deliver",
    cron: "* * * * *",
    policy: "stately",
    retryLimit: 0,
    retryDelay: 0,
  },
} as const;

export const JOB_TIME_ZONE = "Europe/Zurich";

/** The daily compliance run: reminders and manager digests into the outbox for day `asOf` (default: now). */
export async function reminderJob(data: { asOf?: string } = {}): Promise<ReminderRun> {
  const asOf = data.asOf ? new Date(`${data.asOf}T12:00:00Z`) : new Date();
  const run = await runReminders(asOf);
  await deleteOldNotifications(asOf); // the in-app list keeps 180 days; the mail stays in the outbox
  console.log(`[jobs] reminders for ${toIsoDate(asOf)} (${run.week}): ${run.learners} learners, ${run.managers} managers, ${run.queued} new messages, ${run.enrolled} new enrolments`);
  return run;
}

/** MentorNet's daily run for day `asOf` (default: now): expire unanswered requests, send pairings' check-in prompts. */
export async function mentoringJob(data: { asOf?: string } = {}): Promise<{ expired: number; prompts: number }> {
  const asOf = data.asOf ? new Date(`${data.asOf}T12:00:00Z`) : new Date();
  const run = await runMentoringDaily(asOf);
  if (run.expired || run.prompts) console.log(`[jobs] mentoring for ${toIsoDate(asOf)}: ${run.expired} requests expired, ${run.prompts} pairing prompts`);
  return run;
}

export type LearningRun = {
  asOf: string;
  paths: Awaited<ReturnType<typeof runPathsDaily>>;
  licences: Awaited<ReturnType<typeof runLicencesDaily>>;
  evaluations: Awaited<ReturnType<typeof runEvaluationsDaily>>;
};

/**
 * The daily run of learning beyond single courses, for day `asOf` (default: now): learning paths completed by their
 * steps' participations, licences unused too long reclaimed (with a notice, after a warning) and freed seats given to
 * waiting requests, evaluations asked for after participations and reminded once. Each part is idempotent.
 */
export async function learningJob(data: { asOf?: string } = {}): Promise<LearningRun> {
  const asOf = data.asOf ? new Date(`${data.asOf}T12:00:00Z`) : new Date();
  const paths = await runPathsDaily(asOf);
  const licences = await runLicencesDaily(asOf);
  const evaluations = await runEvaluationsDaily(asOf);
  console.log(`[jobs] learning for ${toIsoDate(asOf)}: ${JSON.stringify({ paths, licences, evaluations })}`);
  return { asOf: toIsoDate(asOf), paths, licences, evaluations };
}

/** Sends pending outbox mail through SMTP; without SMTP (demo mode) the mail stays in the outbox for L&D to read. */
export async function deliveryJob(): Promise<DeliveryResult | { skipped: "no-smtp" }> {
  const transport = smtpTransport();
  if (!transport) return { skipped: "no-smtp" };
  const result = await deliverPending(transport);
  if (result.sent || result.failed || result.retrying) {
    console.log(`[jobs] mail: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
  }
  return result;
}
