import "server-only";
import { createTranslator } from "use-intl/core";
import { db } from "~/server/db";
import { DEFAULT_LOCALE, formattingLocale, isLocale, type Locale } from "~/lib/i18n/locales";
import { catalogues } from "~/messages";
import { mailWriter, type MailNamespace, type MailValues } from "~/server/mail/render";
import { hasArguments, lineKey, sourceOf, subjectKey } from "~/server/notifications/templates";

/**
 * A person's notification list, rendered when read in the viewer's language: the title is the mail's subject (by the
 * one mail renderer, server/mail/render.ts), the short line comes from messages/<locale>/notifications.json.
 * Reading only; the table's writer is server/notifications/notifications.ts (which the mail writer calls, so the
 * renderer and the writer stay in separate modules and import no cycle).
 */

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = {
  id: string;
  title: string;
  /** a short second line (a deadline, a reason, the courses concerned), when the template has one */
  line: string | null;
  path: string;
  createdAt: Date;
  read: boolean;
};

export type NotificationPage = { items: NotificationItem[]; page: number; pageCount: number; total: number; unread: number };

// every language's messages (messages/index.ts)
type Translate = (key: string, values?: MailValues) => string;
const lineWriters = new Map<Locale, { t: Translate; list: Intl.ListFormat }>();

function lineWriter(locale: Locale) {
  let w = lineWriters.get(locale);
  if (!w) {
    const t = createTranslator({ locale, messages: catalogues[locale], namespace: "notifications" }) as unknown as Translate;
    w = { t, list: new Intl.ListFormat(formattingLocale(locale), { type: "conjunction" }) };
    lineWriters.set(locale, w);
  }
  return w;
}

/** The title and short line of a notification in `locale`; a template the catalogue no longer words gets a plain title. */
export function renderNotification(locale: string | null | undefined, n: { namespace: string; template: string; values: unknown }): { title: string; line: string | null } {
  const l: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const { t, list } = lineWriter(l);
  const stored = n.values !== null && typeof n.values === "object" && !Array.isArray(n.values) ? (n.values as Record<string, unknown>) : {};
  // Lists (the courses of a reminder) are joined in the viewer's language: "A, B and C".
  const values: MailValues = {};
  for (const [k, v] of Object.entries(stored)) {
    if (Array.isArray(v)) values[k] = list.format(v.map(String));
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values[k] = v;
  }
  const subject = subjectKey(n.namespace, n.template);
  const subjectSource = subject ? sourceOf(`${n.namespace}.${subject}`) : null;
  const title =
    subject && subjectSource && hasArguments(subjectSource, values)
      ? mailWriter(l, n.namespace as MailNamespace).t(subject, values)
      : t("fallbackTitle");
  const line = lineKey(n.namespace, n.template);
  const lineSource = line ? sourceOf(`notifications.lines.${line}`) : null;
  return { title, line: line && lineSource && hasArguments(lineSource, values) ? t(`lines.${line}`, values) || null : null };
}

/** One page of the person's notifications, newest first, with the totals the page and the header show. */
export async function listNotifications(staffId: string, locale: string | null | undefined, opts: { page?: number; pageSize?: number } = {}): Promise<NotificationPage> {
  const pageSize = opts.pageSize ?? NOTIFICATIONS_PAGE_SIZE;
  const [total, unread] = await Promise.all([db.notification.count({ where: { staffId } }), db.notification.count({ where: { staffId, readAt: null } })]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pageCount);
  const rows = await db.notification.findMany({
    where: { staffId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, namespace: true, template: true, values: true, path: true, createdAt: true, readAt: true },
  });
  return {
    items: rows.map((r) => ({ id: r.id, ...renderNotification(locale, r), path: r.path, createdAt: r.createdAt, read: r.readAt !== null })),
    page,
    pageCount,
    total,
    unread,
  };
}
