import { describe, it, expect } from "vitest";
import { contentRangeHeader, parseRange, rangeLength } from "./range";

const size = 1000;

describe("parseRange", () => {
  it("serves the whole file without a Range header", () => {
    expect(parseRange(null, size)).toEqual({ kind: "full" });
    expect(parseRange(undefined, size)).toEqual({ kind: "full" });
  });

  it("serves from an offset to the end for an open range", () => {
    expect(parseRange("bytes=0-", size)).toEqual({ kind: "partial", start: 0, end: 999 });
    expect(parseRange("bytes=500-", size)).toEqual({ kind: "partial", start: 500, end: 999 });
  });

  it("serves a closed range, both ends included", () => {
    expect(parseRange("bytes=100-199", size)).toEqual({ kind: "partial", start: 100, end: 199 });
    expect(parseRange("bytes=0-0", size)).toEqual({ kind: "partial", start: 0, end: 0 });
  });

  it("serves the last bytes for a suffix range", () => {
    expect(parseRange("bytes=-500", size)).toEqual({ kind: "partial", start: 500, end: 999 });
    expect(parseRange("bytes=-5000", size)).toEqual({ kind: "partial", start: 0, end: 999 });
  });

  it("clamps an end past the last byte", () => {
    expect(parseRange("bytes=900-5000", size)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=0-99999999999999999999999", size)).toEqual({ kind: "partial", start: 0, end: 999 });
  });

  it("answers 416 for a start at or past the end", () => {
    expect(parseRange("bytes=1000-", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=1500-1600", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-10", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("serves the whole file for several ranges", () => {
    expect(parseRange("bytes=0-99,200-299", size)).toEqual({ kind: "full" });
    expect(parseRange("bytes=0-0, -1", size)).toEqual({ kind: "full" });
  });

  it("ignores headers that are not valid byte ranges", () => {
    for (const header of ["", "bytes", "bytes=", "bytes=-", "bytes=abc", "bytes=200-100", "bytes=1.5-2", "bytes=+1-2", "items=0-10", "0-10"]) {
      expect(parseRange(header, size), header).toEqual({ kind: "full" });
    }
  });

  it("accepts the unit in any case and stray spaces", () => {
    expect(parseRange(" Bytes=10-20 ", size)).toEqual({ kind: "partial", start: 10, end: 20 });
  });

  it("rejects a nonsensical size", () => {
    expect(() => parseRange("bytes=0-", -1)).toThrow(RangeError);
    expect(() => parseRange("bytes=0-", 1.5)).toThrow(RangeError);
  });
});

describe("contentRangeHeader and rangeLength", () => {
  it("describes a partial response", () => {
    const range = parseRange("bytes=100-199", size);
    if (range.kind !== "partial") throw new Error("expected a partial range");
    expect(contentRangeHeader(range, size)).toBe("bytes 100-199/1000");
    expect(rangeLength(range, size)).toBe(100);
  });

  it("describes a 416", () => {
    expect(contentRangeHeader({ kind: "unsatisfiable" }, size)).toBe("bytes */1000");
    expect(rangeLength({ kind: "unsatisfiable" }, size)).toBe(0);
  });

  it("gives the whole size for a full response", () => {
    expect(rangeLength({ kind: "full" }, size)).toBe(1000);
  });
});
