import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import nodemailer, { type Transporter } from "nodemailer";
import { testDb } from "~/tests/db";
import { uniq } from "~/tests/factories";
import { startSmtpSink, type SmtpSink } from "~/tests/smtp-sink";
import { enqueueEmails } from "~/server/mail/outbox";
import { deliverPending, retryFailed } from "~/server/mail/delivery";

const db = testDb();
const FROM = "Pathway <learning@example.org>";
let sink: SmtpSink;
let transport: Transporter;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = nodemailer.createTransport({ url: sink.url, ignoreTLS: true } as never);
});
afterAll(async () => {
  transport.close();
  await sink.close();
});
beforeEach(async () => {
  // Each test starts from an empty outbox (one database per file; tests in a file run one after another).
  await db.emailMessage.deleteMany({});
  sink.received.length = 0;
});

const mail = (to = `${uniq("p.")}@example.org`) => ({ to, subject: `Subject ${uniq()}`, text: "Hello,\n.\nA line with a dot.", dedupeKey: uniq("test:") });

describe("outbox delivery over real SMTP", () => {
  it("sends every pending message once, marks it sent, and sends nothing on the next run", async () => {
    const emails = [mail(), mail(), mail()];
    expect(await enqueueEmails(db, emails)).toBe(3);
    expect(await deliverPending(transport, { from: FROM })).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(sink.received.map((m) => m.to[0]).sort()).toEqual(emails.map((e) => e.to).sort());
    expect(sink.received[0]!.data).toContain("A line with a dot.");
    const rows = await db.emailMessage.findMany();
    expect(rows.every((r) => r.status === "SENT" && r.sentAt && r.attempts === 1)).toBe(true);
    // The Message-ID is the outbox id: a retried send is recognisably the same message.
    expect(sink.received.map((m) => m.messageId).sort()).toEqual(rows.map((r) => `<${r.id}@example.org>`).sort());
    expect(await deliverPending(transport, { from: FROM })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(3);
  });

  it("the same dedupe key is written once", async () => {
    const m = mail();
    expect(await enqueueEmails(db, [m])).toBe(1);
    expect(await enqueueEmails(db, [{ ...m, subject: "Changed" }])).toBe(0);
    expect(await db.emailMessage.count({ where: { dedupeKey: m.dedupeKey } })).toBe(1);
  });

  it("two workers at once send each message exactly once", async () => {
    await enqueueEmails(db, Array.from({ length: 12 }, () => mail()));
    const [a, b] = await Promise.all([deliverPending(transport, { from: FROM }), deliverPending(transport, { from: FROM })]);
    expect(a.sent + b.sent).toBe(12);
    expect(sink.received).toHaveLength(12);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(12);
  });

  it("a temporary refusal is retried after a delay; a permanent one fails at once and L&D can queue it again", async () => {
    const [temp, perm] = [mail(), mail()];
    await enqueueEmails(db, [temp]);
    const t0 = new Date("2026-03-02T08:00:00Z");
    sink.refuseNext("451 4.3.0 Mailbox busy, try again later");
    expect(await deliverPending(transport, { from: FROM, now: () => t0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: temp.dedupeKey } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("451");
    expect(row.nextAttemptAt?.toISOString()).toBe("2026-03-02T08:01:00.000Z");
    // Too early: left alone.
    expect(await deliverPending(transport, { from: FROM, now: () => new Date("2026-03-02T08:00:30Z") })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverPending(transport, { from: FROM, now: () => new Date("2026-03-02T08:01:00Z") })).toEqual({ sent: 1, retrying: 0, failed: 0 });

    await enqueueEmails(db, [perm]);
    sink.refuseNext("550 5.1.1 No such user");
    expect(await deliverPending(transport, { from: FROM, now: () => t0 })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const failed = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: perm.dedupeKey } });
    expect(failed.status).toBe("FAILED");
    expect(await retryFailed(failed.id)).toBe(true);
    expect(await deliverPending(transport, { from: FROM })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received.filter((m) => m.to[0] === perm.to)).toHaveLength(1);
  });

  it("a worker that died after claiming a message: another sends it after the lease, once", async () => {
    const m = mail();
    await enqueueEmails(db, [m]);
    // What a claim leaves behind when the process dies before sending: one attempt, a 10-minute lease.
    await db.emailMessage.update({ where: { dedupeKey: m.dedupeKey }, data: { attempts: 1, nextAttemptAt: new Date("2026-03-02T08:10:00Z") } });
    expect(await deliverPending(transport, { from: FROM, now: () => new Date("2026-03-02T08:05:00Z") })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverPending(transport, { from: FROM, now: () => new Date("2026-03-02T08:10:00Z") })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliverPending(transport, { from: FROM, now: () => new Date("2026-03-02T09:00:00Z") })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("gives up after the last retry", async () => {
    const m = mail();
    await enqueueEmails(db, [m]);
    await db.emailMessage.update({ where: { dedupeKey: m.dedupeKey }, data: { attempts: 7 } });
    sink.refuseNext("421 4.7.0 Try later");
    expect(await deliverPending(transport, { from: FROM })).toEqual({ sent: 0, retrying: 0, failed: 1 });
  });
});
