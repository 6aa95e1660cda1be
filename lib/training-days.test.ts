import { describe, it, expect } from "vitest";
import Decimal from "decimal.js";
import {
  daysToJsonNumber,
  formatDays,
  hoursToDays,
  parseTrainingDays,
  percentChange,
  sumDays,
} from "./training-days";

describe("hoursToDays", () => {
  it("converts hours to days at 8 hours a day", () => {
    expect(hoursToDays(1)).toBe("0.125");
    expect(hoursToDays(8)).toBe("1");
    expect(hoursToDays(6)).toBe("0.75");
    expect(hoursToDays("12")).toBe("1.5");
    expect(hoursToDays(0)).toBe("0");
  });

  it("rounds half up to three places", () => {
    expect(hoursToDays(0.1)).toBe("0.013"); // 0.0125
    expect(hoursToDays("0.004")).toBe("0.001"); // 0.0005
    expect(hoursToDays("0.0039")).toBe("0"); // 0.0004875
    expect(hoursToDays(2.5)).toBe("0.313"); // 0.3125
    expect(hoursToDays(1 / 3)).toBe("0.042");
  });

  it("rejects values that are not numbers", () => {
    expect(() => hoursToDays("two")).toThrow(RangeError);
    expect(() => hoursToDays("")).toThrow(RangeError);
    expect(() => hoursToDays(Number.NaN)).toThrow(RangeError);
    expect(() => hoursToDays(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("sumDays", () => {
  it("adds 12,385 one-hour courses exactly", () => {
    const values = Array.from({ length: 12_385 }, () => "0.125");
    expect(sumDays(values)).toBe("1548.125");
  });

  it("gives an exact result where floating point would not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDays([0.1, 0.2])).toBe("0.3");
    expect(sumDays(Array.from({ length: 10 }, () => 0.1))).toBe("1");
  });

  it("accepts strings, numbers and Decimal objects such as Prisma returns", () => {
    expect(sumDays(["1.5", 2, new Decimal("0.125"), { toFixed: () => "0.375" }])).toBe("4");
  });

  it("sums an empty list to zero", () => {
    expect(sumDays([])).toBe("0");
  });

  it("never prints exponent notation", () => {
    expect(sumDays(["1e21"])).toBe("1000000000000000000000");
    expect(sumDays([new Decimal("0.0000001")])).toBe("0.0000001");
  });

  it("refuses garbage rather than summing it as zero", () => {
    expect(() => sumDays(["1", "abc"])).toThrow(RangeError);
  });
});

describe("parseTrainingDays", () => {
  it("accepts whole days, halves and hours and returns the canonical form", () => {
    expect(parseTrainingDays("1")).toBe("1");
    expect(parseTrainingDays(" 1.50 ")).toBe("1.5");
    expect(parseTrainingDays("0.125")).toBe("0.125");
    expect(parseTrainingDays(".5")).toBe("0.5");
    expect(parseTrainingDays("0")).toBe("0");
    expect(parseTrainingDays("365")).toBe("365");
    expect(parseTrainingDays("365.000")).toBe("365");
  });

  it("rejects negative values", () => {
    expect(() => parseTrainingDays("-1")).toThrow(RangeError);
    expect(() => parseTrainingDays("-1")).toThrow(/negative/);
    expect(parseTrainingDays("-0")).toBe("0");
  });

  it("rejects more than three decimal places", () => {
    expect(() => parseTrainingDays("0.1255")).toThrow(/at most 3 decimal places/);
  });

  it("rejects more than a year of days", () => {
    expect(() => parseTrainingDays("365.001")).toThrow(/cannot exceed 365/);
    expect(() => parseTrainingDays("1000")).toThrow(RangeError);
  });

  it("explains what is wrong with text that is not a number", () => {
    expect(() => parseTrainingDays("")).toThrow(/required/);
    expect(() => parseTrainingDays("two")).toThrow(/not a number/);
    expect(() => parseTrainingDays("1e2")).toThrow(/not a number/);
    expect(() => parseTrainingDays("1,5")).toThrow(/dot as the decimal separator/);
    expect(() => parseTrainingDays("NaN")).toThrow(RangeError);
    expect(() => parseTrainingDays("Infinity")).toThrow(RangeError);
  });
});

describe("daysToJsonNumber", () => {
  it("serialises to the same digits in JSON", () => {
    expect(JSON.stringify({ days: daysToJsonNumber("1548.125") })).toBe('{"days":1548.125}');
    expect(daysToJsonNumber("0.375")).toBe(0.375);
    expect(Object.is(daysToJsonNumber("-0"), 0)).toBe(true);
  });

  it("rejects text that is not a decimal", () => {
    expect(() => daysToJsonNumber("abc")).toThrow(RangeError);
    expect(() => daysToJsonNumber("")).toThrow(RangeError);
  });
});

describe("formatDays", () => {
  it("formats for the reader's locale with up to three decimals", () => {
    expect(formatDays("1548.125", "en-GB")).toBe("1,548.125");
    expect(formatDays("1548.125", "fr-FR")).toBe("1\u202f548,125");
    expect(formatDays("1548.125", "de-DE")).toBe("1.548,125");
    expect(formatDays("0.5", "es")).toBe("0,5");
  });

  it("shows whole days without decimals", () => {
    expect(formatDays("3", "en")).toBe("3");
    expect(formatDays("3.000", "en")).toBe("3");
  });

  it("keeps exactness for long sums", () => {
    expect(formatDays("123456789012345.125", "en")).toBe("123,456,789,012,345.125");
  });
});

describe("percentChange", () => {
  it("gives the change in percent with one decimal", () => {
    expect(percentChange("8", "10")).toBe(25);
    expect(percentChange(10, 8)).toBe(-20);
    expect(percentChange("3", "4")).toBe(33.3);
    expect(percentChange("3", "5")).toBe(66.7);
    expect(percentChange(5, 5)).toBe(0);
  });

  it("rounds half away from zero", () => {
    expect(percentChange(8, "8.006")).toBe(0.1); // 0.075 %
    expect(percentChange(8, "7.994")).toBe(-0.1);
  });

  it("is null when there was nothing before", () => {
    expect(percentChange(0, 12)).toBeNull();
    expect(percentChange("0.000", "0")).toBeNull();
  });

  it("never returns -0", () => {
    expect(Object.is(percentChange(1000, "999.9999"), 0)).toBe(true);
  });
});
