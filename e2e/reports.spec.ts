import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect, signInAs } from "./fixtures";

// The Reports page relies on the demo organisation's ledger (Working Together and BSAFE completions since 2019)
// being non-empty for the annual-report year 2019–2020; the figures themselves are checked by the integration tests.

const PERIOD = { from: "2019-07-01", to: "2020-06-30" };

// The page computes two reports, mentoring figures and compliance states: allow for a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

async function openReportYear(page: Page) {
  await page.getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Training reports" })).toBeVisible();
  await page.getByLabel("Period", { exact: true }).selectOption("reportYear");
  await page.getByLabel("Year", { exact: true }).selectOption({ label: "2019–2020" });
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(/period=reportYear&year=2019/);
  await expect(page.getByRole("heading", { level: 2, name: "Jul 1, 2019 – Jun 30, 2020" })).toBeVisible();
}

function totalParticipants(page: Page) {
  return page.getByTestId("report-by-category").locator("tfoot td").first();
}

test("the L&D admin picks the annual-report year and sees the table, the chart and downloads CSV and XLSX", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await openReportYear(page);

  const table = page.getByRole("table", { name: "Participants, unique learners and training days by category, Jul 1, 2019 – Jun 30, 2020" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /Health, Safety and Security/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Previous" }).first()).toBeVisible();
  const total = Number((await totalParticipants(page).innerText()).replace(/[^\d]/g, ""));
  expect(total).toBeGreaterThan(0);

  const chart = page.getByRole("img", { name: "Training days by category" });
  await expect(chart).toBeVisible();
  await expect(page.getByRole("img", { name: "Participants by category" })).toBeVisible();
  await expect(chart.locator("rect.fill-brand-600").first()).toBeVisible();

  await page.screenshot({ path: "test-results/reports-page.png", fullPage: true });
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`training-report_${PERIOD.from}_${PERIOD.to}.csv`);
  const csvText = await readFile((await csv.path())!, "utf8");
  const lines = csvText.trimEnd().split("\r\n");
  // The page compares with the previous year, and so does its CSV: the same columns as the table and the workbook.
  const figures = ["participants", "unique_learners", "training_days"].flatMap((f) => [f, `${f}_previous`, `${f}_change`, `${f}_change_percent`]);
  expect(lines[0]).toBe(["category_code", "category_name", ...figures].join(","));
  expect(lines.at(-1)).toMatch(new RegExp(`^,All categories,${total},\\d+,-?[\\d.]+,`));

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Excel" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(`training-report_${PERIOD.from}_${PERIOD.to}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("By category")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["Code", "Category", "Participants", "Participants, previous period"]);
  const last = sheet.getRow(sheet.rowCount);
  expect(last.getCell(2).value).toBe("All categories");
  expect(last.getCell(3).value).toBe(total);
  expect(workbook.getWorksheet("About")!.getCell("B2").value).toBe(`${PERIOD.from} – ${PERIOD.to}`);

  // MentorNet and coaching for the same year, with their own CSV.
  const mentoring = page.getByTestId("report-mentoring");
  for (const figure of ["Active pairings", "Median duration", "Mentors at capacity", "Coaching hours"]) {
    await expect(mentoring.getByText(figure, { exact: true })).toBeVisible();
  }
  const mentoringCsv = page.waitForEvent("download");
  await mentoring.getByRole("link", { name: "Download mentoring CSV" }).click();
  const mentoringText = await readFile((await (await mentoringCsv).path())!, "utf8");
  expect(mentoringText).toContain("Median pairing duration (days)");
});

test("the report's settings are in the address, so a link shares it, breakdown and filters included", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto(`/reports?period=custom&from=${PERIOD.from}&to=${PERIOD.to}&compare=none&by=gender&mode=ONLINE`);
  await expect(page.getByText("No comparison period")).toBeVisible();
  await expect(page.getByLabel("Break down by")).toHaveValue("gender");
  await expect(page.getByLabel("Mode", { exact: true })).toHaveValue("ONLINE");
  const breakdown = page.getByRole("table", { name: /by gender/ });
  // Group × category rows, as in the CSV and the XLSX: Women appears once per category and once for the total.
  await expect(breakdown.getByRole("rowheader", { name: /Women/ }).first()).toBeVisible();
  expect(await breakdown.getByRole("rowheader", { name: /Women/ }).count()).toBeGreaterThan(1);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /by=gender&mode=ONLINE/);
  // The CSV says what the page says: "Women", with the code F beside it.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csvText = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csvText.split("\r\n")[0]).toMatch(/^gender_code,gender_name,category_code,category_name,participants,/);
  expect(csvText).toMatch(/\r\nF,Women,/);
  expect(csvText).not.toMatch(/\r\nF,F,/);
});

test("compliance as of the end of a past year counts only the people employed then", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await openReportYear(page);
  const compliance = page.getByRole("table", { name: "Completion of mandatory courses as of Jun 30, 2020" });
  await expect(compliance).toBeVisible();
  await expect(page.getByText(/the staff employed then, the requirements in force then/)).toBeVisible();
  // Staff hired after 30 June 2020 are not in it at all (they used to show as "not due yet"): none is not due yet.
  const headers = (await compliance.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  const notDueYet = headers.indexOf("Not due yet");
  const people = headers.indexOf("People");
  expect(notDueYet).toBeGreaterThan(0);
  const rows = compliance.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator("th, td");
    await expect(cells.nth(notDueYet)).toHaveText("0");
    // fewer than the demo's 1,508 staff of today (about 350 of them were hired after June 2020)
    expect(Number((await cells.nth(people).innerText()).replace(/[^\d]/g, ""))).toBeLessThan(1508);
  }
});

test("the auditor sees the same report without any editing control", async ({ page }) => {
  await signInAs(page, "AUDITOR");
  await openReportYear(page);
  await expect(page.getByTestId("report-by-category")).toBeVisible();
  await expect(page.getByRole("img", { name: "Training days by category" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  // An auditor may read the same figures through the API, with a token of their own (where small groups read "<5":
  // e2e/privacy.spec.ts); their tokens page lists only their own.
  await expect(page.getByRole("link", { name: "API tokens" })).toBeVisible();
  const response = await page.goto("/admin/api-tokens");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a learner gets the 403 page, without the report", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await expect(page.getByRole("link", { name: "Reports", exact: true })).toHaveCount(0);
  const response = await page.goto("/reports");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the L&D admin creates an API token, a program reads the report with it, and revoking it shuts it out", async ({ page, request }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/reports");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name" }).fill("HR data warehouse");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Token created" });
  const token = await dialog.getByTestId("new-api-token").inputValue();
  expect(token).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
  await expect(dialog.getByLabel("Example request")).toHaveValue(new RegExp(`curl -H "Authorization: Bearer ${token}"`));
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("cell", { name: /^HR data warehouse/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: `${token.slice(0, 11)}…` })).toBeVisible();

  const url = `/api/v1/reports/training?from=${PERIOD.from}&to=${PERIOD.to}`;
  const ok = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { from: string; totals: { participants: number } };
  expect(body.from).toBe(PERIOD.from);
  expect(body.totals.participants).toBeGreaterThan(0);
  expect((await request.get(url)).status()).toBe(401);

  await page.getByRole("button", { name: "Revoke HR data warehouse" }).click();
  await page.getByRole("dialog", { name: "Revoke HR data warehouse?" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText(/^Revoked /)).toBeVisible();
  expect((await request.get(url, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(403);
});
