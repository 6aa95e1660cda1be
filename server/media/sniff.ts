import "server-only";
/**
 * Content sniffing for uploads: the browser's Content-Type and the file name are whatever
 * the uploader says, so the stored type comes from the file's first bytes.
 */

export type VideoType = "video/mp4" | "video/webm" | "video/quicktime" | "video/ogg";

/** Enough bytes for every check below. */
export const SNIFF_BYTES = 64;

// Brands of ISO BMFF files that browsers play as MP4. iso4–iso6 are what ffmpeg and
// packagers write for fragmented MP4 (DASH/CMAF).
const MP4_BRANDS = new Set(["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V "]);
const QUICKTIME_BRAND = "qt  ";

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b);
}

function sniffIsoBmff(bytes: Uint8Array): VideoType | null {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== "ftyp") return null;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16 && boxSize !== 0) return null;

  const major = ascii(bytes, 8, 4);
  if (major === QUICKTIME_BRAND) return "video/quicktime";
  if (MP4_BRANDS.has(major)) return "video/mp4";
  // Files with a vendor major brand (e.g. 3GPP, Sony XAVC) still list "isom" or "mp42" among
  // their compatible brands after the 4-byte minor version.
  const end = Math.min(boxSize === 0 ? bytes.length : boxSize, bytes.length);
  for (let offset = 16; offset + 4 <= end; offset += 4) {
    if (MP4_BRANDS.has(ascii(bytes, offset, 4))) return "video/mp4";
  }
  return null;
}

/** An EBML variable-length integer; `keepMarker` for element IDs, which include it. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || offset + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[offset + i]!;
  return { value, length };
}

function sniffEbml(bytes: Uint8Array): VideoType | null {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const headerSize = readVint(bytes, 4, false);
  if (!headerSize) return null;
  let offset = 4 + headerSize.length;
  const headerEnd = Math.min(offset + headerSize.value, bytes.length);
  while (offset < headerEnd) {
    const id = readVint(bytes, offset, true);
    if (!id) return null;
    const size = readVint(bytes, offset + id.length, false);
    if (!size) return null;
    const dataStart = offset + id.length + size.length;
    if (id.value === 0x4282) {
      // DocType; Matroska (.mkv) is not in the list because browsers do not promise to play it.
      const docType = ascii(bytes, dataStart, size.value).replace(/\0+$/, "");
      return docType === "webm" ? "video/webm" : null;
    }
    offset = dataStart + size.value;
  }
  return null;
}

/** The video type by magic number, or null when the bytes are no video we serve. */
export function sniffVideoType(firstBytes: Uint8Array): VideoType | null {
  if (startsWith(firstBytes, [0x4f, 0x67, 0x67, 0x53])) return "video/ogg"; // "OggS"
  return sniffIsoBmff(firstBytes) ?? sniffEbml(firstBytes);
}

/** Whether text is a WebVTT file: an optional BOM, "WEBVTT", then a space, tab, newline or the end. */
export function sniffSubtitleVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text);
}
