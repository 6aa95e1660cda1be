import { readFile } from "node:fs/promises";
import { test, expect, signInAs, expectAccessible, DEMO } from "./fixtures";

// Privacy by default (issue 14): a person's own data as one JSON download; small groups hidden from auditors.

test.describe.configure({ timeout: 90_000 });

test("a learner downloads everything Pathway holds about them from their account page", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.getByTestId("current-user").getByRole("link", { name: DEMO.LEARNER.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account and your data" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Who can see what" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^pathway-data-${DEMO.LEARNER.employeeId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.profile.employeeId).toBe(DEMO.LEARNER.employeeId);
  expect(data.sections).toEqual(expect.arrayContaining(["profile", "enrolments", "trainingRecords", "certificates", "mentoring", "notifications"]));
  for (const section of data.sections) expect(data).toHaveProperty(section);
});

test("an auditor sees '<5' for small groups in a breakdown by grade, where the L&D admin sees numbers", async ({ page }) => {
  // By grade over a year, some grade (D2, ASG…) has fewer than 5 learners in some category in the demo organisation.
  const url = "/reports?period=custom&from=2019-07-01&to=2020-06-30&compare=none&by=grade";
  await signInAs(page, "AUDITOR");
  await page.goto(url);
  const breakdown = page.getByTestId("report-breakdown");
  await expect(breakdown).toBeVisible();
  await expect(breakdown.getByRole("cell", { name: "<5", exact: true }).first()).toBeVisible();
  await expect(page.getByText("Small groups are hidden")).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signInAs(page, "LD_ADMIN");
  await page.goto(url);
  await expect(page.getByTestId("report-breakdown")).toBeVisible();
  await expect(page.getByTestId("report-breakdown").getByRole("cell", { name: "<5", exact: true })).toHaveCount(0);
  await expect(page.getByText("Small groups are hidden")).toHaveCount(0);
});
