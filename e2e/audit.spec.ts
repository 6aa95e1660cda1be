import { test, expect, signInAs, expectAccessible } from "./fixtures";

// The audit trail page. Append-only in the database, search and CSV are proven in server/audit/*.int.test.ts; here a
// person's view: L&D changes something and finds it, an auditor reads, a learner is kept out.

test("L&D renames a category and finds the change, before and after, in the audit trail", async ({ page }) => {
  const code = `AUD${Date.now().toString(36).toUpperCase().slice(-6)}`;
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/categories");
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Name", { exact: true }).fill("Audit trail check");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByRole("cell", { name: "Audit trail check" })).toBeVisible();
  await page.getByRole("button", { name: `Rename ${code}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name in English").fill("Audit trail checked");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("cell", { name: "Audit trail checked" })).toBeVisible();

  await page.getByRole("link", { name: "Audit trail", exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await page.getByLabel("Action").selectOption("category.rename");
  await page.getByLabel("Person").fill("900104");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/action=category\.rename/);
  const row = page.getByRole("row").filter({ hasText: "Category renamed" }).first();
  await expect(row).toContainText("Siobhan O'Brien");
  await row.getByText(/Before and after/).click();
  await expect(row.getByRole("cell", { name: "Audit trail check", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Audit trail checked", exact: true })).toBeVisible();
  await expectAccessible(page);

  // At 390 px: cards instead of the table, and no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("list", { name: "Audit trail" }).getByText("Category renamed").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("an auditor reads the audit trail, with nothing to change", async ({ page }) => {
  await signInAs(page, "AUDITOR");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByRole("search", { name: "Search the audit trail" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/api/exports/audit");
  // Read-only: nothing on the page changes or removes an entry.
  await expect(page.getByRole("button", { name: /rename|retire|revoke|delete|remove|edit|save/i })).toHaveCount(0);
  await expectAccessible(page);
});

test("a learner may not open the audit trail or download it", async ({ page }) => {
  await signInAs(page, "LEARNER");
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  expect((await page.request.get("/api/exports/audit")).status()).toBe(403);
});
