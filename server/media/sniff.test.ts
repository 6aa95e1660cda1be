import { describe, it, expect } from "vitest";
import { sniffSubtitleVtt, sniffVideoType } from "./sniff";

function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === "string") for (const ch of part) out.push(ch.charCodeAt(0));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

/** An ftyp box as the first bytes of an MP4/MOV file. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], "ftyp", major, [0, 0, 2, 0], ...compatible, [0, 0, 0, 8], "free");
}

/** The EBML header ffmpeg writes at the start of a WebM/MKV file. */
function ebml(docType: string): Uint8Array {
  const body = bytes(
    [0x42, 0x86, 0x81, 0x01],
    [0x42, 0xf7, 0x81, 0x01],
    [0x42, 0xf2, 0x81, 0x04],
    [0x42, 0xf3, 0x81, 0x08],
    [0x42, 0x82, 0x80 | docType.length],
    docType,
    [0x42, 0x87, 0x81, 0x04],
    [0x42, 0x85, 0x81, 0x02],
  );
  return bytes([0x1a, 0x45, 0xdf, 0xa3, 0x80 | body.length], [...body], [0x18, 0x53, 0x80, 0x67]);
}

describe("sniffVideoType", () => {
  it("recognises MP4 by its ftyp brand", () => {
    for (const brand of ["isom", "iso2", "mp41", "mp42", "avc1", "dash", "M4V "]) {
      expect(sniffVideoType(ftyp(brand, "isom")), brand).toBe("video/mp4");
    }
  });

  it("recognises fragmented MP4 from packagers", () => {
    expect(sniffVideoType(ftyp("iso5", "iso6", "mp41"))).toBe("video/mp4");
  });

  it("recognises an MP4 with a vendor brand by its compatible brands", () => {
    expect(sniffVideoType(ftyp("XAVC", "XAVC", "mp42", "iso2"))).toBe("video/mp4");
    expect(sniffVideoType(ftyp("3gp4", "3gp4"))).toBeNull();
  });

  it("recognises a QuickTime movie from an iPhone", () => {
    expect(sniffVideoType(ftyp("qt  ", "qt  "))).toBe("video/quicktime");
  });

  it("recognises WebM but not other Matroska files", () => {
    expect(sniffVideoType(ebml("webm"))).toBe("video/webm");
    expect(sniffVideoType(ebml("matroska"))).toBeNull();
  });

  it("recognises Ogg", () => {
    expect(sniffVideoType(bytes("OggS", [0, 2, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe("video/ogg");
  });

  it("rejects files that only claim to be video", () => {
    expect(sniffVideoType(bytes("%PDF-1.7\n%âãÏÓ"))).toBeNull();
    expect(sniffVideoType(bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]))).toBeNull();
    expect(sniffVideoType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffVideoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffVideoType(bytes("PK", [3, 4, 20, 0, 0, 0, 8, 0, 0, 0]))).toBeNull();
  });

  it("returns null for too few bytes", () => {
    expect(sniffVideoType(new Uint8Array())).toBeNull();
    expect(sniffVideoType(bytes([0, 0, 0, 0x18], "ftyp"))).toBeNull();
    expect(sniffVideoType(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull();
  });

  it("does not take ftyp at the wrong offset", () => {
    expect(sniffVideoType(bytes([0, 0, 0, 0, 0], "ftypisom", [0, 0, 0, 0]))).toBeNull();
  });
});

describe("sniffSubtitleVtt", () => {
  it("accepts WebVTT with or without a BOM and header text", () => {
    expect(sniffSubtitleVtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHello")).toBe(true);
    expect(sniffSubtitleVtt("\uFEFFWEBVTT\r\n\r\n")).toBe(true);
    expect(sniffSubtitleVtt("WEBVTT - English captions\n")).toBe(true);
    expect(sniffSubtitleVtt("WEBVTT")).toBe(true);
  });

  it("rejects SubRip and other text", () => {
    expect(sniffSubtitleVtt("1\n00:00:00,000 --> 00:00:01,000\nHello\n")).toBe(false);
    expect(sniffSubtitleVtt("WEBVTTX\n")).toBe(false);
    expect(sniffSubtitleVtt(" WEBVTT\n")).toBe(false);
    expect(sniffSubtitleVtt("webvtt\n")).toBe(false);
    expect(sniffSubtitleVtt("")).toBe(false);
  });
});
