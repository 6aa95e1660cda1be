import type { Browser, Page } from "@playwright/test";
import { test, expect as baseExpect, signInAs, type DemoRole } from "./fixtures";

// A development programme's call, tried as its three users: the demo learner (a P3 woman, eligible for I-seize) applies
// to the open 2027 call, her manager endorses the application, L&D selects her and publishes the selection, and the
// cohort's components wait on her home. No other spec applies to a programme or reviews one. Axe runs on each page.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role);
  return page;
}

test("an eligible learner applies, her manager endorses, L&D selects her, and she sees the cohort on her home", async ({ browser }) => {
  const learner = await as(browser, "LEARNER");
  await learner.goto("/programmes");
  await learner.getByRole("link", { name: "See the programme I-seize" }).first().click();
  await expect(learner.getByRole("heading", { level: 1, name: "I-seize" })).toBeVisible();
  await expect(learner.getByRole("heading", { level: 2, name: "Eligibility" })).toBeVisible();
  await learner.getByLabel("Motivation").fill("I lead a team of examiners and want to grow into a people-management role.");
  await learner.getByLabel("Development goals").fill("Negotiation with member states; coaching my team; a stretch assignment in a regional bureau.");
  await learner.getByRole("button", { name: "Submit application" }).click();
  await expect(learner.getByText("Your application is submitted.")).toBeVisible();
  await expect(learner.getByText("Waiting for your manager’s endorsement.")).toBeVisible();

  const manager = await as(browser, "MANAGER");
  await manager.goto("/programmes/endorsements");
  await expect(manager.getByRole("heading", { level: 3, name: "Amina Diallo (P3)" })).toBeVisible();
  await manager.getByLabel("Comment to the applicant").first().fill("Amina is ready: she already coaches two new examiners.");
  await manager.getByRole("button", { name: "Endorse the application of Amina Diallo" }).click();
  await expect(manager.getByText("You endorsed the application of Amina Diallo.")).toBeVisible();

  const ld = await as(browser, "LD_ADMIN");
  await ld.goto("/admin/programmes");
  await ld.getByRole("link", { name: "Review the applications — I-seize 2027" }).click();
  const application = ld.getByRole("article", { name: "Amina Diallo" });
  await expect(application.getByText("Amina is ready: she already coaches two new examiners.")).toBeVisible();
  await application.getByRole("button", { name: "Select — Amina Diallo" }).click();
  await expect(ld.getByText("Amina Diallo is selected.")).toBeVisible();
  await ld.getByRole("button", { name: "Publish the selection" }).click();
  await ld.getByRole("button", { name: "Publish and tell everyone" }).click();
  await expect(ld.getByText(/^Selection published: \d+ people told\.$/)).toBeVisible();

  await learner.goto("/");
  const card = learner.getByRole("region", { name: "Development programmes" });
  await expect(card.getByRole("heading", { level: 3, name: "Next in your cohort" })).toBeVisible();
  await learner.goto("/programmes/I-SEIZE");
  await expect(learner.getByRole("heading", { level: 2, name: "Your cohort" })).toBeVisible();
});
