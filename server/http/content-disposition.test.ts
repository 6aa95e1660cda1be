import { describe, expect, it } from "vitest";
import { contentDisposition } from "~/server/http/content-disposition";

/** What a browser saves the file as: filename* (RFC 5987) when present, else the quoted filename. */
function savedAs(header: string): string {
  const star = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (star) return decodeURIComponent(star[1]!);
  return /filename="((?:[^"\\]|\\.)*)"/.exec(header)![1]!;
}

function fallbackOf(header: string): string {
  return /filename="([^"]*)"/.exec(header)![1]!;
}

describe("contentDisposition", () => {
  it("leaves a plain ASCII name as it always was", () => {
    expect(contentDisposition("training-report_2019-01-01_2019-12-31.csv")).toBe('attachment; filename="training-report_2019-01-01_2019-12-31.csv"');
    expect(contentDisposition("scan.pdf", "inline")).toBe('inline; filename="scan.pdf"');
  });

  it.each([
    ["证书.png", "download.png"],
    ["résumé.png", "resume.png"],
    ["Ångström café.pdf", "Angstrom cafe.pdf"],
    ['say "hi".pdf', "say _hi_.pdf"],
    ["back\\slash.pdf", "back_slash.pdf"],
    ["100%25 done.csv", "100_25 done.csv"],
    ["日本語 notes.pdf", "___ notes.pdf"],
  ])("%s is saved under its own name, with an ASCII fallback", (name, fallback) => {
    const header = contentDisposition(name);
    // A header value is bytes: the Headers class refuses anything outside Latin-1, which is what made downloads 500.
    expect(() => new Headers({ "content-disposition": header })).not.toThrow();
    expect(header).toMatch(/^[\x20-\x7E]+$/);
    expect(fallbackOf(header)).toBe(fallback);
    expect(savedAs(header)).toBe(name.replace(/\\/g, "_"));
  });

  it("keeps a semicolon inside the quotes, where it cannot start a parameter", () => {
    const header = contentDisposition("a;b.csv");
    expect(header).toBe('attachment; filename="a;b.csv"');
    expect(savedAs(header)).toBe("a;b.csv");
    const unicode = contentDisposition("证书;x=1.png");
    expect(unicode).toContain("filename*=UTF-8''%E8%AF%81%E4%B9%A6%3Bx%3D1.png");
    expect(unicode).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^;\s"]+$/);
    expect(savedAs(unicode)).toBe("证书;x=1.png");
  });

  it("never lets a name be a path", () => {
    expect(savedAs(contentDisposition("../../etc/passwd"))).toBe(".._.._etc_passwd");
    expect(savedAs(contentDisposition("..\\windows\\证书.png"))).toBe(".._windows_证书.png");
    expect(contentDisposition("a\r\nSet-Cookie: x=1")).toBe('attachment; filename="a__Set-Cookie: x=1"');
  });

  it("names an empty or blank file 'download'", () => {
    expect(contentDisposition("")).toBe('attachment; filename="download"');
    expect(contentDisposition("   ")).toBe('attachment; filename="download"');
  });

  it("encodes the characters RFC 5987 does not allow bare", () => {
    expect(contentDisposition("it's (1)*.pdf é")).toContain("filename*=UTF-8''it%27s%20%281%29%2A.pdf%20%C3%A9");
  });
});
