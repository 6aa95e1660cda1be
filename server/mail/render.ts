import "server-only";
import { createFormatter, createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, formattingLocale, isLocale, type Locale } from "~/lib/i18n/locales";
import { catalogues } from "~/messages";
import { appUrl } from "~/server/env";
import type { Tx } from "~/server/db";
import { enqueueEmails } from "~/server/mail/enqueue";
import { recordNotifications } from "~/server/notifications/notifications";

/**
 * The one way Pathway writes mail: subject, plain text and HTML from a namespace of the message catalogue, in the
 * recipient's language, with links on the app's one public address (appUrl). Enrolment, MentorNet, compliance
 * reminders and sign-in links all go through here.
 */

// every language's messages (messages/index.ts)

/** The catalogue namespaces that hold mail. */
export type MailNamespace =
  | "enrolment.email"
  | "enrolment.calendar"
  | "mentoring.mail"
  | "mentoring"
  | "compliance.email"
  | "auth.email"
  | "paths.email"
  | "programmes.mail"
  | "programmeAdmin.mail"
  | "licences.mail"
  | "evaluations.mail";
export type MailValues = Record<string, string | number | boolean | Date>;
export type MailContent = { subject: string; text: string; html: string };

type Translate = (key: string, values?: MailValues) => string;
const writers = new Map<string, { locale: Locale; t: Translate; date: (d: Date) => string }>();

function localeOf(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Messages of `namespace` in `locale` (the default language when it is not offered), and calendar dates the way the
 * organisation writes them ("24 November 2026"; dates are stored at UTC midnight, so they are formatted in UTC).
 */
export function mailWriter(locale: string | null | undefined, namespace: MailNamespace) {
  const l = localeOf(locale);
  const id = `${l}:${namespace}`;
  let writer = writers.get(id);
  if (!writer) {
    // Keys are checked by each domain's template type; the translator's generic key type cannot follow a union.
    const t = createTranslator({ locale: l, messages: catalogues[l], namespace }) as unknown as Translate;
    writer = { locale: l, t, date: (d: Date) => mailDate(d, l) };
    writers.set(id, writer);
  }
  return writer;
}

const dateFormats = new Map<Locale, ReturnType<typeof createFormatter>>();

/** "24 November 2026" for a calendar date (stored at UTC midnight) or an instant's UTC date. */
export function mailDate(d: Date, locale?: string | null): string {
  const l = localeOf(locale);
  let format = dateFormats.get(l);
  if (!format) dateFormats.set(l, (format = createFormatter({ locale: formattingLocale(l), timeZone: "UTC" })));
  return format.dateTime(d, { dateStyle: "long" });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A paragraph of plain text as HTML: escaped, line breaks kept, links clickable. */
function htmlParagraph(text: string, style?: string): string {
  const body = escapeHtml(text)
    .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
    .replace(/\n/g, "<br>\n");
  return style ? `<p style="${style}">${body}</p>` : `<p>${body}</p>`;
}

const FOOTER_STYLE = "color:#475569;font-size:13px";

/**
 * A mail from `<template>.subject` and `<template>.body` of the namespace plus its `footer`; `{url}` in them is the
 * absolute link to `path` (or the `url` value given, for links made elsewhere). The text is the body, a blank line
 * and the footer.
 */
export function renderTemplate(
  locale: string | null | undefined,
  namespace: MailNamespace,
  template: string,
  values: MailValues,
  path?: string,
): MailContent {
  const { t } = mailWriter(locale, namespace);
  const all = path === undefined ? values : { ...values, url: appUrl(path) };
  const body = t(`${template}.body`, all);
  const footer = t("footer");
  const html = [...body.split(/\n{2,}/).map((p) => htmlParagraph(p)), htmlParagraph(footer, FOOTER_STYLE)].join("\n");
  return { subject: t(`${template}.subject`, all), text: `${body}\n\n${footer}`, html };
}

/** A mail laid out as paragraphs, a list, one link, and closing lines in small print (reminders, digests). */
export function renderLayout(
  subject: string,
  p: { before: string[]; items: string[]; link: { label: string; url: string }; after: string[] },
): MailContent {
  const text = [...p.before, p.items.map((i) => `- ${i}`).join("\n"), `${p.link.label}: ${p.link.url}`, ...p.after].join("\n\n") + "\n";
  const html = [
    ...p.before.map((x) => `<p>${escapeHtml(x)}</p>`),
    `<ul>${p.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`,
    `<p><a href="${escapeHtml(p.link.url)}">${escapeHtml(p.link.label)}</a></p>`,
    ...p.after.map((x) => `<p style="${FOOTER_STYLE}">${escapeHtml(x)}</p>`),
  ].join("\n");
  return { subject, text, html };
}

export type TemplatedMail = {
  to: string;
  template: string;
  values: MailValues;
  /** Path inside Pathway the mail links to, e.g. "/mentoring/inbox". */
  path: string;
  /** One mail per key, ever: a retried or concurrent action does not mail twice. */
  dedupeKey: string;
  /** The recipient's language; by default the language of the staff record with this address. */
  locale?: string;
};

/**
 * Renders mail in each recipient's language and puts it into the outbox inside the caller's transaction: it leaves
 * only if the change that caused it commits, and a dedupeKey already used writes nothing. A recipient who is staff
 * also finds it in their notification list in the app, written in the same transaction under the same key.
 */
export async function queueTemplatedMails(tx: Tx, namespace: MailNamespace, mails: readonly TemplatedMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const address = (m: TemplatedMail) => m.to.trim().toLowerCase();
  const staff = await tx.staff.findMany({ where: { email: { in: [...new Set(mails.map(address))] } }, select: { id: true, email: true, locale: true } });
  const byEmail = new Map(staff.map((s) => [s.email, s]));
  const queued = await enqueueEmails(
    tx,
    mails.map((m) => ({
      to: m.to,
      dedupeKey: m.dedupeKey,
      ...renderTemplate(m.locale ?? byEmail.get(address(m))?.locale, namespace, m.template, m.values, m.path),
    })),
  );
  await recordNotifications(
    tx,
    mails.flatMap((m) => {
      const s = byEmail.get(address(m));
      return s ? [{ staffId: s.id, namespace, template: m.template, values: m.values, path: m.path, dedupeKey: m.dedupeKey }] : [];
    }),
  );
  return queued;
}
