import { describe, expect, it } from "vitest";
import { activityColumn, activityDate, activityHours, canonicalActivityCsv } from "~/lib/licences/activity-csv";
import { parseCsv } from "~/lib/csv";

describe("reading a platform's activity report", () => {
  it("knows LinkedIn Learning's column names and the plain ones, and ignores the others", () => {
    expect(activityColumn("User Email")).toBe("email");
    expect(activityColumn(" email ")).toBe("email");
    expect(activityColumn("Content Title")).toBe("course_title");
    expect(activityColumn("Course Title")).toBe("course_title");
    expect(activityColumn("Content Hours Viewed")).toBe("hours_viewed");
    expect(activityColumn("hours_viewed")).toBe("hours_viewed");
    expect(activityColumn("Completed At")).toBe("completion_date");
    expect(activityColumn("First Name")).toBeNull();
  });

  it("rewrites the header so the strict reader keys rows by the four columns, extra columns kept aside", () => {
    const file = '\uFEFFFirst Name,"User Email",Content Title,Content Hours Viewed,Completion Date\r\nAmina,a@x.org,"Excel, advanced",1.5,03/04/2026\r\n';
    const { content, columns } = canonicalActivityCsv(new TextEncoder().encode(file));
    const { rows } = parseCsv(content, { columns });
    expect(rows).toEqual([{ line: 2, values: { "First Name": "Amina", email: "a@x.org", course_title: "Excel, advanced", hours_viewed: "1.5", completion_date: "03/04/2026" } }]);
  });

  it("leaves a missing column for the reader to report as missing", () => {
    const { content, columns } = canonicalActivityCsv("User Email,Content Title\na@x.org,Excel\n");
    expect(() => parseCsv(content, { columns })).toThrow(/missing columns: hours_viewed, completion_date/);
  });

  it("reads ISO dates and the platform's month-first dates, and refuses impossible ones", () => {
    expect(activityDate("2026-03-04")).toBe("2026-03-04");
    expect(activityDate("2026-03-04T17:30:00Z")).toBe("2026-03-04");
    expect(activityDate("3/4/2026")).toBe("2026-03-04");
    expect(activityDate("12/31/2025")).toBe("2025-12-31");
    expect(activityDate("31/12/2025")).toBeNull();
    expect(activityDate("2026-02-30")).toBeNull();
    expect(activityDate("yesterday")).toBeNull();
  });

  it("reads hours with at most two decimals", () => {
    expect(activityHours("1.5")).toBe("1.5");
    expect(activityHours("007")).toBe("7");
    expect(activityHours("0.25")).toBe("0.25");
    expect(activityHours("1,5")).toBeNull();
    expect(activityHours("-1")).toBeNull();
    expect(activityHours("1.255")).toBeNull();
  });
});
