import { readFile } from "node:fs/promises";
import { test, expect as baseExpect, signInAs } from "./fixtures";

const expect = baseExpect.configure({ timeout: 20_000 });

test("the manager filters the team, downloads exactly that view as CSV, reminds someone and is refused a second reminder", async ({ page, browserErrors }) => {
  // The second reminder is refused on purpose (429): the spec checks the refusal on screen.
  browserErrors.expected.push(/status of 429 .*\/api\/trpc\/team\.remind/);
  await signInAs(page, "MANAGER");
  await expect(page.getByTestId("home-MANAGER")).toBeVisible();
  await expect(page.getByRole("region", { name: "Your team’s mandatory training" })).toBeVisible();

  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1, name: "My team" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Compliance per mandatory course" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Training days" })).toBeVisible();

  // Filter: everyone down the line, overdue only.
  await page.getByLabel("People").selectOption({ label: "All reports down the line" });
  await page.getByLabel("State").selectOption({ label: "Overdue" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(page).toHaveURL(/state=OVERDUE/);
  const list = page.getByRole("region", { name: "Mandatory training" });
  const rows = list.locator("tbody tr");
  const shown = await rows.count();
  for (let i = 0; i < shown; i++) await expect(rows.nth(i)).toContainText("Overdue");

  // The CSV is the filtered view: the same people in the same order.
  const csvLink = page.getByRole("link", { name: "Download CSV of this view" });
  await expect(csvLink).toHaveAttribute("href", /\/api\/exports\/team\?scope=all&state=OVERDUE/);
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^team-training-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain("Days overdue");
  expect(lines.length - 1).toBe(shown);
  for (const line of lines.slice(1)) expect(line).toContain(",Overdue,");

  // Remind the most urgent person of the whole team (overdue first): the mail goes to their outbox.
  await page.goto("/team");
  const remind = page.getByRole("region", { name: "Mandatory training" }).getByRole("button", { name: /^Remind / }).first();
  const label = (await remind.getAttribute("aria-label"))!;
  await remind.click();
  await expect(page.getByRole("status").filter({ hasText: /is in .*mailbox/ })).toBeVisible();
  await expect(page.getByText(/^Reminded /).first()).toBeVisible();
  // A second reminder within the week is refused, saying from when it is possible again.
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /You can remind them again from/ })).toBeVisible();
});
