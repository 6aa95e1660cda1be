import { test, expect, signInAs, expectAccessible } from "./fixtures";

// The xAPI outbox page. The e2e server runs without XAPI_ENDPOINT: the page says nothing is recorded and offers no
// "Send now"; delivery to a real LRS is proven in server/xapi/delivery.int.test.ts.

test("L&D opens the xAPI page from the L&D navigation and sees the outbox's state", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.getByRole("link", { name: "xAPI", exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/xapi$/);
  await expect(page.getByRole("heading", { level: 1, name: "xAPI: learning record store" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "xAPI is not configured, so no statements are recorded." })).toBeVisible();
  for (const label of ["Sent", "Waiting", "Failing", "Oldest not yet sent"]) await expect(page.getByText(label, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Failing statements" })).toBeVisible();
  await expect(page.getByText("No statement is failing.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Recent statements" })).toBeVisible();
  // Nothing to send to: no button.
  await expect(page.getByRole("button", { name: "Send now" })).toHaveCount(0);
  await expectAccessible(page);

  // At 390 px the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "xAPI: learning record store" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("an auditor reads the xAPI page without sending", async ({ page }) => {
  await signInAs(page, "AUDITOR");
  await page.goto("/admin/xapi");
  await expect(page.getByRole("heading", { level: 1, name: "xAPI: learning record store" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send now" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a learner may not open the xAPI page", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const response = await page.goto("/admin/xapi");
  expect(response?.status()).toBe(403);
});
