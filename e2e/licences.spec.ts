import { readFileSync } from "node:fs";
import { test, expect, signInAs } from "./fixtures";

// L&D imports LinkedIn Learning's activity report (3 lines for demo staff, one completed course of 2 hours on 17 May
// 2023) on the Imports page; the completion then counts in the reports as external learning in the pool's category
// (the demo pool counts in "Communication and Personal Effectiveness"): 1 participant, 0.25 training days that day.
const CSV = readFileSync(new URL("./fixtures/linkedin-learning-activity.csv", import.meta.url));

test("L&D imports a LinkedIn Learning activity report and sees the completion in the training report", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/imports");
  await page.getByRole("radio", { name: "Platform activity (licences)" }).check();
  await expect(page.getByLabel("Licence pool")).toHaveValue(/.+/);
  await page.getByLabel("CSV file").setInputFiles({ name: "linkedin-learning-activity.csv", mimeType: "text/csv", buffer: CSV });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Ready to import")).toBeVisible();
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByText("Import done")).toBeVisible();

  await page.goto("/reports?period=custom&from=2023-05-17&to=2023-05-17&compare=none&mode=EXTERNAL");
  const row = page.getByTestId("report-by-category").getByRole("row", { name: /Communication and Personal Effectiveness/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await expect(row.getByRole("cell").last()).toHaveText("0.25");
});
