import "server-only";
// The wording of reminder e-mails, from messages/<locale>/compliance.json (the same catalogue as the pages), written
// by the one mail renderer (server/mail/render.ts) in the recipient's language.
import { parseIsoDate, type IsoDate } from "~/lib/dates";
import { mailWriter, renderLayout, type MailContent } from "~/server/mail/render";

export type ReminderItem = {
  courseCode: string;
  courseTitle: string;
  state: "DUE" | "OVERDUE" | "COMPLIANT";
  /** DUE/OVERDUE: the deadline; COMPLIANT: the day the certification runs out */
  dueOn: IsoDate;
  daysOverdue: number;
};

export type DigestItem = { fullName: string; courseTitle: string; dueOn: IsoDate; daysOverdue: number };

export type Mail = MailContent;

function tools(locale: string) {
  const { t, date } = mailWriter(locale, "compliance.email");
  return { t, date: (d: IsoDate) => date(parseIsoDate(d)) };
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
  return renderLayout(subject, {
    before: [t("greeting", { name: p.fullName }), t("learnerIntro")],
    items: lines,
    link: { label: t("learnerLink"), url: p.appUrl },
    after: [t("learnerFooter"), t("signature")],
  });
}

/** The weekly digest to a manager: their direct reports who are overdue beyond the manager threshold. */
export function managerDigestMail(p: { locale: string; fullName: string; items: DigestItem[]; afterDays: number; appUrl: string }): Mail {
  const { t, date } = tools(p.locale);
  const people = new Set(p.items.map((i) => i.fullName)).size;
  const lines = p.items.map((i) => t("digestItem", { name: i.fullName, course: i.courseTitle, date: date(i.dueOn), days: i.daysOverdue }));
  return renderLayout(t("digestSubject", { count: people }), {
    before: [t("greeting", { name: p.fullName }), t("digestIntro", { days: p.afterDays })],
    items: lines,
    link: { label: t("digestLink"), url: `${p.appUrl}/team` },
    after: [t("digestFooter"), t("signature")],
  });
}
