import "server-only";
import { db } from "~/server/db";
import { isParticipant } from "~/server/programmes/policy";
import { localizedField } from "~/server/programmes/catalogue";
import type { ComponentProgressStatus, ProgrammeComponentKind } from "~/server/generated/prisma/enums";

export type CohortComponent = {
  id: string;
  position: number;
  kind: ProgrammeComponentKind;
  title: string;
  startsOn: Date | null;
  endsOn: Date | null;
  /** where in Pathway it is done: the path, the course or the session; null for coaching, group sessions, assessments */
  href: string | null;
  /** COACHING: hours offered */
  coachingHours: number | null;
  status: ComponentProgressStatus;
  /** COACHING: hours received so far */
  hours: number | null;
  completedOn: Date | null;
};

/** Where a component is done in Pathway. */
export function componentHref(c: { kind: ProgrammeComponentKind; path: { code: string } | null; course: { code: string } | null; sessionId: string | null }): string | null {
  if (c.kind === "PATH" && c.path) return `/paths/${c.path.code}`;
  if (c.kind === "COURSE" && c.course) return `/courses/${c.course.code}`;
  if (c.kind === "SESSION" && c.sessionId) return `/sessions/${c.sessionId}`;
  return null;
}

/**
 * "Your cohort": the person's cohort of this programme once its selection is published and they are selected (or
 * completed) — its components in order with dates and links, their progress on each, and coaching hours. Null for
 * anyone else, and always before publication (L&D's decision is not shown early).
 */
export async function participantCohort(staffId: string, programmeId: string, locale: string) {
  const applications = await db.programmeApplication.findMany({
    where: { staffId, status: { in: ["SELECTED", "COMPLETED"] }, cohort: { programmeId, selectionPublishedAt: { not: null } } },
    orderBy: { cohort: { startsOn: "desc" } },
    take: 1,
    select: {
      id: true,
      status: true,
      completedAt: true,
      cohort: {
        select: {
          id: true,
          name: true,
          startsOn: true,
          endsOn: true,
          selectionPublishedAt: true,
          completedAt: true,
          components: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              kind: true,
              title: true,
              translations: true,
              startsOn: true,
              endsOn: true,
              coachingHours: true,
              sessionId: true,
              path: { select: { code: true } },
              course: { select: { code: true } },
            },
          },
        },
      },
      progress: { select: { componentId: true, status: true, hours: true, completedOn: true } },
    },
  });
  const a = applications[0];
  if (!a || !isParticipant(a.status, a.cohort)) return null;
  const progress = new Map(a.progress.map((p) => [p.componentId, p]));
  const components: CohortComponent[] = a.cohort.components.map((c) => {
    const p = progress.get(c.id);
    return {
      id: c.id,
      position: c.position,
      kind: c.kind,
      title: localizedField(c.title, c.translations, locale, "title"),
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      href: componentHref(c),
      coachingHours: c.coachingHours === null ? null : Number(c.coachingHours),
      status: p?.status ?? "NOT_STARTED",
      hours: p?.hours == null ? null : Number(p.hours),
      completedOn: p?.completedOn ?? null,
    };
  });
  const coaching = components.filter((c) => c.kind === "COACHING");
  return {
    applicationId: a.id,
    status: a.status,
    completedAt: a.completedAt,
    cohortId: a.cohort.id,
    name: a.cohort.name,
    startsOn: a.cohort.startsOn,
    endsOn: a.cohort.endsOn,
    components,
    coachingHoursOffered: coaching.reduce((s, c) => s + (c.coachingHours ?? 0), 0),
    coachingHoursReceived: coaching.reduce((s, c) => s + (c.hours ?? 0), 0),
  };
}
