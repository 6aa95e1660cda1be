import { describe, it, expect } from "vitest";
import { CsvFormatError, parseCsv, toCsv } from "./csv";

const columns = ["email", "course", "days"] as const;

function parseError(text: string | Uint8Array, cols: readonly string[] = columns): CsvFormatError {
  try {
    parseCsv(text, { columns: cols });
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error("expected a CsvFormatError");
}

describe("parseCsv", () => {
  it("reads rows keyed by column with the line each starts on", () => {
    const { rows } = parseCsv("email,course,days\na@un.org,Security,1\nb@un.org,Ethics,0.5\n", { columns });
    expect(rows).toEqual([
      { line: 2, values: { email: "a@un.org", course: "Security", days: "1" } },
      { line: 3, values: { email: "b@un.org", course: "Ethics", days: "0.5" } },
    ]);
  });

  it("reads an Excel file saved as CSV UTF-8: BOM, CRLF, accents", () => {
    const text = "\uFEFFemail,course,days\r\njosé@un.org,Sécurité,1\r\n";
    const bytes = new TextEncoder().encode(text);
    expect(bytes[0]).toBe(0xef);
    for (const input of [text, bytes, Buffer.from(bytes)]) {
      const { rows } = parseCsv(input, { columns });
      expect(rows).toEqual([{ line: 2, values: { email: "josé@un.org", course: "Sécurité", days: "1" } }]);
    }
  });

  it("handles commas, doubled quotes and newlines inside quoted fields", () => {
    const text = 'email,course,days\r\na@un.org,"Ethics, ""Module 2""",1\r\nb@un.org,"Line one\r\nLine two\nLine three",2\r\n';
    const { rows } = parseCsv(text, { columns });
    expect(rows[0]!.values.course).toBe('Ethics, "Module 2"');
    expect(rows[1]!.values.course).toBe("Line one\r\nLine two\nLine three");
  });

  it("gives physical line numbers after multi-line quoted fields", () => {
    const text = [
      "email,course,days", // 1
      'a@un.org,"First', // 2
      "second", // 3
      'third",1', // 4
      "b@un.org,Ethics,2", // 5
      "", // 6
      'c@un.org,"x', // 7
      '",3', // 8
      "d@un.org,Fire,4", // 9
    ].join("\r\n");
    const { rows } = parseCsv(text, { columns });
    expect(rows.map((r) => r.line)).toEqual([2, 5, 7, 9]);
    expect(rows.map((r) => r.values.email)).toEqual(["a@un.org", "b@un.org", "c@un.org", "d@un.org"]);
  });

  it("reports the line of a bad record after a multi-line field", () => {
    const text = 'email,course,days\na@un.org,"multi\nline",1\nb@un.org,Ethics\n';
    const error = parseError(text);
    expect(error.line).toBe(4);
    expect(error.message).toBe("line 4: expected 3 fields as in the header, found 2.");
  });

  it("accepts the columns in any order, in any case, with stray spaces", () => {
    const { rows } = parseCsv(" Days ,EMAIL,course\n1,a@un.org,Security\n", { columns });
    expect(rows[0]!.values).toEqual({ email: "a@un.org", course: "Security", days: "1" });
  });

  it("names the missing and unexpected columns", () => {
    const error = parseError("email,title,days,notes\n");
    expect(error.line).toBe(1);
    expect(error.message).toContain("missing columns: course");
    expect(error.message).toContain("unexpected columns: title, notes");
  });

  it("rejects a repeated column", () => {
    expect(parseError("email,course,days,email\n").message).toContain("repeated columns: email");
  });

  it("rejects an empty file", () => {
    for (const empty of ["", "\uFEFF", "\r\n\r\n"]) {
      const error = parseError(empty);
      expect(error.line).toBe(1);
      expect(error.message).toContain("header");
    }
  });

  it("returns no rows for a file with only the header", () => {
    expect(parseCsv("email,course,days", { columns }).rows).toEqual([]);
  });

  it("skips blank lines and the empty rows Excel leaves below the data", () => {
    const text = "email,course,days\n\na@un.org,Security,1\n,,\n , ,\n";
    const { rows } = parseCsv(text, { columns });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(3);
  });

  it("keeps empty cells and a trailing empty field", () => {
    const { rows } = parseCsv("email,course,days\na@un.org,,\n", { columns });
    expect(rows[0]!.values).toEqual({ email: "a@un.org", course: "", days: "" });
  });

  it("reports a quoted field that is never closed at the line where it opens", () => {
    const error = parseError('email,course,days\na@un.org,Ethics,1\nb@un.org,"Oops,2\nc@un.org,x,3\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain("never closed");
  });

  it("rejects text after a closing quote and stray quotes in bare fields", () => {
    expect(parseError('email,course,days\na@un.org,"Ethics"x,1\n').line).toBe(2);
    const stray = parseError('email,course,days\na@un.org,Ethics,1\nb@un.org,The "best" course,1\n');
    expect(stray.line).toBe(3);
    expect(stray.message).toContain("quote");
  });

  it("refuses a file that is not UTF-8 instead of garbling names", () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("email,course,days\nJos"), 0xe9, 0x0a]);
    expect(parseError(latin1).message).toContain("not UTF-8");
  });

  it("is a CsvFormatError and an Error", () => {
    const error = parseError("email\n");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CsvFormatError");
  });
});

describe("toCsv", () => {
  it("writes RFC 4180 with CRLF and quotes only where needed", () => {
    const csv = toCsv(["name", "note", "days"], [
      ["Ana", 'Says "hi", twice', 1.5],
      ["Bo", "two\nlines", null],
    ]);
    expect(csv).toBe('name,note,days\r\nAna,"Says ""hi"", twice",1.5\r\nBo,"two\nlines",\r\n');
  });

  it("round-trips through parseCsv", () => {
    const header = ["email", "course", "days"];
    const rows = [
      ["josé@un.org", 'Ethics, "Module 2"', "0.125"],
      ["李@un.org", "Line one\r\nLine two", "1"],
    ];
    const parsed = parseCsv(toCsv(header, rows), { columns: header });
    expect(parsed.rows.map((r) => [r.values.email, r.values.course, r.values.days])).toEqual(rows);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = toCsv(["a"], [
      ["=HYPERLINK(\"http://evil\",\"x\")"],
      ["+cmd|' /C calc'!A0"],
      ["-2+3"],
      ["@SUM(A1:A2)"],
      ["\t=1+1"],
    ]);
    expect(csv.split("\r\n")).toEqual([
      "a",
      "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1:A2)",
      "'\t=1+1",
      "",
    ]);
  });

  it("keeps negative numbers as numbers", () => {
    expect(toCsv(["delta"], [[-3], ["-2.5"], ["-1e3"], ["+4"], [0]])).toBe("delta\r\n-3\r\n-2.5\r\n-1e3\r\n+4\r\n0\r\n");
  });

  it("leaves ordinary text alone", () => {
    expect(toCsv(["a", "b"], [["a=b", "e-mail"]])).toBe("a,b\r\na=b,e-mail\r\n");
  });

  it("refuses rows of the wrong width and numbers that are not finite", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrow(RangeError);
    expect(() => toCsv(["a"], [[Number.NaN]])).toThrow(RangeError);
  });
});
