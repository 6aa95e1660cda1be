import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { renderMarkdown } from "~/lib/markdown";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { mentoringEssentials, menteeGuidelines, menteeGuidelinesText } from "~/lib/courses/content/mentoring-essentials";
import type { MenteeProfileInput, MentorProfileInput } from "~/lib/schemas/mentoring";
import { getMentoringSettings, readMentoringSettings } from "~/server/mentoring/settings";
import { mentorLoads } from "~/server/mentoring/match-data";

/** The course that qualifies a mentor ("Mentoring essentials", shipped with every install). */
export const MENTOR_COURSE_CODE = mentoringEssentials.code;

/** Whether the training ledger holds a completed "Mentoring essentials" for this person. */
export async function hasCompletedMentorTraining(tx: Tx, staffId: string): Promise<boolean> {
  const row = await tx.trainingRecord.findFirst({
    where: { staffId, status: "COMPLETED", course: { code: MENTOR_COURSE_CODE } },
    select: { id: true },
  });
  return row !== null;
}

/** The mentor course's id and title, when it exists, so pages can point to it. */
export async function mentorCourse() {
  return db.course.findUnique({ where: { code: MENTOR_COURSE_CODE }, select: { id: true, code: true, title: true } });
}

export async function getMyMentorProfile(actor: Pick<Actor, "id">) {
  const [profile, settings, trained, loads] = await Promise.all([
    db.mentorProfile.findUnique({
      where: { staffId: actor.id },
      select: {
        bio: true,
        capacity: true,
        languages: true,
        yearsExperience: true,
        pausedUntil: true,
        listed: true,
        listedAt: true,
        expertise: { select: { id: true, name: true } },
      },
    }),
    getMentoringSettings(),
    hasCompletedMentorTraining(db, actor.id),
    mentorLoads(db, [actor.id]),
  ]);
  return {
    profile: profile && { ...profile, pausedUntil: profile.pausedUntil ? toIsoDate(profile.pausedUntil) : null },
    trainingRequired: settings.requireTraining,
    trainingDone: trained,
    mayList: !settings.requireTraining || trained,
    mentees: loads.get(actor.id) ?? 0,
  };
}

/** Every chosen area exists and is still offered (`keep`: areas the profile already has may stay though retired). */
async function assertExpertise(tx: Tx, ids: readonly string[], keep: ReadonlySet<string>, field: "expertiseIds" | "goalIds") {
  const rows = await tx.expertiseArea.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, retiredAt: true } });
  if (rows.length !== new Set(ids).size) throw new AppError("INVALID", "mentoring.profiles.expertiseUnknown", {}, { field });
  const retired = rows.find((r) => r.retiredAt && !keep.has(r.id));
  if (retired) throw new AppError("INVALID", "mentoring.profiles.expertiseRetired", { name: retired.name }, { field });
}

/**
 * Creates or updates the actor's mentor profile. Having one makes them a MENTOR; being listed shows
 * them to mentees and needs the mentor course unless L&D waived it.
 */
export async function saveMentorProfile(actor: Pick<Actor, "id">, input: MentorProfileInput, asOf: Date = new Date()) {
  const today = toIsoDate(asOf);
  if (input.pausedUntil !== null && input.pausedUntil < today) {
    throw new AppError("INVALID", "mentoring.profiles.pauseInPast", {}, { field: "pausedUntil" });
  }
  return db.$transaction(async (tx) => {
    const before = await tx.mentorProfile.findUnique({
      where: { staffId: actor.id },
      select: { id: true, listed: true, listedAt: true, expertise: { select: { id: true } } },
    });
    await assertExpertise(tx, input.expertiseIds, new Set(before?.expertise.map((e) => e.id) ?? []), "expertiseIds");
    if (input.listed && !before?.listed) {
      const settings = await readMentoringSettings(tx);
      if (settings.requireTraining && !(await hasCompletedMentorTraining(tx, actor.id))) {
        throw new AppError("TRAINING_REQUIRED", "mentoring.profiles.trainingRequired", { course: mentoringEssentials.title }, { field: "listed" });
      }
    }
    const data = {
      bio: input.bio,
      capacity: input.capacity,
      languages: input.languages,
      yearsExperience: input.yearsExperience,
      pausedUntil: input.pausedUntil ? parseIsoDate(input.pausedUntil) : null,
      listed: input.listed,
      listedAt: input.listed ? (before?.listed ? before.listedAt : asOf) : null,
      lastActiveAt: asOf,
    };
    const expertise = input.expertiseIds.map((id) => ({ id }));
    const profile = await tx.mentorProfile.upsert({
      where: { staffId: actor.id },
      create: { staffId: actor.id, ...data, expertise: { connect: expertise } },
      update: { ...data, expertise: { set: expertise } },
      select: { id: true, listed: true },
    });
    await audit(tx, actor, before ? "mentoring.mentorProfile.update" : "mentoring.mentorProfile.create", "MentorProfile", profile.id, {
      data: { listed: input.listed, capacity: input.capacity, pausedUntil: input.pausedUntil },
    });
    return profile;
  });
}

export async function getMyMenteeProfile(actor: Pick<Actor, "id">) {
  return db.menteeProfile.findUnique({
    where: { staffId: actor.id },
    select: {
      goalsText: true,
      languages: true,
      prefersOtherDepartment: true,
      prefersOtherSector: true,
      prefersOtherDutyStation: true,
      desiredDurationMonths: true,
      guidelinesSeenAt: true,
      goals: { select: { id: true, name: true } },
    },
  });
}

/** Creates or updates the actor's mentee profile; creating it records that the guidelines were shown. */
export async function saveMenteeProfile(actor: Pick<Actor, "id">, input: MenteeProfileInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await tx.menteeProfile.findUnique({
      where: { staffId: actor.id },
      select: { id: true, guidelinesSeenAt: true, goals: { select: { id: true } } },
    });
    await assertExpertise(tx, input.goalIds, new Set(before?.goals.map((g) => g.id) ?? []), "goalIds");
    const data = {
      goalsText: input.goalsText,
      languages: input.languages,
      prefersOtherDepartment: input.prefersOtherDepartment,
      prefersOtherSector: input.prefersOtherSector,
      prefersOtherDutyStation: input.prefersOtherDutyStation,
      desiredDurationMonths: input.desiredDurationMonths,
      guidelinesSeenAt: before?.guidelinesSeenAt ?? asOf,
    };
    const goals = input.goalIds.map((id) => ({ id }));
    const profile = await tx.menteeProfile.upsert({
      where: { staffId: actor.id },
      create: { staffId: actor.id, ...data, goals: { connect: goals } },
      update: { ...data, goals: { set: goals } },
      select: { id: true },
    });
    await audit(tx, actor, before ? "mentoring.menteeProfile.update" : "mentoring.menteeProfile.create", "MenteeProfile", profile.id);
    return profile;
  });
}

/** The mentee guidelines lesson (shipped with the mentor course content), as safe HTML. */
export function menteeGuidelinesLesson(locale: string): { title: string; html: string } {
  const text = locale === "fr" || locale === "zh" ? menteeGuidelinesText[locale] : undefined;
  const body = text?.body ?? (menteeGuidelines.kind === "READING" ? menteeGuidelines.body : "");
  return { title: text?.title ?? menteeGuidelines.title, html: renderMarkdown(body) };
}
