import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// The demo learner watches the seeded local video lesson of "Mindfulness at work" (12 s, with captions).
// Skipping to the end does not complete it; playing it through does.

const COURSE = "MINDFUL";
const VIDEO_POSITION = 2;

type WatchState = { tracked: boolean; completed: boolean; watchedSeconds: number; justCompleted: boolean };

/** Every answer to the watch reports the player sends, in order. */
function collectReports(page: Page): WatchState[] {
  const states: WatchState[] = [];
  page.on("response", async (r) => {
    if (!r.url().endsWith("/api/media/progress") || r.request().method() !== "POST") return;
    const body = (await r.json().catch(() => null)) as WatchState | null;
    if (body) states.push(body);
  });
  return states;
}

async function whenMetadataLoaded(video: Locator) {
  await video.evaluate(
    (v: HTMLVideoElement) =>
      v.readyState >= 1 ? undefined : new Promise<void>((resolve) => v.addEventListener("loadedmetadata", () => resolve(), { once: true })),
  );
}

/** Plays from `from` at `rate` until the video ends (muted: no user gesture needed). */
async function playToEnd(video: Locator, from: number, rate: number) {
  await video.evaluate(
    async (v: HTMLVideoElement, [start, speed]) => {
      v.muted = true;
      v.currentTime = start!;
      v.playbackRate = speed!;
      const ended = new Promise<void>((resolve) => v.addEventListener("ended", () => resolve(), { once: true }));
      await v.play();
      await ended;
    },
    [from, rate],
  );
}

test("a learner completes a video lesson only by watching enough of it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const reports = collectReports(page);
  await signInAs(page, "LEARNER");
  await page.goto(`/courses/${COURSE}`);
  await page.getByRole("button", { name: "Start the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/1$`), { timeout: 20_000 });

  await page.goto(`/learn/${COURSE}/${VIDEO_POSITION}`);
  await expect(page.getByRole("heading", { level: 1, name: "Try it: the three-breath pause" })).toBeVisible();
  const video = page.getByTestId("lesson-video");
  await expect(video).toBeVisible();
  await whenMetadataLoaded(video);
  expect(await video.evaluate((v: HTMLVideoElement) => Math.round(v.duration))).toBe(12);
  // The captions are offered as tracks of the local player.
  expect(await video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks, (t) => `${t.language}:${t.label}`))).toEqual(["en:English", "fr:Français"]);

  // Drag to the last half second and let it end: the video has "reached the end", but that is not watching it.
  await playToEnd(video, 11.5, 1);
  await expect.poll(() => reports.at(-1)?.watchedSeconds ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(reports.at(-1)).toMatchObject({ tracked: true, completed: false });
  expect(reports.at(-1)!.watchedSeconds).toBeLessThan(1);
  const progress = page.getByTestId("watched-progress");
  await expect(progress).toHaveAttribute("aria-valuenow", /^[0-9]$/);
  await expect(page.getByTestId("video-done")).toHaveCount(0);

  // Still not done after a reload (the server decided, not the page).
  await page.reload();
  await expect(page.getByText(/% watched · 90% needed to complete this lesson/)).toBeVisible();
  await expect(page.getByTestId("video-done")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /three-breath pause.* Done$/ })).toHaveCount(0);

  // Watch it through at double speed: the lesson completes, once, and the course outline shows it.
  const reloaded = page.getByTestId("lesson-video");
  await whenMetadataLoaded(reloaded);
  await playToEnd(reloaded, 0, 2);
  await expect.poll(() => reports.some((r) => r.completed), { timeout: 20_000 }).toBe(true);
  expect(reports.filter((r) => r.justCompleted)).toHaveLength(1);
  expect(reports.at(-1)!.watchedSeconds).toBeGreaterThanOrEqual(10.8);
  await expect(page.getByText("Lesson complete: you have watched enough of this video.")).toBeAttached({ timeout: 20_000 });
  await expect(page.getByTestId("video-done")).toBeVisible();
  await expect(page.getByTestId("watched-progress")).toHaveAttribute("aria-valuenow", /^(9\d|100)$/);

  // Coming back: the lesson is done in the course player.
  await page.reload();
  await expect(page.getByText(/Done: you have watched enough of this video/)).toBeVisible();
  await expect(page.getByRole("link", { name: /three-breath pause.* Done$/ }).first()).toBeAttached();
  await expect(page.getByRole("link", { name: "Continue" }).first()).toBeVisible();

  // The file streams in byte ranges to the learner, and not at all to a colleague who is not on the course.
  const src = await page.getByTestId("lesson-video").evaluate((v: HTMLVideoElement) => v.currentSrc);
  const part = await page.request.get(src, { headers: { Range: "bytes=0-99" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
  const colleague = await browser.newContext();
  try {
    const other = await colleague.newPage();
    await signInAs(other, "MENTOR");
    expect((await other.request.get(src, { headers: { Range: "bytes=0-99" } })).status()).toBe(403);
  } finally {
    await colleague.close();
  }
});
