// `xapi deliver [--json]`, `xapi status [--json]`: the xAPI outbox by hand, for operations (after an LRS outage, or
// to see what waits). The same functions the app's job worker and L&D's page use; a sent statement is never sent again.
import { parseOptions, withDb, type CommandGroup } from "~/scripts/cli/command";
import { endpointHost, xapiConfig } from "~/server/xapi/config";
import { deliverXapi } from "~/server/xapi/outbox";
import { xapiOverview } from "~/server/xapi/overview";

const NOT_CONFIGURED = "xAPI is not configured (XAPI_ENDPOINT, XAPI_USERNAME, XAPI_PASSWORD): no statements are recorded.";

export const xapi: CommandGroup = {
  deliver: {
    args: "[--json]",
    summary: "send the xAPI statements that are due to the learning record store now",
    async run(argv) {
      const { values } = parseOptions(argv, { json: { type: "boolean" } });
      const config = xapiConfig();
      if (!config) {
        console.error(`xapi deliver: ${NOT_CONFIGURED}`);
        return 2;
      }
      const result = await withDb(() => deliverXapi({ config, limit: 100_000 }));
      if (values.json) console.log(JSON.stringify(result));
      else console.log(`xAPI: ${result.sent} statements sent, ${result.failing} failing (retried later with back-off).`);
      return result.failing ? 1 : 0;
    },
  },

  status: {
    args: "[--json]",
    summary: "the xAPI outbox: statements sent, waiting and failing",
    async run(argv) {
      const { values } = parseOptions(argv, { json: { type: "boolean" } });
      const config = xapiConfig();
      const overview = await withDb(() => xapiOverview({ page: 1 }, config));
      if (values.json) {
        console.log(
          JSON.stringify({
            configured: overview.configured,
            host: overview.host,
            counts: overview.counts,
            oldestUnsentAt: overview.oldestUnsentAt,
            failing: overview.failing.rows.map((r) => ({ id: r.id, verb: r.verb, course: r.courseCode, employeeId: r.employeeId, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt, lastStatus: r.lastStatus, lastError: r.lastError })),
          }),
        );
        return;
      }
      console.log(config ? `LRS: ${endpointHost(config)}` : NOT_CONFIGURED);
      const { WAITING, SENT, FAILING } = overview.counts;
      console.log(`Statements: ${SENT} sent, ${WAITING} waiting, ${FAILING} failing.`);
      if (overview.oldestUnsentAt) console.log(`Oldest not yet sent: ${overview.oldestUnsentAt.toISOString()}`);
      for (const r of overview.failing.rows) {
        console.log(`Failing: ${r.verb} ${r.courseCode ?? "?"} ${r.employeeId ?? "?"}, ${r.attempts} attempts, next ${r.nextAttemptAt.toISOString()}: ${r.lastStatus ?? "network"} ${(r.lastError ?? "").replace(/\s+/g, " ").slice(0, 200)}`);
      }
    },
  },
};
