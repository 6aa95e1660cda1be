import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { testDb } from "~/tests/db";
import { actorOf, createCourse, createDepartment, createMentee, createMentor, createRequirementRow, createStaff, retireBootstrapRequirements, setTrainingRequired } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { createCaller } from "~/server/api/root";
import { loadActor } from "~/server/auth/actor";
import { queueTemplatedMails } from "~/server/mail/render";
import { runReminders } from "~/server/compliance/reminders";
import { sendRequests } from "~/server/mentoring/requests";
import { listNotifications, renderNotification } from "~/server/notifications/list";
import { deleteOldNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "~/server/notifications/notifications";

const db = testDb();
const notificationsOf = (staffId: string) => db.notification.findMany({ where: { staffId }, orderBy: { createdAt: "asc" } });

/** One MentorNet mail to `to`, as the mentoring module writes it. */
function requestMail(to: { email: string }, key: string) {
  return {
    to: to.email,
    template: "requestReceived",
    values: { mentee: "Amina Haddad", mentor: "Ben Mentor", grade: "P2", department: "Finance", months: 6, message: "I would like to work on negotiation.", deadline: "16 March 2026" },
    path: "/mentoring/inbox",
    dedupeKey: key,
  };
}

beforeAll(async () => {
  await setTrainingRequired(db, false);
});

describe("a mail to a person also lands in their notification list", () => {
  it("writes exactly one notification with the mail, and none twice when the producer retries", async () => {
    const mentor = await createStaff(db);
    const key = `test:request:${mentor.id}`;
    await db.$transaction((tx) => queueTemplatedMails(tx, "mentoring.mail", [requestMail(mentor, key)]));
    await db.$transaction((tx) => queueTemplatedMails(tx, "mentoring.mail", [requestMail(mentor, key)]));

    expect(await db.emailMessage.count({ where: { dedupeKey: key } })).toBe(1);
    const rows = await notificationsOf(mentor.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ namespace: "mentoring.mail", template: "requestReceived", path: "/mentoring/inbox", dedupeKey: key, readAt: null });
    // Only what the title and its line use: the mentee's personal message stays in the mail.
    expect(rows[0]!.values).toEqual({ mentee: "Amina Haddad", deadline: "16 March 2026" });
  });

  it("writes nothing when the change that caused the mail rolls back", async () => {
    const mentor = await createStaff(db);
    const key = `test:rolled-back:${mentor.id}`;
    await expect(
      db.$transaction(async (tx) => {
        await queueTemplatedMails(tx, "mentoring.mail", [requestMail(mentor, key)]);
        throw new Error("the action failed after queueing its mail");
      }),
    ).rejects.toThrow("the action failed");
    expect(await db.emailMessage.count({ where: { dedupeKey: key } })).toBe(0);
    expect(await notificationsOf(mentor.id)).toHaveLength(0);
  });

  it("writes none for an address that is not a member of staff (the mail still leaves)", async () => {
    const key = `test:outsider:${Date.now()}`;
    await db.$transaction((tx) => queueTemplatedMails(tx, "mentoring.mail", [requestMail({ email: "someone@elsewhere.example.org" }, key)]));
    expect(await db.emailMessage.count({ where: { dedupeKey: key } })).toBe(1);
    expect(await db.notification.count({ where: { dedupeKey: key } })).toBe(0);
  });

  it("shows a mentor the request a mentee sent, titled like the mail, with its deadline, linking to the inbox", async () => {
    const mentor = await createMentor(db, { fullName: "Ben Mentor" });
    const mentee = await createMentee(db, { fullName: "Amina Haddad" });
    await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "I would like to work on negotiation.", durationMonths: 6 }, new Date("2026-03-02T09:00:00Z"));

    const list = await listNotifications(mentor.id, "en");
    expect(list.unread).toBe(1);
    expect(list.items).toHaveLength(1);
    const [mail] = await db.emailMessage.findMany({ where: { to: mentor.email }, select: { subject: true } });
    expect(list.items[0]).toMatchObject({ title: mail!.subject, read: false, path: "/mentoring/inbox" });
    expect(list.items[0]!.title).toBe("Amina Haddad asks you to be their mentor");
    expect(list.items[0]!.line).toMatch(/^Please accept or decline by \d{1,2} March 2026\.$/);
  });
});

describe("the weekly compliance reminders", () => {
  it("put each reminder and manager digest in the person's list, once per week however often the run repeats", async () => {
    await retireBootstrapRequirements(db);
    const dept = await createDepartment(db);
    const manager = await createStaff(db, { fullName: "Wen Manager" });
    const learner = await createStaff(db, { departmentId: dept.id, managerId: manager.id, fullName: "Amina Late" });
    const fraud = await createCourse(db, { title: "Anti-fraud awareness" });
    const security = await createCourse(db, { title: "Information security" });
    await createRequirementRow(db, fraud.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-01-31" });
    await createRequirementRow(db, security.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-31" });

    const asOf = new Date("2026-03-24T06:00:00+01:00");
    await runReminders(asOf);
    await runReminders(asOf);

    const learnerList = await listNotifications(learner.id, "en");
    expect(learnerList.items.map((i) => [i.title, i.line, i.path])).toEqual([
      ["Mandatory training: 1 course is overdue", "Anti-fraud awareness and Information security", "/"],
    ]);
    const [mail] = await db.emailMessage.findMany({ where: { to: learner.email }, select: { subject: true } });
    expect(learnerList.items[0]!.title).toBe(mail!.subject);

    const managerList = await listNotifications(manager.id, "en");
    expect(managerList.items.map((i) => [i.title, i.path])).toEqual([["Your team: 1 person is overdue with mandatory training", "/team"]]);
  });
});

describe("reading the list", () => {
  async function personWithNotifications(count: number) {
    const person = await createStaff(db);
    for (let i = 0; i < count; i++) {
      await db.$transaction((tx) => queueTemplatedMails(tx, "mentoring.mail", [requestMail(person, `test:list:${person.id}:${i}`)]));
    }
    return person;
  }

  it("renders the title in the viewer's language, and in the default language for one not offered", async () => {
    const n = { namespace: "enrolment.email", template: "waitlisted", values: { course: "Respect in the workplace", date: "3 March 2026", rank: 2 } };
    expect(renderNotification("en", n)).toEqual({ title: "Waiting list: Respect in the workplace, 3 March 2026", line: "You are number 2 on the waiting list." });
    expect(renderNotification("xx", n)).toEqual(renderNotification("en", n));
    expect(
      renderNotification("en", { namespace: "compliance.email", template: "managerReminder", values: { manager: "Wang Wei", course: "Anti-fraud awareness", state: "OVERDUE", date: "20 March 2026" } }),
    ).toEqual({ title: "Reminder from Wang Wei: Anti-fraud awareness", line: "Overdue since 20 March 2026." });
    // A template the catalogue no longer holds, or values it no longer matches, still reads as something.
    expect(renderNotification("en", { namespace: "enrolment.email", template: "gone", values: {} })).toEqual({ title: "A message from Pathway", line: null });
    expect(renderNotification("en", { namespace: "enrolment.email", template: "waitlisted", values: {} })).toEqual({ title: "A message from Pathway", line: null });
  });

  it("counts the unread, pages newest first, and marks one or all read", async () => {
    const person = await personWithNotifications(3);
    expect(await unreadNotificationCount(person.id)).toBe(3);

    const page1 = await listNotifications(person.id, "en", { pageSize: 2 });
    expect(page1).toMatchObject({ page: 1, pageCount: 2, total: 3, unread: 3 });
    const page2 = await listNotifications(person.id, "en", { page: 2, pageSize: 2 });
    const order = [...page1.items, ...page2.items].map((i) => i.createdAt.getTime());
    expect(order).toEqual([...order].sort((a, b) => b - a));

    await markNotificationRead(actorOf(person), page1.items[0]!.id);
    await markNotificationRead(actorOf(person), page1.items[0]!.id); // again: no change, no error
    expect(await unreadNotificationCount(person.id)).toBe(2);
    expect((await listNotifications(person.id, "en")).items.filter((i) => i.read).map((i) => i.id)).toEqual([page1.items[0]!.id]);

    expect(await markAllNotificationsRead(actorOf(person))).toEqual({ count: 2 });
    expect(await unreadNotificationCount(person.id)).toBe(0);
  });

  it("refuses to mark another person's notification read, and leaves it unread", async () => {
    const owner = await personWithNotifications(1);
    const other = await createStaff(db);
    const [n] = await notificationsOf(owner.id);
    const refused = await markNotificationRead(actorOf(other), n!.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("NOT_FOUND");
    await markAllNotificationsRead(actorOf(other));
    expect(await unreadNotificationCount(owner.id)).toBe(1);

    // The same through the API: someone else's id is not found; the owner's own works.
    const caller = createCaller({ actor: await loadActor(other.id) });
    const viaApi = await caller.notifications.markRead({ id: n!.id }).catch((e: unknown) => e);
    expect(viaApi).toBeInstanceOf(TRPCError);
    expect((viaApi as TRPCError).code).toBe("NOT_FOUND");
    expect(await caller.notifications.unreadCount()).toBe(0);
    const ownerCaller = createCaller({ actor: await loadActor(owner.id) });
    await ownerCaller.notifications.markRead({ id: n!.id });
    expect(await ownerCaller.notifications.unreadCount()).toBe(0);
  });

  it("keeps notifications for 180 days", async () => {
    const person = await personWithNotifications(2);
    const [old] = await notificationsOf(person.id);
    await db.notification.update({ where: { id: old!.id }, data: { createdAt: new Date(Date.now() - 181 * 86_400_000) } });
    await deleteOldNotifications(new Date());
    expect((await notificationsOf(person.id)).map((n) => n.id)).not.toContain(old!.id);
    expect(await notificationsOf(person.id)).toHaveLength(1);
  });
});
