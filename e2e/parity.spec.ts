import { test, expect as baseExpect, signInAs } from "./fixtures";

const expect = baseExpect.configure({ timeout: 20_000 });

test("L&D reads the share of women among directors on 30 June 2020 against the end-2021 target", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/reports/parity?asOf=2020-06-30");
  await expect(page.getByRole("heading", { level: 1, name: "Women by grade" })).toBeVisible();
  const d2 = page.getByTestId("parity-table").locator('tr[data-code="D2"]');
  await expect(d2.getByRole("rowheader")).toHaveText("D2");
  await expect(d2).toContainText("15.4%");
  await expect(d2).toContainText("24.0%");
});
