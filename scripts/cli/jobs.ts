// `jobs run-reminders [--as-of YYYY-MM-DD]`, `jobs run-learning [--as-of YYYY-MM-DD]`, `jobs deliver-mail`, `jobs status`: the background jobs by hand, for
// operations (a missed morning, a backfill after an outage, a look at the outbox). The same functions the app's job
// worker runs; idempotent like it: a run already done this week writes nothing, a sent message is never sent again.
import { parseOptions, UsageError, withDb, type CommandGroup } from "~/scripts/cli/command";
import { parseIsoDate } from "~/lib/dates";
import { runReminders } from "~/server/compliance/reminders";
import { learningJob } from "~/server/jobs/queues";
import { jobStatus } from "~/server/jobs/status";
import { outboxCounts } from "~/server/mail/outbox";
import { deliverPending } from "~/server/mail/delivery";
import { smtpConfigured, smtpTransport } from "~/server/mail/transport";

export const jobs: CommandGroup = {
  "run-reminders": {
    args: "[--as-of YYYY-MM-DD]",
    summary: "queue the reminders and manager digests of a day (default today) in the outbox",
    async run(argv) {
      const { values } = parseOptions(argv, { "as-of": { type: "string" } });
      const asOfText = values["as-of"];
      let asOf = new Date();
      if (asOfText !== undefined) {
        try {
          asOf = new Date(parseIsoDate(asOfText).getTime() + 12 * 3_600_000);
        } catch (error) {
          throw new UsageError(`jobs run-reminders: --as-of ${(error as Error).message}`);
        }
      }
      const run = await withDb(() => runReminders(asOf));
      console.log(`Reminders for ${run.asOf} (${run.week}): ${run.learners} learners, ${run.managers} managers; ${run.queued} new messages in the outbox; ${run.enrolled} new enrolments.`);
    },
  },

  "run-learning": {
    args: "[--as-of YYYY-MM-DD]",
    summary: "the daily run of paths (completions), licences (reclaiming) and evaluations (requests, one reminder) for a day",
    async run(argv) {
      const { values } = parseOptions(argv, { "as-of": { type: "string" } });
      const asOfText = values["as-of"];
      if (asOfText !== undefined) {
        try {
          parseIsoDate(asOfText);
        } catch (error) {
          throw new UsageError(`jobs run-learning: --as-of ${(error as Error).message}`);
        }
      }
      const run = await withDb(() => learningJob(asOfText === undefined ? {} : { asOf: asOfText }));
      console.log(
        `Learning run for ${run.asOf}: ${run.paths.completed} paths completed; licences ${run.licences.warned} warned, ${run.licences.reclaimed} reclaimed, ${run.licences.assigned} assigned; ` +
          `evaluations ${run.evaluations.requestsCreated} requested, ${run.evaluations.reminded} reminded.`,
      );
    },
  },

  "deliver-mail": {
    summary: "send the outbox's pending mail through SMTP_URL now",
    async run(argv) {
      parseOptions(argv, {});
      const transport = smtpTransport();
      if (!transport) {
        console.error("jobs deliver-mail: SMTP_URL is not set; mail stays in the outbox (Admin → Outbox).");
        return 2;
      }
      try {
        const result = await withDb(() => deliverPending(transport, { limit: 10_000 }));
        console.log(`Mail: ${result.sent} sent, ${result.retrying} to retry later, ${result.failed} failed.`);
        return result.failed ? 1 : 0;
      } finally {
        transport.close();
      }
    },
  },

  status: {
    summary: "the outbox by status and the job schedules",
    async run(argv) {
      parseOptions(argv, {});
      await withDb(async () => {
        const counts = await outboxCounts();
        console.log(`Outbox: ${counts.PENDING} pending, ${counts.SENT} sent, ${counts.FAILED} failed.`);
        console.log(`SMTP: ${smtpConfigured() ? "configured" : "not configured (demo mode: mail stays in the outbox)"}.`);
        const status = await jobStatus();
        if (!status.installed) {
          console.log("Job worker: never started on this database (it starts with the app).");
          return;
        }
        for (const s of status.schedules) console.log(`Schedule: ${s.name} at "${s.cron}" (${s.timezone ?? "UTC"})`);
        for (const j of status.lastRuns) console.log(`Last run: ${j.name} ${j.state} at ${j.completedOn?.toISOString() ?? "?"}`);
      });
    },
  },
};
