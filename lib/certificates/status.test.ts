import { describe, expect, it } from "vitest";
import { certificateStatus } from "./status";
import { encodeCode, formatCode, normalizeCode } from "./code";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("certificateStatus", () => {
  it("is valid forever without validUntil, and says until when there is one", () => {
    expect(certificateStatus({ revokedAt: null, validUntil: null }, "2099-01-01")).toEqual({ state: "valid", until: null });
    expect(certificateStatus({ revokedAt: null, validUntil: day("2027-03-31") }, "2027-03-31")).toEqual({ state: "valid", until: "2027-03-31" });
  });

  it("is expired from the day after validUntil", () => {
    expect(certificateStatus({ revokedAt: null, validUntil: "2027-03-31" }, "2027-04-01")).toEqual({ state: "expired", since: "2027-04-01" });
    expect(certificateStatus({ revokedAt: null, validUntil: "2024-02-29" }, "2025-01-01")).toEqual({ state: "expired", since: "2024-03-01" });
  });

  it("is revoked from the day it was revoked, before expiry and after it", () => {
    const revokedAt = new Date("2026-05-10T14:30:00Z");
    expect(certificateStatus({ revokedAt, validUntil: null }, "2026-05-09")).toEqual({ state: "valid", until: null });
    expect(certificateStatus({ revokedAt, validUntil: null }, "2026-05-10")).toEqual({ state: "revoked", since: "2026-05-10" });
    expect(certificateStatus({ revokedAt, validUntil: "2026-01-01" }, "2030-01-01")).toEqual({ state: "revoked", since: "2026-05-10" });
  });
});

describe("certificate codes", () => {
  it("encode 130 bits as 26 Crockford characters, every bit counting", () => {
    expect(encodeCode(new Uint8Array(17))).toBe("0".repeat(26));
    expect(encodeCode(new Uint8Array(17).fill(255))).toBe("Z".repeat(26));
    // the 130th bit is the top bit of byte 16 (bits 128, 129): the last character changes with it
    const last = new Uint8Array(17);
    last[16] = 0b0100_0000;
    expect(encodeCode(last)).toBe(`${"0".repeat(25)}1`);
    const first = new Uint8Array(17);
    first[0] = 0b1000_0000;
    expect(encodeCode(first)).toBe(`G${"0".repeat(25)}`);
  });

  it("are shown in groups of four and read back however they are typed", () => {
    const code = "7QKD2M9XAB3CDEFGHJKMNPQRST";
    expect(formatCode(code)).toBe("7QKD-2M9X-AB3C-DEFG-HJKM-NPQR-ST");
    expect(normalizeCode("7qkd-2m9x-ab3c-defg-hjkm-npqr-st")).toBe(code);
    expect(normalizeCode(" 7QKD 2M9X AB3C DEFG HJKM NPQR ST ")).toBe(code);
    expect(normalizeCode("7QKD-2M9X-AB3C-DEFG-HJKM-NPQR-SOL")).toBeNull(); // 27 characters
    expect(normalizeCode("7QKD-2M9X-AB3C-DEFG-HJKM-NPQR-SO")).toBe("7QKD2M9XAB3CDEFGHJKMNPQRS0");
    expect(normalizeCode("7QKD-2M9X-AB3C-DEFG-HJKM-NPQR-SU")).toBeNull(); // U is not in the alphabet
    expect(normalizeCode("")).toBeNull();
  });
});
