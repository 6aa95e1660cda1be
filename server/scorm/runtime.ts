import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { completeIfDone, lockProgressForLesson, markLessonDone } from "~/server/courses/progress";
import { queueXapi } from "~/server/xapi/outbox";
import type { ScormScore } from "~/server/xapi/events";
import { assessCmi, restoreCmi, validateCmi, type CmiValues } from "~/lib/scorm/cmi";
import type { ScormManifest, ScormManifestItem, ScormStandardName } from "~/lib/scorm/types";
import type { ScormCommit } from "~/lib/schemas/scorm-player";

// The SCORM run-time on the server: what a launch of a SCO lesson starts from, and each commit of its CMI — validated
// as the standard says, stored in the learner's ScormAttempt (the one writer of that table), and counted: the
// package's reported status completes the lesson, and the course through the same completeIfDone as every lesson.
// Every step runs in one transaction on the learner's locked progress row (server/courses/progress.ts).

/** What the lesson page needs to start a SCO: where it is, the launch's id and the CMI scorm-again loads. */
export type ScormLaunch = {
  lessonId: string;
  standard: ScormStandardName;
  /** same-origin, under the package's own path: /scorm/<packageId>/<launch file>?<parameters> */
  launchUrl: string;
  /** "<launch number>.<uuid>": commits carry it, so a late commit of an older launch is recognised */
  launchId: string;
  /** the first commit of this launch sends seq + 1 */
  seq: number;
  /** for scorm-again's loadFromJSON(cmi, "cmi") before the SCO initialises */
  cmi: CmiValues;
  /** "asset" items have no runtime: they are done once launched */
  scormType: "sco" | "asset";
  /** false in L&D preview: nothing is sent or stored */
  credit: boolean;
  lessonDone: boolean;
  courseDone: boolean;
};

export type ScormCommitResult = {
  attemptId: string;
  /** this commit completed the lesson (for the first time) */
  completedLesson: boolean;
  /** this commit completed the course: the ledger row was written now */
  completedCourse: boolean;
  /** where things stand after the commit */
  lessonDone: boolean;
  courseDone: boolean;
  /** a late commit (an older launch, or an older sequence number of this one): nothing was changed */
  ignored: boolean;
};

type PackageOfLesson = { id: string; standard: ScormStandardName; item: ScormManifestItem | null; launch: string };

async function packageOf(tx: Tx, lessonId: string): Promise<PackageOfLesson> {
  const row = await tx.lesson.findUnique({
    where: { id: lessonId },
    select: { kind: true, scormItem: true, scormLaunch: true, scormPackage: { select: { id: true, standard: true, manifest: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "courses.lessonNotFound");
  if (row.kind !== "SCORM") throw new AppError("INVALID", "scormPlayer.notScorm");
  if (!row.scormPackage || !row.scormLaunch) throw new AppError("NOT_FOUND", "scormPlayer.packageMissing");
  const manifest = row.scormPackage.manifest as unknown as ScormManifest;
  const item = manifest?.items?.find((i) => i.identifier === row.scormItem) ?? null;
  return { id: row.scormPackage.id, standard: row.scormPackage.standard === "SCORM12" ? "scorm12" : "scorm2004", item, launch: row.scormLaunch };
}

/** The launch file's URL: each path segment encoded, the item's parameters ("?part=2", "#x") kept as declared. */
export function launchUrl(packageId: string, launch: string): string {
  const cut = launch.search(/[?#]/);
  const file = cut < 0 ? launch : launch.slice(0, cut);
  const rest = cut < 0 ? "" : launch.slice(cut);
  const safeDecode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return `/scorm/${packageId}/${file.split("/").map((s) => encodeURIComponent(safeDecode(s))).join("/")}${rest}`;
}

function rulesOf(item: ScormManifestItem | null) {
  return {
    masteryScore: item?.masteryScore ?? null,
    scaledPassingScore: item?.scaledPassingScore ?? null,
    completionThreshold: item?.completionThreshold ?? null,
    dataFromLms: item?.dataFromLms ?? null,
    maxTimeAllowed: item?.maxTimeAllowed ?? null,
    timeLimitAction: item?.timeLimitAction ?? null,
  };
}

function launchNumber(launchId: string | null): number {
  if (!launchId) return 0;
  const n = Number(launchId.slice(0, launchId.indexOf(".")));
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/**
 * Starts a launch of a SCO lesson for a learner who started the course (on the lesson's version): counts the launch,
 * hands out its id, and restores what was stored (suspend data, location, entry "resume" after a suspend). The learner
 * id is the employee id; the name is the person's name as the directory holds it. An "asset" item is done when
 * launched.
 */
export async function launchScorm(actor: Pick<Actor, "id">, lessonId: string, asOf: Date = new Date()): Promise<ScormLaunch> {
  return db.$transaction(async (tx) => {
    const { progress } = await lockProgressForLesson(tx, actor.id, lessonId);
    const pkg = await packageOf(tx, lessonId);
    const person = await tx.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { employeeId: true, fullName: true } });
    const attempt = await tx.scormAttempt.upsert({
      where: { progressId_lessonId: { progressId: progress.id, lessonId } },
      create: { progressId: progress.id, lessonId, launches: 1 },
      update: { launches: { increment: 1 } },
      select: { id: true, cmi: true, launches: true, launchId: true, lastSeq: true, totalSeconds: true },
    });
    const scormType = pkg.item?.scormType ?? "sco";
    let lessonDone = (await tx.lessonProgress.count({ where: { progressId: progress.id, lessonId } })) > 0;
    let courseDone = !!progress.completedAt;
    if (scormType === "asset" && !lessonDone && !courseDone) {
      await markLessonDone(tx, progress.id, lessonId, asOf);
      await tx.scormAttempt.update({ where: { id: attempt.id }, data: { completedAt: asOf } });
      lessonDone = true;
      courseDone = await completeIfDone(tx, progress, asOf, actor.id);
    }
    return {
      lessonId,
      standard: pkg.standard,
      launchUrl: launchUrl(pkg.id, pkg.launch),
      launchId: `${attempt.launches}.${randomUUID()}`,
      seq: 0,
      cmi: restoreCmi(pkg.standard, attempt.cmi, {
        learnerId: person.employeeId,
        learnerName: person.fullName,
        launchedBefore: attempt.launchId !== null,
        totalSeconds: attempt.totalSeconds,
        credit: true,
        item: rulesOf(pkg.item),
      }),
      scormType,
      credit: true,
      lessonDone,
      courseDone,
    };
  });
}

/** L&D preview: the SCO with nothing stored — browse mode, no credit, a fresh start every time. */
export async function previewScorm(actor: Pick<Actor, "id">, lessonId: string): Promise<ScormLaunch> {
  const pkg = await packageOf(db, lessonId);
  const person = await db.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { employeeId: true, fullName: true } });
  return {
    lessonId,
    standard: pkg.standard,
    launchUrl: launchUrl(pkg.id, pkg.launch),
    launchId: `0.${randomUUID()}`,
    seq: 0,
    cmi: restoreCmi(pkg.standard, {}, { learnerId: person.employeeId, learnerName: person.fullName, launchedBefore: false, totalSeconds: 0, credit: false, item: rulesOf(pkg.item) }),
    scormType: pkg.item?.scormType ?? "sco",
    credit: false,
    lessonDone: false,
    courseDone: false,
  };
}

const decimalOrNull = (v: string | null) => (v === null ? null : v);

/** SCORM 1.2 has one status for both: passed/failed say completed too; completed/incomplete say nothing of success. */
function scorm12Statuses(lessonStatus: string | null): [completion: string | null, success: string | null] {
  if (lessonStatus === "passed" || lessonStatus === "failed") return ["completed", lessonStatus];
  return [lessonStatus, null];
}

function scoreOf(outcome: { scoreRaw: string | null; scoreMin: string | null; scoreMax: string | null; scoreScaled: string | null }): ScormScore | null {
  const n = (v: string | null) => (v === null ? null : Number(v));
  if ([outcome.scoreRaw, outcome.scoreMin, outcome.scoreMax, outcome.scoreScaled].every((v) => v === null)) return null;
  return { raw: n(outcome.scoreRaw), min: n(outcome.scoreMin), max: n(outcome.scoreMax), scaled: n(outcome.scoreScaled) };
}

/**
 * One commit of a launch's CMI (on LMSCommit/Commit, on LMSFinish/Terminate and when the page is left). An invalid
 * value is refused and nothing is stored. A commit older than the stored one — an older launch's, or a sequence
 * number not above the last — is ignored (a late beacon). The first commit of a new launch keeps the previous launch's
 * seconds in totalSeconds. When the reported status says done, the lesson is done, and the course completes (one
 * ledger row) when every required lesson is; repeated commits after that change nothing.
 */
export async function commitScorm(actor: Pick<Actor, "id">, lessonId: string, input: Omit<ScormCommit, "lessonId">, asOf: Date = new Date()): Promise<ScormCommitResult> {
  return db.$transaction(async (tx) => {
    const { progress } = await lockProgressForLesson(tx, actor.id, lessonId);
    const pkg = await packageOf(tx, lessonId);
    const valid = validateCmi(pkg.standard, input.cmi);
    if (!valid.ok) {
      const { element, reason, max } = valid.problem;
      throw new AppError("INVALID", `scormPlayer.invalid.${reason}`, max === undefined ? { element } : { element, max });
    }
    const attempt = await tx.scormAttempt.findUnique({ where: { progressId_lessonId: { progressId: progress.id, lessonId } } });
    const launch = launchNumber(input.launchId);
    if (!attempt || launch === 0 || launch > attempt.launches) throw new AppError("CONFLICT", "scormPlayer.unknownLaunch");

    const wasDone = (await tx.lessonProgress.count({ where: { progressId: progress.id, lessonId } })) > 0;
    const current = launchNumber(attempt.launchId);
    const newLaunch = launch > current;
    if (!newLaunch && (launch < current || input.launchId !== attempt.launchId || input.seq <= attempt.lastSeq)) {
      return { attemptId: attempt.id, completedLesson: false, completedCourse: false, lessonDone: wasDone, courseDone: !!progress.completedAt, ignored: true };
    }

    const outcome = assessCmi(pkg.standard, valid.cmi, rulesOf(pkg.item));
    const launchSeconds = outcome.sessionSeconds !== null ? Math.round(outcome.sessionSeconds) : newLaunch ? 0 : attempt.launchSeconds;
    // totalSeconds = finished launches + this launch's session time (which the SCO reports whole, not as increments)
    const finished = newLaunch ? attempt.totalSeconds : attempt.totalSeconds - attempt.launchSeconds;
    const countsNow = outcome.done && !wasDone && !progress.completedAt;
    await tx.scormAttempt.update({
      where: { id: attempt.id },
      data: {
        cmi: outcome.cmi,
        completionStatus: outcome.completionStatus,
        successStatus: outcome.successStatus,
        scoreRaw: decimalOrNull(outcome.scoreRaw),
        scoreMin: decimalOrNull(outcome.scoreMin),
        scoreMax: decimalOrNull(outcome.scoreMax),
        scoreScaled: decimalOrNull(outcome.scoreScaled),
        location: outcome.location,
        suspendData: outcome.suspendData,
        totalSeconds: finished + launchSeconds,
        launchId: input.launchId,
        launchSeconds,
        lastSeq: input.seq,
        ...(outcome.done && !attempt.completedAt ? { completedAt: asOf } : {}),
      },
    });
    let completedCourse = false;
    if (countsNow) {
      await markLessonDone(tx, progress.id, lessonId, asOf);
      completedCourse = await completeIfDone(tx, progress, asOf, actor.id);
    }
    // The SCO's result to the LRS (when xAPI is configured): once per attempt and status, so repeated commits add nothing.
    const [completion, success] =
      pkg.standard === "scorm12" ? scorm12Statuses(outcome.completionStatus) : [outcome.completionStatus, outcome.successStatus];
    await queueXapi(tx, {
      kind: "scorm", staffId: progress.staffId, courseId: progress.courseId, lessonId, progressId: progress.id, attemptId: attempt.id,
      completion, success, score: scoreOf(outcome), durationSeconds: finished + launchSeconds, at: asOf,
    });
    return {
      attemptId: attempt.id,
      completedLesson: countsNow,
      completedCourse,
      lessonDone: wasDone || countsNow,
      courseDone: !!progress.completedAt || completedCourse,
      ignored: false,
    };
  });
}
