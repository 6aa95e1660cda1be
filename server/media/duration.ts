import "server-only";
/**
 * A video's duration read from the file itself, so that watch progress is measured against a length the server
 * knows rather than one a player reports. MP4/QuickTime: the movie header (moov/mvhd), wherever moov sits in the
 * file; WebM: Segment/Info/Duration. Null when the file does not say (fragmented MP4, live-recorded WebM, Ogg).
 */

/** Random access to a file's bytes: the upload route passes a file handle, tests a buffer. */
export type ByteSource = { size: number; read(offset: number, length: number): Promise<Uint8Array> };

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)) };
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) * 2 ** 32 + u32(b, o + 4);
}

function fourcc(b: Uint8Array, o: number): string {
  return String.fromCharCode(b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!);
}

type Box = { type: string; start: number; headerSize: number; size: number };

/** The ISO BMFF boxes between start and end (top level, or a container's children). */
async function* boxes(src: ByteSource, start: number, end: number): AsyncGenerator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    const h = await src.read(offset, 16);
    if (h.byteLength < 8) return;
    let size = u32(h, 0);
    const type = fourcc(h, 4);
    let headerSize = 8;
    if (size === 1) {
      if (h.byteLength < 16) return;
      size = u64(h, 8);
      headerSize = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < headerSize || offset + size > end) return;
    yield { type, start: offset, headerSize, size };
    offset += size;
  }
}

export async function mp4DurationSeconds(src: ByteSource): Promise<number | null> {
  for await (const box of boxes(src, 0, src.size)) {
    if (box.type !== "moov") continue;
    for await (const child of boxes(src, box.start + box.headerSize, box.start + box.size)) {
      if (child.type !== "mvhd") continue;
      const b = await src.read(child.start + child.headerSize, 32);
      const version = b[0];
      const timescale = version === 1 ? u32(b, 20) : u32(b, 12);
      const duration = version === 1 ? u64(b, 24) : u32(b, 16);
      // All ones means "unknown" (fragmented files put the length in the fragments instead).
      const unknown = version === 1 ? duration === 2 ** 64 - 1 : duration === 0xffffffff;
      if (!timescale || !duration || unknown) return null;
      return duration / timescale;
    }
    return null;
  }
  return null;
}

type Vint = { value: number; length: number; unknown: boolean };

function vint(b: Uint8Array, o: number, keepMarker: boolean): Vint | null {
  const first = b[o];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || o + length > b.byteLength) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[o + i]!;
    if (b[o + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

const EBML_HEADER = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER = 0x1f43b675;

/** WebM keeps Info near the start: the first 256 KB hold it in every file a browser or ffmpeg writes. */
const WEBM_SCAN_BYTES = 256 * 1024;

export async function webmDurationSeconds(src: ByteSource): Promise<number | null> {
  const b = await src.read(0, Math.min(src.size, WEBM_SCAN_BYTES));
  let offset = 0;
  const element = (at: number) => {
    const id = vint(b, at, true);
    if (!id) return null;
    const size = vint(b, at + id.length, false);
    if (!size) return null;
    return { id: id.value, size: size.value, unknown: size.unknown, data: at + id.length + size.length };
  };
  const header = element(offset);
  if (!header || header.id !== EBML_HEADER) return null;
  offset = header.data + header.size;
  const segment = element(offset);
  if (!segment || segment.id !== SEGMENT) return null;
  offset = segment.data;
  while (offset < b.byteLength) {
    const el = element(offset);
    if (!el || el.id === CLUSTER) return null;
    if (el.id === INFO) {
      let scale = 1_000_000;
      let duration: number | null = null;
      let p = el.data;
      const end = Math.min(el.data + el.size, b.byteLength);
      while (p < end) {
        const child = element(p);
        if (!child) break;
        const view = new DataView(b.buffer, b.byteOffset + child.data, Math.min(child.size, b.byteLength - child.data));
        if (child.id === TIMECODE_SCALE && child.size >= 1 && child.size <= 8) {
          scale = 0;
          for (let i = 0; i < child.size; i++) scale = scale * 256 + b[child.data + i]!;
        } else if (child.id === DURATION && view.byteLength === child.size) {
          if (child.size === 4) duration = view.getFloat32(0);
          else if (child.size === 8) duration = view.getFloat64(0);
        }
        p = child.data + child.size;
      }
      if (duration === null || !Number.isFinite(duration) || duration <= 0 || scale <= 0) return null;
      return (duration * scale) / 1e9;
    }
    if (el.unknown) return null;
    offset = el.data + el.size;
  }
  return null;
}

/** The duration of a stored video of a sniffed type, or null when the file does not state it. */
export async function videoDurationSeconds(src: ByteSource, mimeType: string): Promise<number | null> {
  if (mimeType === "video/mp4" || mimeType === "video/quicktime") return mp4DurationSeconds(src);
  if (mimeType === "video/webm") return webmDurationSeconds(src);
  return null;
}
