// The wording of reminder e-mails, from messages/<locale>/compliance.json (the same catalogue as the pages).
import { createFormatter, createTranslator } from "use-intl/core";
import { en } from "~/messages/en";
import { parseIsoDate, type IsoDate } from "~/lib/dates";
import { isLocale, DEFAULT_LOCALE } from "~/lib/i18n/locales";

const catalogues = { en } as const;

export type ReminderItem = {
  courseCode: string;
  courseTitle: string;
  state: "DUE" | "OVERDUE" | "COMPLIANT";
  /** DUE/OVERDUE: the deadline; COMPLIANT: the day the certification runs out */
  dueOn: IsoDate;
  daysOverdue: number;
};

export type DigestItem = { fullName: string; courseTitle: string; dueOn: IsoDate; daysOverdue: number };

export type Mail = { subject: string; text: string; html: string };

function tools(locale: string) {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = catalogues[l];
  // Dates are calendar dates (UTC midnight): format them in UTC so they never shift by a day. English mail is written
  // the way the organisation writes dates (10 April 2026), not the US way.
  const format = createFormatter({ locale: l === "en" ? "en-GB" : l, timeZone: "UTC" });
  const t = createTranslator({ locale: l, messages, namespace: "compliance.email" });
  const date = (d: IsoDate) => format.dateTime(parseIsoDate(d), { dateStyle: "long" });
  return { t, date };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function render(paragraphsBefore: string[], items: string[], link: { label: string; url: string }, paragraphsAfter: string[]) {
  const text = [...paragraphsBefore, items.map((i) => `- ${i}`).join("\n"), `${link.label}: ${link.url}`, ...paragraphsAfter].join("\n\n") + "\n";
  const html = [
    ...paragraphsBefore.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`,
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    ...paragraphsAfter.map((p) => `<p style="color:#475569;font-size:13px">${escapeHtml(p)}</p>`),
  ].join("\n");
  return { text, html };
}

/** One weekly message to a learner listing everything due soon, overdue, or whose certification is running out. */
export function learnerReminderMail(p: { locale: string; fullName: string; items: ReminderItem[]; appUrl: string }): Mail {
  const { t, date } = tools(p.locale);
  const overdue = p.items.filter((i) => i.state === "OVERDUE").length;
  const lines = p.items.map((i) =>
    i.state === "OVERDUE"
      ? t("itemOverdue", { course: i.courseTitle, date: date(i.dueOn), days: i.daysOverdue })
      : i.state === "DUE"
        ? t("itemDue", { course: i.courseTitle, date: date(i.dueOn) })
        : t("itemExpiring", { course: i.courseTitle, date: date(i.dueOn) }),
  );
  const subject = overdue > 0 ? t("learnerSubjectOverdue", { count: overdue }) : t("learnerSubjectDue", { count: p.items.length });
  const body = render([t("greeting", { name: p.fullName }), t("learnerIntro")], lines, { label: t("learnerLink"), url: p.appUrl }, [t("learnerFooter"), t("signature")]);
  return { subject, ...body };
}

/** The weekly digest to a manager: their direct reports who are overdue beyond the manager threshold. */
export function managerDigestMail(p: { locale: string; fullName: string; items: DigestItem[]; afterDays: number; appUrl: string }): Mail {
  const { t, date } = tools(p.locale);
  const people = new Set(p.items.map((i) => i.fullName)).size;
  const lines = p.items.map((i) => t("digestItem", { name: i.fullName, course: i.courseTitle, date: date(i.dueOn), days: i.daysOverdue }));
  const subject = t("digestSubject", { count: people });
  const body = render(
    [t("greeting", { name: p.fullName }), t("digestIntro", { days: p.afterDays })],
    lines,
    { label: t("digestLink"), url: `${p.appUrl}/team` },
    [t("digestFooter"), t("signature")],
  );
  return { subject, ...body };
}
