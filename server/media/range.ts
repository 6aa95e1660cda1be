import "server-only";
/**
 * HTTP Range requests (RFC 9110 §14) for streaming video: browsers and iOS players ask for
 * byte ranges to start playback and to seek.
 */

export type ByteRange =
  | { kind: "full" }
  | { kind: "partial"; start: number; end: number }
  | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)$/i;

/**
 * What to send for a Range header on a resource of `size` bytes:
 * - full: 200 with the whole body. Also the answer to a missing header, a header that is not
 *   valid `bytes=` syntax, a unit other than bytes (RFC 9110 says to ignore those) and to
 *   several ranges: players ask for one, and multipart/byteranges is not worth its cost here.
 * - partial: 206 with bytes start..end inclusive; an end past the last byte is clamped.
 * - unsatisfiable: 416 with `Content-Range: bytes *\/size`; a start at or past the end, or a
 *   suffix range of an empty file.
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`Resource size must be a non-negative whole number, got ${size}.`);
  }
  if (header == null) return { kind: "full" };
  const text = header.trim();
  if (text.includes(",")) return { kind: "full" };
  const m = SINGLE_RANGE.exec(text);
  if (!m) return { kind: "full" };
  const [, first = "", last = ""] = m;

  if (first === "") {
    if (last === "") return { kind: "full" };
    // bytes=-500: the last 500 bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }

  const start = Number(first);
  if (last !== "" && Number(last) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: "partial", start, end };
}

/** The Content-Range value for a 206 ("bytes 0-99/1000") or a 416 ("bytes *\/1000"). */
export function contentRangeHeader(
  range: Exclude<ByteRange, { kind: "full" }>,
  size: number,
): string {
  if (range.kind === "unsatisfiable") return `bytes */${size}`;
  return `bytes ${range.start}-${range.end}/${size}`;
}

/** Content-Length of the body that goes with `range`. */
export function rangeLength(range: ByteRange, size: number): number {
  if (range.kind === "full") return size;
  if (range.kind === "unsatisfiable") return 0;
  return range.end - range.start + 1;
}
