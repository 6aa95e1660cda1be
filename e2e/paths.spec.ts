import { test, expect as baseExpect, signInAs } from "./fixtures";
import { remoteBootcamp } from "../lib/courses/content/remote-bootcamp";

// The remote-working bootcamp (prisma/seed/paths.ts), taken by the demo manager: no other spec takes these four
// online courses or signs the manager in for an online course, so this journey never races another on the shared
// database. Axe runs on each page through the fixtures.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });
const PATH = "Remote working bootcamp";

test("a learner enrols in the bootcamp path, takes its four courses in the player, and sees the path completed", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/paths");
  await page.getByRole("link", { name: PATH }).click();
  await expect(page.getByRole("heading", { level: 1, name: PATH })).toBeVisible();
  await page.getByRole("button", { name: "Enrol in this path" }).click();
  await expect(page.getByRole("button", { name: "Leave this path" })).toBeVisible();
  await expect(page.getByText("0 of 4 steps done")).toBeVisible();
  // In order: only the first step opens.
  await expect(page.getByTestId("path-steps").getByRole("listitem").nth(1)).toHaveAttribute("data-state", "locked");

  // The next step waits on the home page.
  await page.goto("/");
  const card = page.getByTestId("paths-next-steps");
  await expect(card).toContainText(`Next: ${remoteBootcamp[0]!.title}`);
  await card.getByRole("link", { name: `Next step of ${PATH}: ${remoteBootcamp[0]!.title}` }).click();

  for (const [i, course] of remoteBootcamp.entries()) {
    if (i > 0) await page.getByRole("link", { name: `Open the course: ${course.title}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
    await page.getByRole("button", { name: "Start the course" }).click();
    await expect(page.getByRole("heading", { level: 1, name: course.lessons[0]!.title })).toBeVisible();
    await page.getByRole("button", { name: "Mark as read and continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Course completed" })).toBeVisible();
    await page.goto("/paths/REMOTE-BOOTCAMP");
    if (i < remoteBootcamp.length - 1) await expect(page.getByText(`${i + 1} of 4 steps done`)).toBeVisible();
  }

  await expect(page.getByText("Path completed")).toBeVisible();
  await expect(page.getByText("You completed this path on")).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave this path" })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.getByTestId("paths-next-steps")).toHaveCount(0);
});
