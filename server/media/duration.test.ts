import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bufferSource, mp4DurationSeconds, videoDurationSeconds, webmDurationSeconds } from "~/server/media/duration";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/media/${name}`, import.meta.url)));
const demo = new Uint8Array(readFileSync(new URL("../../prisma/seed/media/three-breath-pause.mp4", import.meta.url)));

describe("video duration from the file", () => {
  it("reads the demo video's 12 seconds from its movie header (moov before the media)", async () => {
    expect(await videoDurationSeconds(bufferSource(demo), "video/mp4")).toBeCloseTo(12, 2);
  });

  it("finds the movie header at the end of a file that was not made for streaming", async () => {
    expect(await mp4DurationSeconds(bufferSource(fixture("clip-3s-moov-at-end.mp4")))).toBeCloseTo(3, 2);
  });

  it("reads QuickTime files the same way", async () => {
    expect(await videoDurationSeconds(bufferSource(fixture("clip-2s.mov")), "video/quicktime")).toBeCloseTo(2, 2);
  });

  it("says nothing for a fragmented MP4, whose header does not hold the length", async () => {
    expect(await mp4DurationSeconds(bufferSource(fixture("clip-2s-fragmented.mp4")))).toBeNull();
  });

  it("reads a WebM file's Segment Info duration", async () => {
    expect(await webmDurationSeconds(bufferSource(fixture("clip-2_5s.webm")))).toBeCloseTo(2.5, 2);
  });

  it("says nothing for bytes that are no video, a truncated header or a type it cannot read", async () => {
    expect(await mp4DurationSeconds(bufferSource(new TextEncoder().encode("WEBVTT\n\nnot a video at all")))).toBeNull();
    expect(await mp4DurationSeconds(bufferSource(demo.subarray(0, 40)))).toBeNull();
    expect(await webmDurationSeconds(bufferSource(demo))).toBeNull();
    expect(await videoDurationSeconds(bufferSource(demo), "video/ogg")).toBeNull();
  });
});
