// Certificate verification codes: 26 characters of Crockford base32 (130 random bits), stored without dashes, shown in
// groups of four for reading aloud or typing ("7QKD-2M9X-…"), and accepted however a person types them back.

export const CODE_LENGTH = 26;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 130 bits (the first 130 of the bytes given, at least 17 bytes) as 26 Crockford base32 characters. */
export function encodeCode(bytes: Uint8Array): string {
  if (bytes.length < 17) throw new RangeError("A certificate code needs 17 random bytes.");
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    const bit = i * 5;
    const byte = bit >> 3;
    const word = (bytes[byte]! << 8) | (bytes[byte + 1] ?? 0);
    out += ALPHABET[(word >> (11 - (bit & 7))) & 31];
  }
  return out;
}

/** "7QKD2M9X…" → "7QKD-2M9X-…-AB": groups of four, the last one shorter. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * A code as typed or scanned (dashes, spaces, lower case, and Crockford's look-alikes: I and L read as 1, O as 0),
 * in its stored form, or null when it cannot be one.
 */
export function normalizeCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
