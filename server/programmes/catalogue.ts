import "server-only";
import { db } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import type { EligibilityVerdict } from "~/lib/programmes/eligibility";
import { eligibilityFacts, eligibilityOfPerson, programmeEligibility } from "~/server/programmes/eligibility";
import { checkEligibility } from "~/lib/programmes/eligibility";
import { canWithdraw, visibleStatus, type VisibleStatus } from "~/server/programmes/policy";
import { participantCohort } from "~/server/programmes/participant";
import type { EndorsementStatus } from "~/server/generated/prisma/enums";

/** A text of a programme (or component) in `locale` from its `translations` ({"fr": {"name": …}}), else the original. */
export function localizedField(base: string, translations: unknown, locale: string, field: string): string {
  const t = translations && typeof translations === "object" ? (translations as Record<string, unknown>)[locale] : undefined;
  const v = t && typeof t === "object" ? (t as Record<string, unknown>)[field] : undefined;
  return typeof v === "string" && v.trim() ? v : base;
}

export function localizedProgramme(p: { name: string; summary: string; description: string; translations: unknown }, locale: string) {
  return {
    name: localizedField(p.name, p.translations, locale, "name"),
    summary: localizedField(p.summary, p.translations, locale, "summary"),
    description: localizedField(p.description, p.translations, locale, "description"),
  };
}

/** The call is open from its opening day to its closing day, both included (calendar dates, UTC). */
export function isCallOpen(cohort: { opensOn: Date; closesOn: Date }, asOf: Date): boolean {
  const day = toIsoDate(asOf);
  return toIsoDate(cohort.opensOn) <= day && day <= toIsoDate(cohort.closesOn);
}

const COHORT = { id: true, name: true, opensOn: true, closesOn: true, startsOn: true, endsOn: true, places: true, selectionPublishedAt: true, completedAt: true } as const;

export type MyApplication = {
  id: string;
  programmeCode: string;
  programmeName: string;
  cohortId: string;
  cohortName: string;
  status: VisibleStatus;
  endorsement: EndorsementStatus;
  endorsementComment: string | null;
  managerName: string | null;
  submittedAt: Date;
  callOpen: boolean;
  canWithdraw: boolean;
  waitlistPosition: number | null;
};

/** The person's applications, newest first, as they may see them (no decision before publication). */
export async function myApplications(staffId: string, asOf: Date, locale: string, programmeId?: string): Promise<MyApplication[]> {
  const rows = await db.programmeApplication.findMany({
    where: { staffId, ...(programmeId ? { cohort: { programmeId } } : {}) },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      status: true,
      endorsement: true,
      endorsementComment: true,
      submittedAt: true,
      waitlistPosition: true,
      manager: { select: { fullName: true } },
      cohort: { select: { ...COHORT, programme: { select: { code: true, name: true, summary: true, description: true, translations: true } } } },
    },
  });
  return rows.map((a) => {
    const status = visibleStatus(a.status, a.cohort);
    return {
      id: a.id,
      programmeCode: a.cohort.programme.code,
      programmeName: localizedProgramme(a.cohort.programme, locale).name,
      cohortId: a.cohort.id,
      cohortName: a.cohort.name,
      status,
      endorsement: a.endorsement,
      endorsementComment: a.endorsementComment,
      managerName: a.manager?.fullName ?? null,
      submittedAt: a.submittedAt,
      callOpen: isCallOpen(a.cohort, asOf),
      canWithdraw: canWithdraw(a.status, a.cohort),
      waitlistPosition: status === "WAITLISTED" ? a.waitlistPosition : null,
    };
  });
}

type OpenCall = { id: string; name: string; opensOn: Date; closesOn: Date; startsOn: Date; endsOn: Date; places: number };

export type CatalogueEntry = {
  id: string;
  code: string;
  name: string;
  summary: string;
  durationMonths: number;
  openCall: OpenCall | null;
  verdict: EligibilityVerdict | null;
  applied: boolean;
};

export type PastCohort = { programmeCode: string; programmeName: string; name: string; startsOn: Date; endsOn: Date; participants: number; completed: number };

/**
 * The catalogue for one person: published programmes, those with an open call first, each with the person's verdict
 * for it; the person's applications; and past cohorts as short stories (how many took part, when).
 */
export async function programmeCatalogue(staffId: string, asOf: Date, locale: string) {
  const day = new Date(`${toIsoDate(asOf)}T00:00:00Z`);
  const programmes = await db.programme.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      summary: true,
      description: true,
      translations: true,
      durationMonths: true,
      eligibility: true,
      cohorts: { where: { opensOn: { lte: day }, closesOn: { gte: day } }, orderBy: { closesOn: "asc" }, take: 1, select: COHORT },
    },
  });
  const [facts, applications, past] = await Promise.all([
    programmes.length ? eligibilityFacts([staffId], asOf).then((m) => m.get(staffId) ?? null) : null,
    myApplications(staffId, asOf, locale),
    pastCohorts(asOf, locale),
  ]);
  const appliedTo = new Set(applications.map((a) => a.cohortId));
  const entries: CatalogueEntry[] = programmes.map((p) => {
    const call = p.cohorts[0] ?? null;
    return {
      id: p.id,
      code: p.code,
      name: localizedProgramme(p, locale).name,
      summary: localizedProgramme(p, locale).summary,
      durationMonths: p.durationMonths,
      openCall: call && { id: call.id, name: call.name, opensOn: call.opensOn, closesOn: call.closesOn, startsOn: call.startsOn, endsOn: call.endsOn, places: call.places },
      verdict: facts ? checkEligibility(programmeEligibility(p), facts, asOf) : null,
      applied: !!call && appliedTo.has(call.id),
    };
  });
  entries.sort((a, b) => Number(!!b.openCall) - Number(!!a.openCall));
  return { programmes: entries, applications, pastCohorts: past };
}

/** Cohorts whose selection was published and that ended (or were closed by L&D) by `asOf`, newest first. */
export async function pastCohorts(asOf: Date, locale: string, programmeId?: string): Promise<PastCohort[]> {
  const day = new Date(`${toIsoDate(asOf)}T00:00:00Z`);
  const cohorts = await db.programmeCohort.findMany({
    where: {
      selectionPublishedAt: { not: null },
      OR: [{ endsOn: { lt: day } }, { completedAt: { lte: asOf } }],
      programme: { status: { not: "DRAFT" }, ...(programmeId ? { id: programmeId } : {}) },
    },
    orderBy: { startsOn: "desc" },
    take: 20,
    select: {
      name: true,
      startsOn: true,
      endsOn: true,
      programme: { select: { code: true, name: true, summary: true, description: true, translations: true } },
      applications: { where: { status: { in: ["SELECTED", "COMPLETED", "DROPPED"] } }, select: { status: true } },
    },
  });
  return cohorts.map((c) => ({
    programmeCode: c.programme.code,
    programmeName: localizedProgramme(c.programme, locale).name,
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    participants: c.applications.length,
    completed: c.applications.filter((a) => a.status === "COMPLETED").length,
  }));
}

/**
 * One programme's page for one person: its description, the open call with its components, the person's verdict,
 * their application to the open call, and — once they are a published participant — their cohort. Null when the
 * programme is not published.
 */
export async function programmeDetail(staffId: string, code: string, asOf: Date, locale: string) {
  const day = new Date(`${toIsoDate(asOf)}T00:00:00Z`);
  const p = await db.programme.findFirst({
    where: { code, status: "PUBLISHED" },
    select: {
      id: true,
      code: true,
      name: true,
      summary: true,
      description: true,
      translations: true,
      durationMonths: true,
      eligibility: true,
      cohorts: {
        where: { opensOn: { lte: day }, closesOn: { gte: day } },
        orderBy: { closesOn: "asc" },
        take: 1,
        select: {
          ...COHORT,
          components: {
            orderBy: { position: "asc" },
            select: { id: true, kind: true, title: true, translations: true, startsOn: true, endsOn: true, coachingHours: true },
          },
        },
      },
    },
  });
  if (!p) return null;
  const call = p.cohorts[0] ?? null;
  const [checked, applications, cohort, past] = await Promise.all([
    eligibilityOfPerson(staffId, p, asOf),
    myApplications(staffId, asOf, locale, p.id),
    participantCohort(staffId, p.id, locale),
    pastCohorts(asOf, locale, p.id),
  ]);
  return {
    id: p.id,
    code: p.code,
    ...localizedProgramme(p, locale),
    durationMonths: p.durationMonths,
    verdict: checked?.verdict ?? null,
    openCall: call && {
      id: call.id,
      name: call.name,
      opensOn: call.opensOn,
      closesOn: call.closesOn,
      startsOn: call.startsOn,
      endsOn: call.endsOn,
      places: call.places,
      components: call.components.map((c) => ({
        id: c.id,
        kind: c.kind,
        title: localizedField(c.title, c.translations, locale, "title"),
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        coachingHours: c.coachingHours === null ? null : Number(c.coachingHours),
      })),
    },
    openApplication: call ? (applications.find((a) => a.cohortId === call.id) ?? null) : null,
    applications,
    cohort,
    pastCohorts: past,
  };
}

/** A published programme's name in `locale` (page titles), or null. */
export async function programmeNameByCode(code: string, locale: string): Promise<string | null> {
  const p = await db.programme.findFirst({ where: { code, status: "PUBLISHED" }, select: { name: true, translations: true } });
  return p ? localizedField(p.name, p.translations, locale, "name") : null;
}
