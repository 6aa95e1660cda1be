import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import { addDays } from "~/lib/dates";
import { AUDIT_PAGE_SIZE, type AuditSearchInput } from "~/lib/schemas/audit";
import { zonedTimeToUtc } from "~/server/enrolment/zoned-time";

/** The organisation's days (Geneva): "from 3 March" starts at midnight there, as the pages show times (lib/i18n/request.ts). */
export const AUDIT_TIME_ZONE = "Europe/Zurich";

export type AuditRow = {
  id: string;
  at: Date;
  actor: { id: string; fullName: string; employeeId: string } | null;
  action: string;
  entity: string;
  entityId: string;
  reason: string | null;
  data: Prisma.JsonValue;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

export type AuditPage = {
  rows: AuditRow[];
  /** continues after this page's last row; null on the last page */
  nextCursor: string | null;
  /** false: the person filter named nobody Pathway knows (and nothing was searched) */
  personFound: boolean;
};

// The cursor is the last row's (at, id): a keyset, so page 1,000 costs what page 1 does and rows appended meanwhile
// never shift a page.
function encodeCursor(row: { at: Date; id: string }): string {
  return Buffer.from(`${row.at.getTime()}.${row.id}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [ms, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split(".");
  const at = new Date(Number(ms));
  const id = rest.join(".");
  return Number.isFinite(at.getTime()) && id ? { at, id } : null;
}

/** The staff member an e-mail address or employee id names (either spelling of case), or null. */
async function personId(person: string): Promise<string | null> {
  const staff = await db.staff.findFirst({
    where: { OR: [{ email: { equals: person, mode: "insensitive" } }, { employeeId: { equals: person, mode: "insensitive" } }] },
    select: { id: true },
  });
  return staff?.id ?? null;
}

/**
 * The conditions of a search, each one an index's leading column (actorId+at, action+at, entity+entityId, at). An
 * action prefix ("course.") becomes the list of known actions it covers, so it stays an index lookup on any collation.
 */
async function whereOf(filter: AuditSearchInput): Promise<Prisma.AuditEntryWhereInput | null> {
  const where: Prisma.AuditEntryWhereInput = {};
  if (filter.person) {
    const id = await personId(filter.person);
    if (!id) return null;
    where.actorId = id;
  }
  if (filter.entity) where.entity = filter.entity;
  if (filter.entityId) where.entityId = filter.entityId;
  if (filter.action) {
    const known = await auditActions();
    // "course." or "course": every course action; "course.publish": that one.
    const prefix = filter.action.endsWith(".") ? filter.action : `${filter.action}.`;
    const covered = known.filter((a) => a === filter.action || a.startsWith(prefix));
    where.action = { in: covered.length ? covered : [filter.action] };
  }
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: zonedTimeToUtc(filter.from, "00:00", AUDIT_TIME_ZONE) } : {}),
      ...(filter.to ? { lt: zonedTimeToUtc(addDays(filter.to, 1), "00:00", AUDIT_TIME_ZONE) } : {}),
    };
  }
  return where;
}

const ROW_SELECT = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  reason: true,
  data: true,
  before: true,
  after: true,
  actor: { select: { id: true, fullName: true, employeeId: true } },
} satisfies Prisma.AuditEntrySelect;

/** One page of the audit trail, newest first, matching the filter; `cursor` (from the previous page) continues it. */
export async function searchAudit(filter: AuditSearchInput, pageSize: number = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const where = await whereOf(filter);
  if (!where) return { rows: [], nextCursor: null, personFound: false };
  return { ...(await pageOf(where, decodeCursor(filter.cursor), pageSize)), personFound: true };
}

async function pageOf(where: Prisma.AuditEntryWhereInput, after: { at: Date; id: string } | null, pageSize: number) {
  const rows = await db.auditEntry.findMany({
    where: after ? { AND: [where, { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] }] } : where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: ROW_SELECT,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  return { rows: page, nextCursor: more ? encodeCursor(page.at(-1)!) : null };
}

/**
 * Every entry matching the filter, newest first, a chunk at a time (the CSV): the trail only grows, so it is never
 * read whole into memory.
 */
export async function* auditEntries(filter: Omit<AuditSearchInput, "cursor">, chunk = 500): AsyncGenerator<AuditRow[]> {
  const where = await whereOf(filter);
  if (!where) return;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const page: { rows: AuditRow[]; nextCursor: string | null } = await pageOf(where, after, chunk);
    if (page.rows.length) yield page.rows;
    if (!page.nextCursor) return;
    const last: AuditRow = page.rows.at(-1)!;
    after = { at: last.at, id: last.id };
  }
}

/**
 * The actions and the kinds of object the trail holds (the filters' choices): a skip scan over the (action, at) and
 * (entity, entityId) indexes, one index probe per distinct value however long the trail grows.
 */
export const auditActions = () => distinctValues("action");
export const auditEntityKinds = () => distinctValues("entity");

async function distinctValues(column: "action" | "entity"): Promise<string[]> {
  const c = Prisma.raw(`"${column}"`); // one of two fixed names, never input
  const rows = await db.$queryRaw<{ v: string }[]>`
    WITH RECURSIVE d(v) AS (
      (SELECT ${c} FROM "AuditEntry" ORDER BY ${c} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${c} FROM "AuditEntry" WHERE ${c} > d.v ORDER BY ${c} LIMIT 1) FROM d WHERE d.v IS NOT NULL
    )
    SELECT v FROM d WHERE v IS NOT NULL`;
  return rows.map((r) => r.v);
}
