import { describe, expect, it } from "vitest";
import { renderEnrolmentMail } from "~/server/enrolment/mail";
import { learnerReminderMail } from "~/server/compliance/reminder-mail";
import { mailDate, renderTemplate } from "~/server/mail/render";

describe("the one mail renderer", () => {
  it("writes subject, text and HTML from the catalogue, with links on the app's address", () => {
    const mail = renderTemplate("en", "auth.email", "signIn", { url: "https://pathway.example.org/api/auth/callback?token=a&b" });
    expect(mail.subject).toBe("Sign in to Pathway");
    expect(mail.text).toBe(
      "Sign in to Pathway with this link (valid 15 minutes):\nhttps://pathway.example.org/api/auth/callback?token=a&b\n\nIf you did not ask for it, ignore this e-mail.",
    );
    // Escaped once, and clickable.
    expect(mail.html).toContain('<a href="https://pathway.example.org/api/auth/callback?token=a&amp;b">');
  });

  it("falls back to the default language for a locale Pathway does not offer", () => {
    const values = { name: "Ana", course: "BSAFE", date: "3 March 2026", schedule: "- Monday", whereKind: "place", where: "Room A" };
    const en = renderEnrolmentMail("enrolled", values, "/sessions/x", "en");
    expect(renderEnrolmentMail("enrolled", values, "/sessions/x", "xx")).toEqual(en);
  });

  it("writes calendar dates as the organisation does, whatever the server's time zone", () => {
    expect(mailDate(new Date("2026-11-24T00:00:00Z"))).toBe("24 November 2026");
    const reminder = learnerReminderMail({
      locale: "en",
      fullName: "Ana",
      appUrl: "https://pathway.example.org",
      items: [{ courseCode: "WT", courseTitle: "Working Together", state: "DUE", dueOn: "2026-04-30", daysOverdue: 0 }],
    });
    expect(reminder.text).toContain("30 April 2026");
    expect(reminder.text.endsWith("\n")).toBe(true);
    expect(reminder.html).toContain('<a href="https://pathway.example.org">');
  });
});
