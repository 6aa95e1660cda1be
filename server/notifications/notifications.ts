import "server-only";
import { db, type Tx } from "~/server/db";
import type { Actor } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { notificationValues } from "~/server/notifications/templates";

/**
 * The one writer of Notification: what Pathway mails a person also lands in their list in the app, written by the
 * outbox's writers in the mail's own transaction (server/mail/render.ts for templated mail, the compliance reminder
 * run for its bulk), so a person without working mail still sees it. Only the template and its values are stored;
 * the list renders them in the viewer's language when read (server/notifications/list.ts).
 */

/** How long a notification stays in the list; the daily reminder job deletes older ones. */
export const KEEP_NOTIFICATIONS_DAYS = 180;

export type NewNotification = {
  staffId: string;
  /** the mail's catalogue namespace ("mentoring.mail", "enrolment.email", "compliance.email") */
  namespace: string;
  template: string;
  /** the mail's values; only those the title and short line use are kept */
  values: Record<string, unknown>;
  /** the page inside Pathway it links to */
  path: string;
  /** the mail's dedupeKey: a retried producer writes no second notification */
  dedupeKey: string;
};

/**
 * Writes notifications inside the caller's transaction in one set-based insert (the reminder run writes tens of
 * thousands: one jsonb parameter instead of a bind parameter per cell); a dedupeKey already used writes nothing.
 * Returns how many were new.
 */
export async function recordNotifications(tx: Tx, rows: readonly NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const data = rows.map((r) => ({ s: r.staffId, n: r.namespace, t: r.template, v: notificationValues(r.namespace, r.template, r.values), p: r.path, k: r.dedupeKey }));
  return tx.$executeRaw`
    INSERT INTO "Notification" (id, "staffId", namespace, template, "values", path, "dedupeKey")
    SELECT 'ntf_' || replace(gen_random_uuid()::text, '-', ''), x.s, x.n, x.t, x.v, x.p, x.k
    FROM jsonb_to_recordset(${JSON.stringify(data)}::jsonb) AS x(s text, n text, t text, v jsonb, p text, k text)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/** The number the header shows: the person's unread notifications. */
export function unreadNotificationCount(staffId: string): Promise<number> {
  return db.notification.count({ where: { staffId, readAt: null } });
}

/**
 * Marks one of the actor's notifications read (again: no change). Someone else's notification is answered as not
 * found, so an id reveals nothing about another person's mail.
 */
export async function markNotificationRead(actor: Pick<Actor, "id">, id: string, asOf: Date = new Date()): Promise<{ id: string }> {
  const { count } = await db.notification.updateMany({ where: { id, staffId: actor.id, readAt: null }, data: { readAt: asOf } });
  if (count === 0 && !(await db.notification.findFirst({ where: { id, staffId: actor.id }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "notifications.notFound");
  }
  return { id };
}

/** Marks every unread notification of the actor read; returns how many were unread. */
export async function markAllNotificationsRead(actor: Pick<Actor, "id">, asOf: Date = new Date()): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({ where: { staffId: actor.id, readAt: null }, data: { readAt: asOf } });
  return { count };
}

/** Deletes notifications older than KEEP_NOTIFICATIONS_DAYS before `asOf` (the mail itself stays in the outbox). */
export async function deleteOldNotifications(asOf: Date): Promise<number> {
  const before = new Date(asOf.getTime() - KEEP_NOTIFICATIONS_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.notification.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
