import { test, expect as baseExpect, signInAs, expectAccessible } from "./fixtures";
import { antiFraud } from "../lib/courses/content/anti-fraud";
import { quizOf, takeQuiz } from "./quiz-page";

// The demo learner's BSAFE journey, from her home page to "compliant for three years", is e2e/compliance.spec.ts
// (through this player). Here the same player journey runs on Anti-fraud awareness from the catalogue, so that the
// two specs never race for the same person's BSAFE on the suite's one shared database.
const course = antiFraud;

// Each step renders a page on the server; on a shared two-core machine that can take several seconds.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });
const quiz = quizOf(course.lessons);

test("the demo learner takes a mandatory course from the catalogue: reads, attests, fails the quiz once, passes and sees the course completed", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Catalogue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Course catalogue" })).toBeVisible();
  await expectAccessible(page);
  // Mandatory courses come first; then search and filter.
  await expect(page.getByRole("listitem").first()).toContainText("Mandatory");
  await page.getByLabel("Search").fill("fraud");
  await page.getByLabel("Delivery").selectOption({ label: "Online, self-paced" });
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page).toHaveURL(/q=fraud/);
  await expect(page.getByText("1 course", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: course.title }).click();

  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  await expect(page.getByText("You have not started this course.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the course" }).click();

  for (const [i, lesson] of course.lessons.entries()) {
    if (i === 2) {
      // Progress is saved per lesson: leaving and coming back resumes at the first lesson not done.
      await page.goto(`/courses/${course.code}`);
      await expect(page.getByText(`2 of ${course.lessons.length} required lessons done.`)).toBeVisible();
      await page.getByRole("link", { name: "Resume" }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.getByText(`Lesson ${i + 1} of ${course.lessons.length}`)).toBeVisible();
    if (i === 0) await expectAccessible(page);
    if (lesson.kind === "READING") {
      // The lesson is saved when the player moves on: wait for that before leaving the page (the resume check).
      const reading = page.url();
      await page.getByRole("button", { name: "Mark as read and continue" }).click();
      await expect(page).not.toHaveURL(reading);
    } else if (lesson.kind === "ATTESTATION") {
      await expect(page.getByText(lesson.statement)).toBeVisible();
      await page.getByRole("button", { name: "Confirm" }).click();
      await expect(page.getByText("Tick the box to confirm the statement.")).toBeVisible();
      await page.getByLabel("I confirm the statement above.").check();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Confirm" }).click();
    }
  }

  // The quiz: its rules before it starts, then 5 questions drawn from 15, each a group of radio buttons or checkboxes.
  await expect(page.getByRole("heading", { level: 1, name: quiz.title })).toBeVisible();
  await expect(page.getByText("Pass mark: 80%")).toBeVisible();
  await expect(page.getByText("Each attempt asks 5 questions drawn at random from 15; you need 80% to pass.")).toBeVisible();
  await expectAccessible(page);
  const failed = await takeQuiz(page, quiz, false);
  await expect(page.getByText("Not passed: 0%")).toBeVisible();
  // Which questions were wrong, not what is right: no explanation, no answer marked correct.
  await expect(page.getByRole("listitem").filter({ hasText: failed[0]!.prompt }).getByText("Incorrect")).toBeVisible();
  await expect(page.getByText(failed[0]!.explanation)).toHaveCount(0);
  await expect(page.getByText("correct answer")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Try again" }).click();
  const passed = await takeQuiz(page, quiz, true, /^Start attempt 2$/);
  await expect(page.getByText("Passed with 100%")).toBeVisible();
  // After the pass: the right answers and why.
  await expect(page.getByText(passed[0]!.explanation)).toBeVisible();
  await page.getByRole("link", { name: "See your completion" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Course completed" })).toBeVisible();
  await expect(page.getByText(`You completed ${course.title} on`)).toBeVisible();
  await expect(page.getByText("0.125 training days have been added to your training record.")).toBeVisible();
  await expect(page.getByTestId("valid-until")).toHaveText("This completion does not expire.");
  await expectAccessible(page);

  // Back on the course page: completed, every lesson ticked; leaving and coming back shows the same.
  await page.getByRole("link", { name: "Back to the course" }).click();
  await expect(page.getByText("Completed", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Review the lessons" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the course" })).toHaveCount(0);
  await expect(page.getByText("Not done")).toHaveCount(0);
});

test("an L&D admin writes a small course with a quiz, is refused a question with no correct answer, fixes it and publishes it to the catalogue", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.getByRole("navigation", { name: "Learning and development" }).getByRole("link", { name: "Courses", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New course" }).click();

  await page.getByLabel("Code").fill("WEBINAR-101");
  await page.getByLabel("Title").fill("Presenting at our town halls");
  await page.getByLabel("Summary").fill("Short, practical advice for presenting to colleagues and partners online.");
  await page.getByLabel("Category").selectOption({ label: "Communication and Personal Effectiveness" });
  await page.getByLabel("Training days credited on completion").fill("-1");
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByText("Training days cannot be negative (got -1).")).toBeVisible();
  await page.getByLabel("Training days credited on completion").fill("0.125");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create course" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Presenting at our town halls" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add Reading" }).click();
  // The course page has a Title field too: wait for the lesson form before typing.
  await expect(page.getByRole("heading", { level: 1, name: "New reading lesson" })).toBeVisible();
  await page.getByLabel("Title").fill("Before you go live");
  await page.getByLabel("Text (Markdown)").fill("## Check your set-up\n\n- Test your **microphone** and camera.\n- Close notifications.");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByRole("link", { name: "Before you go live" })).toBeVisible();

  await page.getByRole("link", { name: "Add Quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New quiz lesson" })).toBeVisible();
  await page.getByLabel("Title").fill("Check your understanding");
  await page.getByLabel("Pass mark (%)").fill("120");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByText("The pass mark must be between 0 and 100")).toBeVisible();
  await page.getByLabel("Pass mark (%)").fill("100");
  await page.getByRole("button", { name: "Save lesson" }).click();

  await expect(page.getByText("No questions yet. A quiz needs at least one to be published.")).toBeVisible();
  await page.getByLabel("Question", { exact: true }).fill("What should you test before a webinar starts?");
  await page.getByLabel("Option 1", { exact: true }).fill("Your microphone and camera");
  await page.getByLabel("Option 2", { exact: true }).fill("The colour of your slides");
  await page.getByLabel("Option 3", { exact: true }).fill("Nothing: it will be fine");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Mark at least one option as correct.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Option 1 is correct").check();
  await page.getByLabel("Explanation shown after submission").fill("Sound and picture problems are the most common, and the easiest to prevent.");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Question saved.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "What should you test before a webinar starts?" })).toBeVisible();

  // Preview as a learner: the quiz grades without storing anything.
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByText("Preview: this is what learners see. Nothing you do here is recorded.")).toBeVisible();
  await page.getByRole("group", { name: "What should you test before a webinar starts?" }).getByLabel("Your microphone and camera").check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByText("Passed with 100%")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the editor" }).first().click();

  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 is live")).toBeVisible();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Catalogue" }).click();
  await page.getByLabel("Search").fill("town halls");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page.getByRole("link", { name: "Presenting at our town halls" })).toBeVisible();
  await page.getByRole("link", { name: "Presenting at our town halls" }).click();
  await expect(page.getByRole("button", { name: "Start the course" })).toBeVisible();
  await expect(page.getByText("Check your understanding")).toBeVisible();
});

test("a learner cannot open course authoring", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const response = await page.goto("/admin/courses");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Learning and development" })).toHaveCount(0);
});
