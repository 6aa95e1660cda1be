import { describe, expect, it } from "vitest";
import { argumentNames, lineKey, notificationValues, subjectKey } from "~/server/notifications/templates";

describe("the arguments of a catalogue message", () => {
  it("finds plain, plural and select arguments, and those inside options, not the option words", () => {
    expect(argumentNames("You are enrolled: {course}, {date}")).toEqual(["course", "date"]);
    expect(argumentNames("Mandatory training: {count, plural, one {# course is} other {# courses are}} overdue")).toEqual(["count"]);
    expect(argumentNames("{coach} {accepted, select, true {accepted} other {declined}} your coaching request")).toEqual(["coach", "accepted"]);
    expect(argumentNames("{whereKind, select, virtual {online} tba {to be announced} other {{where}}}")).toEqual(["whereKind", "where"]);
    expect(argumentNames("{n, number, ::percent} of {total}")).toEqual(["n", "total"]);
    expect(argumentNames("It'''s '{literal}' for {name}")).toEqual(["name"]);
  });
});

describe("what a notification stores", () => {
  it("words the title from a templated mail's subject or a laid-out mail's subject key", () => {
    expect(subjectKey("enrolment.email", "promoted")).toBe("promoted.subject");
    expect(subjectKey("compliance.email", "learnerSubjectDue")).toBe("learnerSubjectDue");
    expect(subjectKey("enrolment.email", "noSuchTemplate")).toBeNull();
    expect(lineKey("enrolment.email", "cancelled")).toBe("enrolment.email.cancelled");
    expect(lineKey("enrolment.email", "promoted")).toBeNull();
  });

  it("keeps only the values its title and line use, never the mail's long texts", () => {
    const values = { name: "Amina", course: "Respect", date: "3 March 2026", reason: "Trainer ill", alternatives: "- 10 March…", schedule: "- Tuesday…" };
    expect(notificationValues("enrolment.email", "cancelled", values)).toEqual({ course: "Respect", date: "3 March 2026", reason: "Trainer ill" });
    expect(notificationValues("compliance.email", "learnerSubjectDue", { count: 2, courses: ["A", "B"] })).toEqual({ count: 2, courses: ["A", "B"] });
  });
});

describe("a manager's reminder", () => {
  it("keeps who sent it, the course, and the state and date its line says", () => {
    const values = { name: "Amina", manager: "Wang Wei", course: "Anti-fraud awareness", state: "OVERDUE", date: "20 March 2026", days: 4 };
    expect(notificationValues("compliance.email", "managerReminder", values)).toEqual({ manager: "Wang Wei", course: "Anti-fraud awareness", state: "OVERDUE", date: "20 March 2026" });
  });
});
