import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { testDb } from "~/tests/db";
import { createDepartment, createStaff, createCourse, createRequirementRow, retireBootstrapRequirements, actorOf, createMentee, createMentor } from "~/tests/factories";
import { startSmtpSink, type SmtpSink } from "~/tests/smtp-sink";
import { ONCE_A_DAY, startJobWorker, stopJobWorker } from "~/server/jobs/worker";
import { JOBS } from "~/server/jobs/queues";
import { sendRequests } from "~/server/mentoring/requests";
import { setTestEnv } from "~/tests/env";

const db = testDb();
let sink: SmtpSink;
let boss: PgBoss;

beforeAll(async () => {
  await retireBootstrapRequirements(db);
  sink = await startSmtpSink();
  // The worker reads the mail settings from the environment, like the app process does.
  setTestEnv({ SMTP_URL: `${sink.url}?ignoreTLS=true`, MAIL_FROM: "Pathway <learning@example.org>" });
  boss = (await startJobWorker())!;
});
afterAll(async () => {
  await stopJobWorker();
  await sink.close();
});

async function until<T>(what: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the job worker on PostgreSQL (pg-boss)", () => {
  it("starts once, with the daily reminder run and the mail delivery on their schedules", async () => {
    expect(await startJobWorker()).toBe(boss);
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz]).sort()).toEqual([
      [JOBS.reminders.queue, "0 6 * * *", "Europe/Zurich"],
      [JOBS.mentoring.queue, "15 6 * * *", "Europe/Zurich"],
      [JOBS.learning.queue, "30 6 * * *", "Europe/Zurich"],
      [JOBS.delivery.queue, "* * * * *", "Europe/Zurich"],
      [JOBS.xapi.queue, "* * * * *", "Europe/Zurich"],
    ].sort());
  });

  it("runs each daily job once a day however many processes start a worker: a second start-up's job is not stored", async () => {
    const today = async (queue: string) =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${queue} AND singleton_key = ${ONCE_A_DAY.singletonKey}`)[0]!.n;
    for (const queue of [JOBS.reminders.queue, JOBS.mentoring.queue, JOBS.learning.queue]) {
      // This process's start-up sent today's job; another process starting now (or the 06:00 tick) sends the same.
      expect(await today(queue)).toBe(1);
      expect(await boss.send(queue, {}, ONCE_A_DAY)).toBeNull();
      expect(await today(queue)).toBe(1);
    }
  });

  it("a reminder job writes the outbox and its mail goes out through SMTP, once", async () => {
    const dept = await createDepartment(db);
    const learner = await createStaff(db, { departmentId: dept.id });
    const course = await createCourse(db, { title: "Anti-fraud awareness" });
    await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-04-30" });

    await boss.send(JOBS.reminders.queue, { asOf: "2026-04-20" });
    const message = await until(() => db.emailMessage.findUnique({ where: { dedupeKey: `reminder:${learner.id}:2026-W17` } }));
    expect(message.subject).toBe("Mandatory training: 1 course needs your attention");
    // (The worker's start-up catch-up run for today may have written this learner's message for this week too.)
    const sent = await until(async () => sink.received.find((m) => m.messageId === `<${message.id}@example.org>`));
    expect(sent.subject).toBe(message.subject);
    await until(async () => (await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "SENT");

    // The same day's job again (a retry, a second app process): nothing new is written or sent.
    await boss.send(JOBS.reminders.queue, { asOf: "2026-04-21" });
    await boss.send(JOBS.delivery.queue, {});
    await new Promise((r) => setTimeout(r, 3000));
    const outbox = await db.emailMessage.findMany({ where: { to: learner.email }, select: { id: true, status: true } });
    expect(outbox.filter((m) => m.id === message.id)).toHaveLength(1);
    expect(outbox.every((m) => m.status === "SENT")).toBe(true);
    expect(sink.received.filter((m) => m.to[0] === learner.email)).toHaveLength(outbox.length);
  });

  it("MentorNet's daily job expires a request nobody answered and tells the mentee by e-mail", async () => {
    const mentor = await createMentor(db, { fullName: "Quiet Mentor" });
    const mentee = await createMentee(db, { fullName: "Waiting Mentee" });
    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "Could we work on negotiation together?", durationMonths: 6 }, new Date("2026-03-02T09:00:00Z"));

    await boss.send(JOBS.mentoring.queue, { asOf: "2026-03-20" });
    await until(async () => (await db.mentoringRequest.findUniqueOrThrow({ where: { id: request!.id } })).status === "EXPIRED");
    const told = await until(async () => sink.received.find((m) => m.to[0] === mentee.email && m.subject === "Your mentoring request to Quiet Mentor expired"));
    expect(told).toBeTruthy();
  });
});
