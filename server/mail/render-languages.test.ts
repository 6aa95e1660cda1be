import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { catalogues } from "~/messages";
import { LOCALES } from "~/lib/i18n/locales";
import { learnerReminderMail } from "~/server/compliance/reminder-mail";
import { mailWriter, renderTemplate, type MailNamespace, type MailValues } from "~/server/mail/render";

// Every mail Pathway sends, in each of its languages: subject and body render from the catalogue (no missing
// argument, no ICU error), read differently from English, and keep their link.

const NAMESPACES: MailNamespace[] = ["enrolment.email", "mentoring.mail", "compliance.email", "auth.email", "paths.email", "programmes.mail", "programmeAdmin.mail", "licences.mail", "evaluations.mail"];

const node = (obj: unknown, path: string): unknown => path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

/** Values for every argument a message takes: a date for dates, 2 for numbers and plurals, a select's first branch. */
function sampleValues(...messages: string[]): MailValues {
  const values: MailValues = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument) values[e.value] ??= `«${e.value}»`;
      if (e.type === TYPE.date || e.type === TYPE.time) values[e.value] = new Date("2026-03-03T09:00:00Z");
      if (e.type === TYPE.number) values[e.value] = 2;
      if (e.type === TYPE.plural) {
        values[e.value] = 2;
        for (const o of Object.values(e.options)) walk(o.value);
      }
      if (e.type === TYPE.select) {
        values[e.value] ??= Object.keys(e.options).find((k) => k !== "other") ?? "other";
        for (const o of Object.values(e.options)) walk(o.value);
      }
    }
  };
  for (const m of messages) walk(parse(m));
  return values;
}

/** The templates of a mail namespace: entries with a subject and a body. */
function templatesOf(namespace: MailNamespace): string[] {
  const ns = node(catalogues.en, namespace) as Record<string, unknown>;
  return Object.entries(ns)
    .filter(([, v]) => v && typeof v === "object" && "subject" in v && "body" in v)
    .map(([k]) => k);
}

describe.each(NAMESPACES)("the %s mails", (namespace) => {
  const templates = templatesOf(namespace);

  it("exist", () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  it.each(templates)("%s renders in English, French and Chinese", (template) => {
    const en = node(catalogues.en, `${namespace}.${template}`) as { subject: string; body: string };
    const values = sampleValues(en.subject, en.body);
    const mails = Object.fromEntries(LOCALES.map((l) => [l, renderTemplate(l, namespace, template, values, "/somewhere")]));
    for (const l of LOCALES) {
      expect(mails[l]!.subject.trim(), `${l} subject`).not.toBe("");
      expect(mails[l]!.text, `${l} body`).not.toMatch(/\{[a-zA-Z]+\}/);
      if (en.body.includes("{url}")) expect(mails[l]!.text, `${l} link`).toContain("/somewhere");
    }
    expect(mails.fr!.text).not.toBe(mails.en!.text);
    expect(mails.zh!.text).not.toBe(mails.en!.text);
    expect(mails.zh!.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the calendar file", () => {
  it("words an online session's place in the reader's language", () => {
    const where = (l: string) => mailWriter(l, "enrolment.calendar").t("location", { kind: "virtual", location: "" });
    expect(new Set(LOCALES.map(where)).size).toBe(3);
  });
});

describe("the compliance reminder", () => {
  it("is written in the learner's language", () => {
    const mail = (locale: string) =>
      learnerReminderMail({
        locale,
        fullName: "Ana",
        appUrl: "https://pathway.example.org",
        items: [{ courseCode: "AFA", courseTitle: "Anti-fraud awareness", state: "OVERDUE", dueOn: "2026-04-30", daysOverdue: 3 }],
      });
    expect(mail("fr").subject).not.toBe(mail("en").subject);
    expect(mail("fr").text).toContain("avril 2026");
    expect(mail("zh").text).toMatch(/2026年4月30日/);
  });
});
