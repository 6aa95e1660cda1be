import "server-only";
import { db } from "~/server/db";
import { endpointHost, xapiConfig, type XapiConfig } from "~/server/xapi/config";
import { ACTIVITY_TYPES, type XapiStatementJson } from "~/server/xapi/statements";

export const XAPI_PAGE_SIZE = 20;
const RECENT = 10;

export type XapiStatus = "WAITING" | "SENT" | "FAILING";

/** One statement as L&D sees it: what, about which course, whose (employee id), and how delivery is going. */
export type XapiRow = {
  id: string;
  verb: string;
  courseCode: string | null;
  courseName: string | null;
  employeeId: string | null;
  status: XapiStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  happenedAt: Date | null;
};

const ROW_SELECT = { id: true, verb: true, statement: true, status: true, attempts: true, nextAttemptAt: true, lastStatus: true, lastError: true, sentAt: true, createdAt: true } as const;

/** The course of a statement: its object when that is a course, else its parent activity. */
function describe(row: { statement: unknown }) {
  const s = row.statement as Partial<XapiStatementJson> | null;
  const course = s?.object?.definition?.type === ACTIVITY_TYPES.course ? s.object : s?.context?.contextActivities?.parent?.[0];
  const code = course?.id ? /\/courses\/([^/]+)/.exec(course.id)?.[1] : undefined;
  const names = course?.definition?.name ?? {};
  const timestamp = s?.timestamp ? new Date(s.timestamp) : null;
  return {
    courseCode: code ? decodeURIComponent(code) : null,
    courseName: Object.values(names)[0] ?? null,
    employeeId: s?.actor?.account?.name ?? null,
    happenedAt: timestamp && !Number.isNaN(timestamp.getTime()) ? timestamp : null,
  };
}

function toRow<T extends { statement: unknown; status: XapiStatus }>(r: T & Omit<XapiRow, "courseCode" | "courseName" | "employeeId" | "happenedAt">): XapiRow {
  const { statement: _statement, ...rest } = r;
  return { ...rest, ...describe(r) };
}

/**
 * The outbox's state for L&D: whether xAPI is configured (the LRS's host only), counts by status, the oldest
 * statement not yet sent, a page of failing statements with the LRS's answer, and the most recent statements.
 */
export async function xapiOverview(input: { page: number }, config: XapiConfig | null = xapiConfig()) {
  const page = Math.max(1, Math.floor(input.page) || 1);
  const grouped = await db.xapiStatement.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<XapiStatus, number> = { WAITING: 0, SENT: 0, FAILING: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  const oldest = await db.xapiStatement.findFirst({
    where: { status: { in: ["WAITING", "FAILING"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { createdAt: true },
  });
  const failing = await db.xapiStatement.findMany({
    where: { status: "FAILING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * XAPI_PAGE_SIZE,
    take: XAPI_PAGE_SIZE,
    select: ROW_SELECT,
  });
  const recent = await db.xapiStatement.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT, select: ROW_SELECT });
  return {
    configured: config !== null,
    host: endpointHost(config),
    counts,
    oldestUnsentAt: oldest?.createdAt ?? null,
    failing: { rows: failing.map(toRow), total: counts.FAILING, page, pageSize: XAPI_PAGE_SIZE },
    recent: recent.map(toRow),
  };
}

export type XapiOverview = Awaited<ReturnType<typeof xapiOverview>>;
