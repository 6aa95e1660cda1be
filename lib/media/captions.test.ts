import { describe, expect, it } from "vitest";
import { captionMatches } from "~/lib/media/captions";

describe("captionMatches", () => {
  it("matches a course language with the track's regional or script variant, and nothing else", () => {
    expect(captionMatches("fr-CA", "fr")).toBe(true);
    expect(captionMatches("zh-Hans", "zh")).toBe(true);
    expect(captionMatches("en", "fr")).toBe(false);
    expect(captionMatches(undefined, "fr")).toBe(false);
  });
});
