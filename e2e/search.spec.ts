import { test, expect as baseExpect, signInAs, DEMO } from "./fixtures";

// Each step waits on a server round trip on a machine shared by several builds.
const expect = baseExpect.configure({ timeout: 20_000 });

test("the learner finds Carlos García by typing 'garcia', and pages through the mentors", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.goto("/mentoring/mentors");
  await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();

  // The demo organisation lists 35+ mentors: 12 a page, with a page navigation.
  const results = page.getByRole("list", { name: "Suggested mentors, best first" });
  await expect(results.getByRole("heading", { level: 3 })).toHaveCount(12);
  const pages = page.getByRole("navigation", { name: "Pages of mentors" });
  await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(pages).toContainText(/Mentors 1–12 of \d+/);
  const firstOnPage1 = await results.getByRole("heading", { level: 3 }).first().textContent();

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages).toContainText(/Mentors 13–\d+ of \d+/);
  await expect(results.getByRole("heading", { level: 3 }).first()).not.toHaveText(firstOnPage1!);
  await expect(pages.getByRole("link", { name: "Previous" })).toBeVisible();

  // A search without the accent finds the demo mentor, back on page 1.
  await page.getByLabel("Name, bio or expertise").fill("garcia");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=garcia/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(results.getByRole("heading", { level: 3, name: DEMO.MENTOR.name })).toBeVisible();
  await expect(results.getByRole("heading", { level: 3 }).filter({ hasNotText: /garc[ií]a/i })).toHaveCount(0);
});

test("the catalogue finds the BSAFE course for 'securite' and Mindfulness for 'mindfullness'", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.goto("/courses");
  await page.getByLabel("Search").fill("securite");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page).toHaveURL(/q=securite/);
  await expect(page.getByRole("link", { name: "BSAFE: personal security awareness" })).toBeVisible();

  await page.getByLabel("Search").fill("mindfullness");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page).toHaveURL(/q=mindfullness/);
  await expect(page.getByRole("link", { name: /^Mindfulness at work/ }).first()).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the request form opens from the bar at the bottom, not below every card", async ({ page }) => {
    await signInAs(page, "LEARNER");
    await page.goto("/mentoring/mentors");
    await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
    // The form is not on the page until asked for: the list is a dozen cards and a page navigation.
    await expect(page.getByLabel("Your message")).toHaveCount(0);
    const results = page.getByRole("list", { name: "Suggested mentors, best first" });
    await expect(results.getByRole("heading", { level: 3 })).toHaveCount(12);
    const ask = page.getByRole("region", { name: "Ask for mentoring" });
    // Whatever stops the learner asking (the mentoring journey may have paired her already) is said above the list.
    const askTop = (await ask.boundingBox())!.y;
    const listTop = (await results.boundingBox())!.y;
    expect(askTop).toBeLessThan(listTop);
    const boxes = page.getByRole("checkbox", { name: /^Ask / });
    if ((await boxes.count()) === 0) return;
    await boxes.first().check();
    await page.getByRole("button", { name: "1 mentor chosen: write your request" }).click();
    const dialog = page.getByRole("dialog", { name: "Ask for mentoring" });
    await expect(dialog.getByLabel("Your message")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Send request" })).toBeVisible();
    // Nothing is sent: other journeys count this learner's open requests.
    await dialog.getByRole("button", { name: "Keep browsing" }).click();
    await expect(dialog).toBeHidden();
    await boxes.first().uncheck();
  });
});
