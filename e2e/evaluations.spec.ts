import { test, expect as baseExpect, signInAs } from "./fixtures";

const expect = baseExpect.configure({ timeout: 20_000 });

// The demo seeds "Giving and receiving feedback" (prisma/seed/evaluations.ts) with 4 answers and the demo mentor's
// evaluation still open: results stay hidden until his answer makes 5.
const COURSE = "Giving and receiving feedback";

test("a learner answers an evaluation, and L&D sees the results only once 5 answers exist", async ({ page, browser }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/evaluations");
  await expect(page.getByRole("heading", { level: 1, name: "Evaluation results" })).toBeVisible();
  await page.getByLabel("Course", { exact: true }).selectOption({ label: COURSE });
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page.getByTestId("evaluation-results")).toHaveText("4 responses — results appear from 5");
  await expect(page.getByTestId("average-satisfaction")).toHaveCount(0);

  const context = await browser.newContext();
  const learner = await context.newPage();
  await signInAs(learner, "MENTOR");
  await learner.goto("/evaluations");
  await learner.getByRole("link", { name: `Answer the evaluation of ${COURSE}` }).click();
  await expect(learner.getByRole("heading", { level: 1, name: `Evaluation: ${COURSE}` })).toBeVisible();
  await learner.getByRole("group", { name: /how satisfied are you/ }).getByRole("radio", { name: "5 of 5" }).check();
  await learner.getByRole("group", { name: /How relevant/ }).getByRole("radio", { name: "4 of 5" }).check();
  await learner.getByLabel(/What will you apply/).fill("Ask for feedback after every presentation.");
  await learner.getByRole("button", { name: "Send my answers" }).click();
  await expect(learner).toHaveURL(/\/evaluations$/);
  await expect(learner.getByRole("region", { name: "Answered" })).toContainText(COURSE);
  await context.close();

  // Seeded satisfaction 4, 5, 3, 4 and this 5: 4.2; relevance 4, 4, 3, 5 and this 4: 4.0.
  await page.reload();
  await expect(page.getByTestId("average-satisfaction")).toHaveText("4.2 / 5");
  await expect(page.getByTestId("average-relevance")).toHaveText("4.0 / 5");
  await expect(page.getByRole("region", { name: "Comments" })).toContainText("Ask for feedback after every presentation.");
});
