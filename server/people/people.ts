import "server-only";
import { db } from "~/server/db";
import type { Actor } from "~/server/auth/roles";
import { ICU_COLLATION, type Locale } from "~/lib/i18n/locales";
import { Prisma } from "~/server/generated/prisma/client";
import { textSearch } from "~/server/search";

const staffSummary = {
  id: true,
  employeeId: true,
  fullName: true,
  email: true,
  grade: true,
  department: { select: { name: true } },
  dutyStation: { select: { name: true } },
} as const;

export async function getProfile(staffId: string) {
  return db.staff.findUniqueOrThrow({
    where: { id: staffId },
    select: {
      ...staffSummary,
      gender: true,
      hireDate: true,
      sector: { select: { name: true } },
      manager: { select: { id: true, fullName: true } },
    },
  });
}

/** `COLLATE "fr-x-icu"` for a language: the identifier comes from a fixed table, never from input. */
export function nameCollation(locale: Locale): Prisma.Sql {
  return Prisma.raw(`"${ICU_COLLATION[locale]}"`);
}

/**
 * A manager's direct reports (active staff), by name as a reader of `locale` sorts names: PostgreSQL's ICU collation
 * of that language (Chinese names by pinyin for a Chinese reader), not JavaScript after the fact.
 */
export async function listTeam(actor: Pick<Actor, "id">, locale: Locale = "en") {
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Staff" WHERE "managerId" = ${actor.id} AND active
    ORDER BY "fullName" COLLATE ${nameCollation(locale)}, id`;
  const rows = await db.staff.findMany({ where: { id: { in: order.map((r) => r.id) } }, select: staffSummary });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap(({ id }) => byId.get(id) ?? []);
}

/**
 * People whose name resembles the query or whose e-mail contains it, ignoring case and accents ("garcia" finds
 * García, "mohammed" finds Mohamed), or whose employee ID is exactly it; best matches first, then people still here, then by
 * name. Ranked in SQL on the trigram indexes (server/search.ts); pickers and the records page use it.
 */
export async function searchStaffIds(query: string, limit = 20): Promise<string[]> {
  const sql = staffSearchSql(query, limit);
  return sql ? (await db.$queryRaw<{ id: string }[]>(sql)).map((r) => r.id) : [];
}

/** The SQL of searchStaffIds (null for a blank query), on its own so that a test can EXPLAIN it. */
export function staffSearchSql(query: string, limit: number): Prisma.Sql | null {
  const s = textSearch(query);
  if (!s.query) return null;
  const name = Prisma.sql`s."fullName"`;
  const email = Prisma.sql`s.email`;
  // Typos are forgiven in names only, and only for a query without digits: employee IDs and e-mails are matched
  // literally (part of an ID must not find someone whose ID or e-mail merely looks alike).
  const resembles = /\d/.test(s.query) ? Prisma.sql`FALSE` : s.resembles(name);
  return Prisma.sql`
    SELECT s.id
    FROM "Staff" s
    WHERE s."employeeId" = ${s.query} OR ${s.contains(name)} OR ${resembles} OR ${s.contains(email)}
    ORDER BY
      CASE WHEN s."employeeId" = ${s.query} OR ${s.equals(name)} OR ${s.equals(email)} THEN 0
           WHEN ${s.startsWord(name)} OR ${s.startsWord(email)} THEN 1
           WHEN ${s.contains(name)} OR ${s.contains(email)} THEN 2
           ELSE 3 END,
      s.active DESC,
      ${s.similarity(name)} DESC,
      s."fullName", s.id
    LIMIT ${limit}`;
}

/** The people search of L&D's pickers (exemptions): see searchStaffIds. */
export async function searchStaff(query: string, limit = 20) {
  const ids = await searchStaffIds(query, limit);
  const people = await db.staff.findMany({ where: { id: { in: ids } }, select: { ...staffSummary, active: true } });
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Head counts for the L&D and auditor home pages, computed in SQL. */
export async function orgSummary() {
  const [row] = await db.$queryRaw<{ staff: bigint; women: bigint; departments: bigint; duty_stations: bigint; managers: bigint }[]>`
    SELECT
      count(*) FILTER (WHERE s.active) AS staff,
      count(*) FILTER (WHERE s.active AND s.gender = 'F') AS women,
      (SELECT count(*) FROM "Department") AS departments,
      (SELECT count(*) FROM "DutyStation") AS duty_stations,
      (SELECT count(DISTINCT m."managerId") FROM "Staff" m WHERE m.active AND m."managerId" IS NOT NULL) AS managers
    FROM "Staff" s`;
  const staff = Number(row?.staff ?? 0);
  return {
    staff,
    womenShare: staff ? Number(row?.women ?? 0) / staff : 0,
    departments: Number(row?.departments ?? 0),
    dutyStations: Number(row?.duty_stations ?? 0),
    managers: Number(row?.managers ?? 0),
  };
}

/** The person chose a language (the switcher): pages, mail and notifications use it from now on, on every device. */
export async function setLocale(actor: Pick<Actor, "id">, locale: Locale) {
  await db.staff.update({ where: { id: actor.id }, data: { locale, localeChosen: true } });
}

/**
 * Until a person chooses, the language their browser asks for is the one their mail is written in: remembered when
 * it changes (one update, only when it differs; never over a choice).
 */
export async function rememberBrowserLocale(actor: Pick<Actor, "id" | "locale" | "localeChosen">, locale: Locale) {
  if (actor.localeChosen || actor.locale === locale) return;
  await db.staff.updateMany({ where: { id: actor.id, localeChosen: false }, data: { locale } });
}
