import { test, expect as baseExpect, signInAs, expectAccessible } from "./fixtures";
import { bsafe } from "../lib/courses/content/bsafe";
import { quizOf, takeQuiz } from "./quiz-page";

// Quizzes that measure knowledge: the demo mentor renews BSAFE (a new completion cycle, so the quiz rules start
// afresh). The quiz is locked until the lessons are done, states its rules before it starts, and a failed attempt
// says which questions were wrong without giving the answers away. The demo learner's own BSAFE journey is
// e2e/compliance.spec.ts; this one uses another person so the two never race.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });
const quiz = quizOf(bsafe.lessons);
const quizPosition = bsafe.lessons.indexOf(quiz) + 1;

test("a learner renewing BSAFE finds the quiz locked until the lessons are done, sees the rules, fails and learns which questions were wrong", async ({ page }) => {
  await signInAs(page, "MENTOR");
  await page.goto(`/courses/${bsafe.code}`);
  await expect(page.getByRole("heading", { level: 1, name: bsafe.title })).toBeVisible();
  await page.getByRole("button", { name: "Retake to renew" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: bsafe.lessons[0]!.title })).toBeVisible();

  // Straight to the quiz: locked, with the reason and the lessons still to do.
  await page.goto(`/learn/${bsafe.code}/${quizPosition}`);
  await expect(page.getByRole("heading", { level: 1, name: quiz.title })).toBeVisible();
  await expect(page.getByText("The quiz opens after the lessons")).toBeVisible();
  await expect(page.getByText(`Lesson 1: ${bsafe.lessons[0]!.title}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the quiz" })).toHaveCount(0);
  await expectAccessible(page);

  // Do the lessons.
  await page.goto(`/learn/${bsafe.code}/1`);
  for (const lesson of bsafe.lessons) {
    if (lesson.kind === "QUIZ") break;
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    const here = page.url();
    if (lesson.kind === "READING") await page.getByRole("button", { name: "Mark as read and continue" }).click();
    else if (lesson.kind === "ATTESTATION") {
      await page.getByLabel("I confirm the statement above.").check();
      await page.getByRole("button", { name: "Confirm" }).click();
    }
    await expect(page).not.toHaveURL(here);
  }

  // The rules, before starting.
  await expect(page.getByRole("heading", { level: 1, name: quiz.title })).toBeVisible();
  await expect(page.getByText("You have 3 attempts; after the last one you wait 24 hours before you can try again.")).toBeVisible();
  await expect(page.getByText("Each attempt asks 5 questions drawn at random from 15; you need 80% to pass.")).toBeVisible();
  await expect(page.getByTestId("attempts-left")).toHaveText("3 attempts left of 3");
  await expectAccessible(page);

  // A failed attempt: which questions were wrong, by their wording; no explanation, no right answer.
  const shown = await takeQuiz(page, quiz, false);
  await expect(page.getByText("Not passed: 0%")).toBeVisible();
  for (const q of shown) {
    await expect(page.getByRole("listitem").filter({ hasText: q.prompt }).getByText("Incorrect")).toBeVisible();
    await expect(page.getByText(q.explanation)).toHaveCount(0);
  }
  await expect(page.getByText("correct answer")).toHaveCount(0);
  await expect(page.getByTestId("attempts-left")).toHaveText("2 attempts left of 3");
  await expectAccessible(page);

  // Next attempt: the rules again, one attempt fewer; a reload keeps the open attempt's questions.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
  await expect(page.getByTestId("attempts-left")).toHaveText("2 attempts left of 3");
  await page.getByRole("button", { name: "Start attempt 2" }).click();
  await expect(page.getByText("Attempt 2", { exact: true })).toBeVisible();
  const legends = await page.getByRole("group").filter({ has: page.getByRole("radio").or(page.getByRole("checkbox")) }).allInnerTexts();
  await page.reload();
  await expect(page.getByText("Attempt 2", { exact: true })).toBeVisible();
  expect(await page.getByRole("group").filter({ has: page.getByRole("radio").or(page.getByRole("checkbox")) }).allInnerTexts()).toEqual(legends);
});
