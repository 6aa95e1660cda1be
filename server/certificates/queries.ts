import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Prisma } from "~/server/generated/prisma/client";
import type { Actor } from "~/server/auth/roles";
import { localizeCourse } from "~/lib/courses/i18n";
import { normalizeCode } from "~/lib/certificates/code";
import { certificateStatus, type CertificateStatus } from "~/lib/certificates/status";
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { maySeeCertificatesOf } from "~/server/certificates/policy";
import { teamMemberIds } from "~/server/team/policy";

// Certificates as people read them: the public verification, a learner's own, a manager's team, L&D's search, and
// one certificate with everything its PDF and credential show.

const COURSE = { select: { id: true, code: true, title: true, summary: true, baseLocale: true, translations: true } } as const;

const ROW = {
  id: true,
  code: true,
  number: true,
  trainingRecordId: true,
  completedOn: true,
  trainingDays: true,
  validUntil: true,
  issuedAt: true,
  revokedAt: true,
  staff: { select: { id: true, fullName: true, employeeId: true, locale: true } },
  course: COURSE,
} satisfies Prisma.CertificateSelect;

type Row = Prisma.CertificateGetPayload<{ select: typeof ROW }>;

export type CertificateView = {
  id: string;
  code: string;
  number: number;
  trainingRecordId: string;
  holder: { id: string; fullName: string; employeeId: string; locale: string };
  course: { id: string; code: string; title: string; summary: string };
  completedOn: IsoDate;
  trainingDays: string;
  validUntil: IsoDate | null;
  issuedAt: Date;
  status: CertificateStatus;
};

function view(row: Row, asOf: IsoDate, locale: string): CertificateView {
  const course = localizeCourse(row.course, locale);
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    trainingRecordId: row.trainingRecordId,
    holder: row.staff,
    course: { id: course.id, code: course.code, title: course.title, summary: course.summary },
    completedOn: toIsoDate(row.completedOn),
    trainingDays: row.trainingDays.toString(),
    validUntil: row.validUntil ? toIsoDate(row.validUntil) : null,
    issuedAt: row.issuedAt,
    status: certificateStatus(row, asOf),
  };
}

/** What /verify/<code> shows anyone: the person's name, the course, the date and the status — never the reason. */
export type PublicVerification = { holderName: string; courseTitle: string; completedOn: IsoDate; status: CertificateStatus };

/**
 * The public answer for a code as typed (dashes, case); null when no certificate has it. A malformed code is looked
 * up like any other (one indexed lookup either way), so the answer's timing says nothing about the code.
 */
export async function verifyCertificateCode(input: string, asOf: IsoDate, locale: string): Promise<PublicVerification | null> {
  const row = await db.certificate.findUnique({ where: { code: normalizeCode(input) ?? "" }, select: { completedOn: true, validUntil: true, revokedAt: true, staff: { select: { fullName: true } }, course: COURSE } });
  if (!row) return null;
  return { holderName: row.staff.fullName, courseTitle: localizeCourse(row.course, locale).title, completedOn: toIsoDate(row.completedOn), status: certificateStatus(row, asOf) };
}

/**
 * One certificate for someone allowed to see it (policy.ts); NOT_FOUND for everyone else, as for a wrong id. Its
 * course title in `locale(holder's language)`.
 */
export async function certificateForViewer(actor: Pick<Actor, "id" | "roles">, id: string, asOf: IsoDate, locale: (holderLocale: string) => string): Promise<CertificateView> {
  const row = await db.certificate.findUnique({ where: { id }, select: ROW });
  if (!row || !(await maySeeCertificatesOf(actor, row.staff.id))) throw new AppError("NOT_FOUND", "certificates.notFound");
  return view(row, asOf, locale(row.staff.locale));
}

/** The organisation named on certificates and as the credentials' issuer: the "organisation.name" setting, else Pathway. */
export async function organisationName(): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: "organisation.name" }, select: { value: true } });
  return typeof row?.value === "string" && row.value.trim() ? row.value.trim() : "Pathway";
}

/** A person's certificates still in force or expired (not revoked), latest completion first. */
export async function certificatesOf(staffId: string, asOf: IsoDate, locale: string): Promise<CertificateView[]> {
  const rows = await db.certificate.findMany({ where: { staffId, revokedAt: null }, orderBy: [{ completedOn: "desc" }, { number: "desc" }], select: ROW });
  return rows.map((r) => view(r, asOf, locale));
}

/** The current (not revoked) certificate of each of a person's ledger rows, by row: for the history page's links. */
export async function certificateIdsByRecord(staffId: string): Promise<Map<string, string>> {
  const rows = await db.certificate.findMany({ where: { staffId, revokedAt: null }, orderBy: { number: "asc" }, select: { id: true, trainingRecordId: true } });
  return new Map(rows.map((r) => [r.trainingRecordId, r.id]));
}

/** The latest certificates of a manager's team (everyone down the reporting line), for the team page. */
export async function teamCertificates(managerId: string, asOf: IsoDate, locale: string, take = 20): Promise<CertificateView[]> {
  const ids = await teamMemberIds(managerId, "all");
  if (ids.length === 0) return [];
  const rows = await db.certificate.findMany({ where: { staffId: { in: ids }, revokedAt: null }, orderBy: [{ completedOn: "desc" }, { id: "asc" }], take, select: ROW });
  return rows.map((r) => view(r, asOf, locale));
}

export const CERTIFICATE_PAGE_SIZE = 25;

/**
 * L&D's and auditors' search: by a person's name or employee id, a course's code or title (any of its words), or a
 * certificate code as typed. Newest first, a page at a time.
 */
export async function searchCertificates(filter: { q?: string; page: number }, asOf: IsoDate, locale: string) {
  const q = filter.q?.trim();
  const code = q ? normalizeCode(q) : null;
  const where: Prisma.CertificateWhereInput = q
    ? {
        OR: [
          { staff: { fullName: { contains: q, mode: "insensitive" } } },
          { staff: { employeeId: { equals: q, mode: "insensitive" } } },
          { course: { code: { contains: q, mode: "insensitive" } } },
          { course: { title: { contains: q, mode: "insensitive" } } },
          ...(code ? [{ code }] : []),
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.certificate.count({ where }),
    db.certificate.findMany({ where, orderBy: [{ issuedAt: "desc" }, { id: "asc" }], skip: (filter.page - 1) * CERTIFICATE_PAGE_SIZE, take: CERTIFICATE_PAGE_SIZE, select: ROW }),
  ]);
  return { total, pageSize: CERTIFICATE_PAGE_SIZE, rows: rows.map((r) => view(r, asOf, locale)) };
}
