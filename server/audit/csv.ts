import "server-only";
import { toCsv } from "~/lib/csv";
import { toIsoDate } from "~/lib/dates";
import type { AuditSearchInput } from "~/lib/schemas/audit";
import type { Messages } from "~/messages/en";
import { auditEntries, type AuditRow } from "~/server/audit/search";
import { contentDisposition } from "~/server/http/content-disposition";
import { CSV_TYPE } from "~/server/http/download";

type CsvMessages = Pick<Messages["audit"], "csv">;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

function header(m: CsvMessages): string[] {
  const c = m.csv;
  return [c.at, c.employeeId, c.name, c.action, c.entity, c.entityId, c.reason, c.before, c.after, c.data];
}

function cells(r: AuditRow): (string | null)[] {
  return [r.at.toISOString(), r.actor?.employeeId ?? null, r.actor?.fullName ?? null, r.action, r.entity, r.entityId, r.reason, json(r.before), json(r.after), json(r.data)];
}

/**
 * The entries matching the filter as CSV (RFC 4180, a byte-order mark for Excel), newest first, written a chunk at a
 * time as the database gives them: the trail grows forever, so the file is never held whole in memory.
 */
export function auditCsvStream(filter: Omit<AuditSearchInput, "cursor">, m: CsvMessages, chunk = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const head = toCsv(header(m), []);
  const entries = auditEntries(filter, chunk);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${head}`));
        return;
      }
      const next = await entries.next();
      if (next.done) return controller.close();
      // toCsv writes the header first; every chunk after the first goes without it.
      controller.enqueue(encoder.encode(toCsv(header(m), next.value.map(cells)).slice(head.length)));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
}

/** `GET /api/exports/audit?…`: the streamed CSV, named after the day it was taken. */
export function auditCsvResponse(filter: Omit<AuditSearchInput, "cursor">, m: CsvMessages, now = new Date()): Response {
  return new Response(auditCsvStream(filter, m), {
    headers: {
      "Content-Type": CSV_TYPE,
      "Content-Disposition": contentDisposition(`audit-trail-${toIsoDate(now)}.csv`),
      "Cache-Control": "no-store",
    },
  });
}
