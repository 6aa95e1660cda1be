import { test, expect as baseExpect, signInAs, expectAccessible } from "./fixtures";

// Each step after a change waits for a server round trip; on a shared 2-core machine that can exceed the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// The demo learner enrols in the Chinese virtual classroom (prisma/seed/sessions.ts: no other journey uses it), so the
// enrolment mail is the notification this journey follows. Other journeys may add notifications for her at the same
// time: counts are asserted as "some unread", the state of this one notification exactly.
test("what Pathway mails a learner is in her notifications: counted in the header, listed unread, read once followed", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "LEARNER");
  await page.goto("/sessions");
  await page.getByRole("row").filter({ hasText: "Chinese: virtual classroom" }).getByRole("button", { name: /^Enrol/ }).click();
  await expect(page.getByText("You are enrolled. A confirmation is on its way by e-mail.")).toBeVisible();

  // The header's control names the unread count and leads to the list.
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expectAccessible(page);

  const item = page
    .getByRole("list", { name: "Your notifications" })
    .getByRole("listitem")
    .filter({ hasText: "You are enrolled: Chinese: virtual classroom" });
  await expect(item).toHaveCount(1);
  await expect(item.getByText("Unread", { exact: true })).toBeVisible();

  // Following it opens the session it is about and marks it read.
  const [marked] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("notifications.markRead")),
    item.getByRole("link", { name: /^You are enrolled: Chinese: virtual classroom/ }).click(),
  ]);
  expect(marked.ok()).toBe(true);
  await expect(page).toHaveURL(/\/sessions\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Chinese: virtual classroom" })).toBeVisible();

  await page.goto("/notifications");
  await expect(item.getByRole("link", { name: /^You are enrolled: Chinese: virtual classroom/ })).toBeVisible();
  await expect(item.getByText("Unread", { exact: true })).toHaveCount(0);
  await expect(item.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
});
