import type { FrameLocator, Page } from "@playwright/test";
import { test, expect as baseExpect, signInAs, DEMO } from "./fixtures";
import { zipFixture, type ScormFixture } from "../tests/scorm/zip";

// Playing SCORM packages written for Pathway (e2e/fixtures/scorm): the lesson page exposes the run-time API, the SCO
// commits, the learner leaves and comes back to a resumed SCO, finishes, and the completion is in the ledger.
//
// The course is imported through the web by L&D at the start of each test (a new course code per run), and played by
// the same person: LD_ADMIN completes no other spec's course, and these courses are new each run. (The spec process
// cannot reach the e2e server's database, so the CLI import is left to scripts/cli/*.int.test.ts.)

test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLES: Record<"scorm12-single" | "scorm2004-multi", string> = {
  "scorm12-single": "Pathway test — SCORM 1.2 single SCO",
  "scorm2004-multi": "Pathway test — SCORM 2004 two SCOs",
};

function uniqueCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
}

/** L&D imports a fixture package through /admin/courses/import-package and publishes it under `code`. */
async function importPackage(page: Page, fixture: ScormFixture, code: string) {
  await page.goto("/admin/courses/import-package");
  await page.getByLabel("Package (.zip)").setInputFiles({ name: `${fixture}.zip`, mimeType: "application/zip", buffer: zipFixture(fixture) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: `What ${fixture}.zip contains` })).toBeVisible();
  await page.getByLabel("Course code").fill(code);
  await page.getByLabel(/Publish the course now/).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(new RegExp(`Imported ${code} with`))).toBeVisible();
}

async function startCourse(page: Page, code: string, title: string) {
  await page.goto(`/courses/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Start the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${code}/1$`));
}

/** The SCO's document, inside the lesson page's iframe (titled with the lesson's title). */
function sco(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="scorm-frame"]');
}

/** Every commit the lesson page sends, with the server's answer. */
function commits(page: Page): { status: number; body: Record<string, unknown> | null }[] {
  const seen: { status: number; body: Record<string, unknown> | null }[] = [];
  page.on("response", async (r) => {
    if (!r.url().endsWith("/api/scorm/commit")) return;
    seen.push({ status: r.status(), body: (await r.json().catch(() => null)) as Record<string, unknown> | null });
  });
  return seen;
}

test("SCORM 1.2: the learner's name reaches the SCO, leaving and coming back resumes, finishing completes the course and the ledger", async ({ page }) => {
  const code = uniqueCode("S12");
  const title = TITLES["scorm12-single"];
  await signInAs(page, "LD_ADMIN");
  await importPackage(page, "scorm12-single", code);
  await startCourse(page, code, title);
  const sent = commits(page);

  // The lesson page: its heading, and the SCO in an iframe that found window.API on this page.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const frame = sco(page);
  await expect(frame.locator("#api")).toHaveText("API found");
  await expect(frame.locator("#learner")).toHaveText(`Learner: ${DEMO.LD_ADMIN.name} (${DEMO.LD_ADMIN.employeeId})`);
  await expect(frame.locator("#page")).toHaveText("Page 1 of 3");
  await expect(frame.locator("#resumed")).toBeHidden();

  await frame.getByRole("button", { name: "Next page" }).click();
  await expect(frame.locator("#page")).toHaveText("Page 2 of 3");
  await frame.getByRole("button", { name: "Next page" }).click();
  await expect(frame.locator("#page")).toHaveText("Page 3 of 3");
  await expect.poll(() => sent.filter((c) => c.status === 200).length).toBeGreaterThanOrEqual(2);
  expect(sent.every((c) => c.status === 200)).toBe(true);

  // Leave (a full navigation: the SCO suspends on pagehide, the page sends a beacon), then come back.
  await page.goto(`/courses/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto(`/learn/${code}/1`);
  await expect(frame.locator("#resumed")).toHaveText("Resumed from page 3");
  await expect(frame.locator("#page")).toHaveText("Page 3 of 3");

  // Finish: passed 85 (mastery 80) → the lesson and the one-lesson course are done.
  await frame.getByRole("button", { name: "Finish" }).click();
  await expect(frame.locator("#status")).toHaveText("Finished: passed");
  await expect(page.getByTestId("scorm-done")).toContainText("You have completed this course.");
  // The player refreshes the server-rendered outline and banner as the course completes (twice: Finish commits, then
  // terminates); a click that lands while a refresh re-renders the link can be lost, so click until it navigates.
  const completion = page.getByRole("link", { name: "See your completion" }).first();
  await expect(async () => {
    await completion.click();
    await expect(page).toHaveURL(new RegExp(`/learn/${code}/complete`), { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });

  // One participation in the person's learning history, like any other course.
  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "My learning history" })).toBeVisible();
  const rows = page.getByRole("row").filter({ hasText: title });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Completed");

  // Coming back after completion, on a phone: the SCO still finds its API and fills the width with a usable height.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/learn/${code}/1`);
  await expect(frame.locator("#api")).toHaveText("API found");
  await expect(page.getByText("You have completed this course.").first()).toBeVisible();
  const box = await page.getByTestId("scorm-frame").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(box!.height).toBeGreaterThanOrEqual(360);
  await expect(page.getByRole("button", { name: "Open in full screen" })).toBeVisible();
});

test("SCORM 2004: two SCOs, the second launched with its parameters, complete the course", async ({ page }) => {
  const code = uniqueCode("S2004");
  const title = TITLES["scorm2004-multi"];
  await signInAs(page, "LD_ADMIN");
  await importPackage(page, "scorm2004-multi", code);
  await startCourse(page, code, title);

  await expect(page.getByRole("heading", { level: 1, name: "Part 1: Introduction" })).toBeVisible();
  const frame = sco(page);
  await frame.getByRole("button", { name: "Mark complete" }).click();
  await expect(frame.locator("#status")).toHaveText("Part 1 complete");
  await expect(page.getByTestId("scorm-done")).toContainText("Lesson completed.");
  await page.getByRole("link", { name: "Continue" }).click();

  await expect(page).toHaveURL(new RegExp(`/learn/${code}/2$`));
  await expect(page.getByRole("heading", { level: 1, name: "Part 2: Check" })).toBeVisible();
  await expect(frame.locator("#part")).toHaveText("Part parameter: 2");
  await expect(frame.locator("#learner")).toHaveText(`Learner: ${DEMO.LD_ADMIN.name} (${DEMO.LD_ADMIN.employeeId})`);
  await frame.getByRole("button", { name: "Submit answers" }).click();
  await expect(frame.locator("#status")).toHaveText("Part 2 passed");
  await expect(page.getByTestId("scorm-done")).toContainText("You have completed this course.");

  // Part 1 again: it resumes at the location it stored.
  await page.goto(`/learn/${code}/1`);
  await expect(frame.locator("#resumed")).toHaveText("Resumed at end");

  await page.goto("/history");
  await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(1);
});
