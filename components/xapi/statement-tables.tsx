import { getFormatter, getTranslations } from "next-intl/server";
import type { XapiRow, XapiStatus } from "~/server/xapi/overview";
import { Badge, type Tone } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";

const STATUS_TONE: Record<XapiStatus, Tone> = { WAITING: "warning", SENT: "success", FAILING: "danger" };
const VERBS = ["launched", "completed", "passed", "failed", "attended"] as const;
const isVerb = (v: string): v is (typeof VERBS)[number] => (VERBS as readonly string[]).includes(v);

/** What a statement is about: the verb, then the course (code and title). */
async function Subject({ row }: { row: XapiRow }) {
  const t = await getTranslations("xapi");
  return (
    <>
      <span className="font-medium">{isVerb(row.verb) ? t(`verb.${row.verb}`) : row.verb}</span>
      {row.courseCode && (
        <span className="block text-xs text-slate-600">
          {row.courseCode}
          {row.courseName ? ` · ${row.courseName}` : ""}
        </span>
      )}
    </>
  );
}

/** Failing statements: who, what, how many attempts, when the next one is, and what the LRS answered. */
export async function FailingTable({ rows }: { rows: XapiRow[] }) {
  const t = await getTranslations("xapi");
  const format = await getFormatter();
  return (
    <Table caption={t("failing.title")}>
      <thead>
        <tr>
          <Th>{t("columns.verb")}</Th>
          <Th>{t("columns.employeeId")}</Th>
          <Th numeric>{t("columns.attempts")}</Th>
          <Th>{t("columns.nextAttempt")}</Th>
          <Th>{t("columns.answer")}</Th>
        </tr>
      </thead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Subject row={r} />
            </Td>
            <Td className="whitespace-nowrap">{r.employeeId}</Td>
            <Td numeric>{format.number(r.attempts)}</Td>
            <Td className="whitespace-nowrap text-slate-600">{format.dateTime(r.nextAttemptAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
            <Td className="min-w-64 max-w-md">
              <span className="font-medium">{r.lastStatus === null ? t("failing.networkError") : `HTTP ${r.lastStatus}`}</span>
              {r.lastError && <span className="mt-1 block break-words font-mono text-xs text-slate-700">{r.lastError}</span>}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}

/** The latest statements, whatever their state. */
export async function RecentTable({ rows }: { rows: XapiRow[] }) {
  const t = await getTranslations("xapi");
  const format = await getFormatter();
  return (
    <Table caption={t("recent.title")}>
      <thead>
        <tr>
          <Th>{t("columns.verb")}</Th>
          <Th>{t("columns.employeeId")}</Th>
          <Th>{t("columns.happened")}</Th>
          <Th>{t("columns.status")}</Th>
        </tr>
      </thead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Subject row={r} />
            </Td>
            <Td className="whitespace-nowrap">{r.employeeId}</Td>
            <Td className="whitespace-nowrap text-slate-600">{format.dateTime(r.happenedAt ?? r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
            <Td>
              <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
