import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import { courseLanguage, readCourseTranslations, readLessonTranslations } from "~/lib/courses/i18n";
import { xapiConfig, type XapiConfig } from "~/server/xapi/config";
import type { XapiEvent } from "~/server/xapi/events";
import { LrsUnreachable, postStatements, putStatement, type LrsAnswer } from "~/server/xapi/lrs";
import { buildStatements, titleMap, type StatementFacts, type XapiStatementJson } from "~/server/xapi/statements";

// The xAPI outbox (XapiStatement; this module is its only writer). A learning event writes its statement in the
// event's own transaction, so the statement exists exactly when the event does; the delivery job sends it to the LRS
// later, with retries, so an LRS outage loses nothing. The statement id is derived from what produced it (sourceKey),
// so a repeated event writes nothing and a retried delivery never makes a second statement in the LRS.

/** Statements sent in one POST (the LRS gets a batch; a refused batch is retried one statement at a time). */
export const BATCH_SIZE = 50;
/** Back-off after a failed attempt: 1 min, 2, 4 … doubling up to 6 h, then every 6 h until the LRS takes it. */
export const MAX_BACKOFF_MINUTES = 360;
/** A claimed statement is left alone this long: if the worker dies mid-send, another picks it up after the lease. */
const CLAIM_LEASE_MINUTES = 5;
/** How much of the LRS's answer is kept to show L&D. */
const ANSWER_CHARS = 1000;

export const backoffMinutes = (attempts: number): number => Math.min(2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MINUTES);

/**
 * Writes the statements of a learning event into the outbox, inside the caller's transaction. Writes nothing when
 * xAPI is not configured (XAPI_ENDPOINT and credentials), and nothing for an event already queued (its sourceKey).
 * Returns how many statements were new.
 */
export async function queueXapi(tx: Tx, event: XapiEvent, config: XapiConfig | null = xapiConfig()): Promise<number> {
  if (!config) return 0;
  const facts = await readFacts(tx, event, config.homePage);
  const built = buildStatements(event, facts);
  if (built.length === 0) return 0;
  const { count } = await tx.xapiStatement.createMany({
    data: built.map((b) => ({ id: b.statement.id, sourceKey: b.sourceKey, verb: b.verb, statement: b.statement as unknown as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  return count;
}

/** What a statement needs beyond the event: the employee id, the course's code and titles, the lesson's title. */
async function readFacts(tx: Tx, event: XapiEvent, homePage: string): Promise<StatementFacts> {
  const staff = await tx.staff.findUniqueOrThrow({ where: { id: event.staffId }, select: { employeeId: true, locale: true } });
  const course = await tx.course.findUniqueOrThrow({
    where: { id: event.courseId },
    select: { code: true, title: true, summary: true, baseLocale: true, languages: true, translations: true },
  });
  const facts: StatementFacts = {
    homePage,
    employeeId: staff.employeeId,
    course: { code: course.code, name: titleMap(course, readCourseTranslations(course.translations), course.languages) },
    language: courseLanguage(course, [staff.locale]),
  };
  if (event.kind === "quiz" || event.kind === "scorm") {
    const lesson = await tx.lesson.findUniqueOrThrow({ where: { id: event.lessonId }, select: { title: true, translations: true } });
    facts.lesson = { name: titleMap({ title: lesson.title, baseLocale: course.baseLocale }, readLessonTranslations(lesson.translations), course.languages) };
  }
  if (event.kind === "quiz") {
    const attempt = await tx.quizAttempt.findUnique({ where: { id: event.attemptId }, select: { startedAt: true } });
    facts.durationSeconds = attempt ? Math.max(0, (event.at.getTime() - attempt.startedAt.getTime()) / 1000) : null;
  }
  if (event.kind === "attended") {
    const session = await tx.courseSession.findUnique({ where: { id: event.sessionId }, select: { language: true } });
    if (session) facts.language = session.language;
  }
  return facts;
}

export type XapiDeliveryResult = { sent: number; failing: number };

type Claimed = { id: string; statement: XapiStatementJson; attempts: number };

/**
 * Sends due statements (WAITING, or FAILING whose next attempt has come) to the LRS, from any number of workers at
 * once: each batch is claimed with FOR UPDATE SKIP LOCKED and a lease, POSTed, and marked. A refused batch (400, 409,
 * 413) is retried one PUT per statement, so one bad statement does not hold the others back. 200/204 — and 409 on a
 * PUT, the LRS having that id already — mark SENT; anything else marks FAILING with the LRS's answer (or the network
 * error) and the next attempt after the back-off. Does nothing when xAPI is not configured.
 */
export async function deliverXapi(opts: { now?: () => Date; limit?: number; config?: XapiConfig | null } = {}): Promise<XapiDeliveryResult> {
  const config = opts.config === undefined ? xapiConfig() : opts.config;
  const now = opts.now ?? (() => new Date());
  const limit = opts.limit ?? 500;
  const result: XapiDeliveryResult = { sent: 0, failing: 0 };
  if (!config) return result;
  for (let done = 0; done < limit; ) {
    const batch = await claim(now(), Math.min(BATCH_SIZE, limit - done));
    if (batch.length === 0) break;
    done += batch.length;
    const outcome = await send(config, batch);
    await mark(outcome, now());
    for (const o of outcome) {
      if (o.sent) result.sent++;
      else result.failing++;
    }
    // The LRS cannot be reached: the other batches wait for their next attempt rather than for timeouts now.
    if (outcome.every((o) => !o.sent && o.status === null)) break;
  }
  return result;
}

async function claim(at: Date, size: number): Promise<Claimed[]> {
  const iso = at.toISOString();
  return db.$queryRaw<Claimed[]>`
    UPDATE "XapiStatement" s
    SET attempts = s.attempts + 1,
        "nextAttemptAt" = (${iso}::timestamptz AT TIME ZONE 'UTC') + make_interval(mins => ${CLAIM_LEASE_MINUTES})
    WHERE s.id IN (
      SELECT id FROM "XapiStatement"
      WHERE status IN ('WAITING', 'FAILING') AND "nextAttemptAt" <= (${iso}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "createdAt", id
      LIMIT ${size}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING s.id, s.statement, s.attempts`;
}

type Outcome = { id: string; attempts: number; sent: boolean; status: number | null; error: string | null };

const STORED = (status: number) => status === 200 || status === 204;
/** Answers that refuse what was sent rather than say the LRS is unwell: worth retrying one statement at a time. */
const REFUSED_CONTENT = new Set([400, 409, 413]);

async function send(config: XapiConfig, batch: Claimed[]): Promise<Outcome[]> {
  const failAll = (status: number | null, error: string) => batch.map((c) => ({ id: c.id, attempts: c.attempts, sent: false, status, error }));
  let answer: LrsAnswer;
  try {
    answer = await postStatements(config, batch.map((c) => c.statement));
  } catch (error) {
    if (error instanceof LrsUnreachable) return failAll(null, error.message);
    throw error;
  }
  if (STORED(answer.status)) return batch.map((c) => ({ id: c.id, attempts: c.attempts, sent: true, status: answer.status, error: null }));
  if (!REFUSED_CONTENT.has(answer.status)) return failAll(answer.status, answerText(answer));
  const out: Outcome[] = [];
  for (const c of batch) {
    try {
      const one = await putStatement(config, c.statement);
      const sent = STORED(one.status) || one.status === 409;
      out.push({ id: c.id, attempts: c.attempts, sent, status: one.status, error: sent ? null : answerText(one) });
    } catch (error) {
      if (!(error instanceof LrsUnreachable)) throw error;
      out.push({ id: c.id, attempts: c.attempts, sent: false, status: null, error: error.message });
    }
  }
  return out;
}

const answerText = (a: LrsAnswer) => (a.body.trim() || `HTTP ${a.status}`).slice(0, ANSWER_CHARS);

async function mark(outcome: Outcome[], at: Date) {
  const sent = outcome.filter((o) => o.sent);
  await db.$transaction(async (tx) => {
    if (sent.length) {
      await tx.xapiStatement.updateMany({ where: { id: { in: sent.map((o) => o.id) } }, data: { status: "SENT", sentAt: at, lastError: null } });
    }
    for (const o of outcome) {
      if (o.sent) continue;
      await tx.xapiStatement.update({
        where: { id: o.id },
        data: {
          status: "FAILING",
          lastStatus: o.status,
          lastError: (o.error ?? "").slice(0, ANSWER_CHARS),
          nextAttemptAt: new Date(at.getTime() + backoffMinutes(o.attempts) * 60_000),
        },
      });
    }
  });
}

/**
 * L&D's "Send now": every failing statement becomes due at once (audited: it overrides the back-off), and the outbox
 * is delivered. Refused when xAPI is not configured.
 */
export async function sendXapiNow(actor: Pick<Actor, "id">, opts: { now?: () => Date; config?: XapiConfig | null } = {}): Promise<XapiDeliveryResult> {
  const config = opts.config === undefined ? xapiConfig() : opts.config;
  const now = opts.now ?? (() => new Date());
  if (!config) throw new AppError("CONFLICT", "xapi.notConfigured");
  await db.$transaction(async (tx) => {
    const { count } = await tx.xapiStatement.updateMany({ where: { status: "FAILING" }, data: { nextAttemptAt: now() } });
    await audit(tx, actor, "xapi.sendNow", "XapiStatement", "outbox", { data: { failing: count } });
  });
  return deliverXapi({ now, config });
}
