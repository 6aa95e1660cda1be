import "server-only";
import { loggableError } from "~/server/errors";
import PgBoss from "pg-boss";
import { databaseUrl, env } from "~/server/env";
import { JOBS, JOB_TIME_ZONE, deliveryJob, learningJob, mentoringJob, reminderJob } from "~/server/jobs/queues";
import { xapiJob } from "~/server/xapi/job";

const globalForJobs = globalThis as unknown as { pathwayJobs?: Promise<PgBoss | null> };

/**
 * The daily runs happen once a day however many app processes run the worker: the cron tick's job and every process's
 * start-up catch-up job share one singleton key per (UTC) day, so pg-boss stores at most one job per queue and day
 * (its unique index on name, singleton_on and singleton_key, which holds until the job is archived: hence
 * ARCHIVE_AFTER_SECONDS ≥ a day). A second instance's send, or the 06:00 tick after a start-up run, is a no-op.
 */
export const ONCE_A_DAY = { singletonKey: "daily", singletonSeconds: 86_400 } as const;
const DAILY_QUEUES: readonly string[] = [JOBS.reminders.queue, JOBS.mentoring.queue, JOBS.learning.queue];
/** Completed jobs stay in pg-boss's job table two days (its default is 12 hours), so a day's job still blocks a second. */
const ARCHIVE_AFTER_SECONDS = 2 * 86_400;

/**
 * Starts the job worker in this process, once (a second call returns the first start): pg-boss on the application's
 * PostgreSQL (schema "pgboss"), the daily reminder run at 06:00 Geneva time, MentorNet's daily run (expired requests,
 * pairing prompts) at 06:15, the learning run (paths, licences, evaluations) at 06:30, mail delivery and xAPI
 * statements (when configured) every minute.
 * Several app processes may run it: pg-boss hands each job to one worker (SKIP LOCKED) and fires each cron tick once.
 * A restart loses nothing — jobs are rows — and sends nothing twice: the outbox's dedupe keys and SENT marks decide.
 */
export function startJobWorker(): Promise<PgBoss | null> {
  globalForJobs.pathwayJobs ??= start().catch((error) => {
    console.error(`[jobs] the job worker did not start: ${loggableError(error)}`);
    globalForJobs.pathwayJobs = undefined;
    return null;
  });
  return globalForJobs.pathwayJobs;
}

async function start(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl(), schema: "pgboss", application_name: "pathway-jobs", max: 4, archiveCompletedAfterSeconds: ARCHIVE_AFTER_SECONDS });
  boss.on("error", (error) => console.error(`[jobs] ${loggableError(error)}`));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.queue, { name: job.queue, policy: job.policy, retryLimit: job.retryLimit, retryDelay: job.retryDelay });
    await boss.schedule(job.queue, job.cron, {}, { tz: JOB_TIME_ZONE, ...(DAILY_QUEUES.includes(job.queue) ? ONCE_A_DAY : {}) });
  }
  await boss.work<{ asOf?: string }>(JOBS.reminders.queue, async ([job]) => {
    const run = await reminderJob(job?.data ?? {});
    // New reminders go out now rather than at the next minute's delivery.
    if (run.queued > 0) await boss.send(JOBS.delivery.queue, {});
    return run;
  });
  await boss.work<{ asOf?: string }>(JOBS.mentoring.queue, async ([job]) => {
    const run = await mentoringJob(job?.data ?? {});
    if (run.expired > 0 || run.prompts > 0) await boss.send(JOBS.delivery.queue, {});
    return run;
  });
  await boss.work<{ asOf?: string }>(JOBS.learning.queue, async ([job]) => {
    const run = await learningJob(job?.data ?? {});
    await boss.send(JOBS.delivery.queue, {});
    return run;
  });
  await boss.work(JOBS.delivery.queue, { pollingIntervalSeconds: 5 }, async () => deliveryJob());
  await boss.work(JOBS.xapi.queue, { pollingIntervalSeconds: 5 }, async () => xapiJob());
  // A server that was down at 06:00 catches up on start, unless today's run exists already (ONCE_A_DAY).
  for (const queue of DAILY_QUEUES) await boss.send(queue, {}, ONCE_A_DAY);
  console.log("[jobs] worker started: reminders daily at 06:00, MentorNet at 06:15, paths, licences and evaluations at 06:30 (Europe/Zurich), mail delivery and xAPI statements every minute");
  return boss;
}

/** The app process runs the worker unless PATHWAY_JOBS=0 (a dedicated worker process, or a build-time server). */
export async function startAppJobWorker(): Promise<void> {
  if (env().PATHWAY_JOBS === "0") return;
  await startJobWorker();
}

/** Stops the worker, letting running jobs finish (used on shutdown and by tests). */
export async function stopJobWorker(): Promise<void> {
  const boss = await globalForJobs.pathwayJobs;
  globalForJobs.pathwayJobs = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
