import type { Browser, Page } from "@playwright/test";
import { test, expect, signInAs, expectAccessible, DEMO, type DemoRole } from "./fixtures";
import { bsafe } from "../lib/courses/content/bsafe";
import { takeQuiz } from "./quiz-page";

// Mandatory training: the learner's home, the explanation, L&D's dashboard, people list and CSV, the outbox — and
// the whole journey from due to compliant through the course player.

// Each test signs in and runs axe on several pages: on a shared two-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const day = (d: Date) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(d);

function mandatoryRow(page: Page, code: string) {
  return page.getByRole("region", { name: "Your mandatory training" }).locator(`li[data-course="${code}"]`);
}

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role);
  return page;
}

/** The learner's BSAFE row on L&D's people list. */
async function learnerBsafeOnPeopleList(page: Page) {
  await page.goto("/admin/compliance/people");
  await page.getByLabel("Requirement").selectOption({ label: `BSAFE — ${bsafe.title}` });
  // By employee id: the organisation has more than one Amina Diallo.
  await page.getByLabel("Name, e-mail or employee id").fill(DEMO.LEARNER.employeeId);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 match")).toBeVisible();
  return page.getByRole("row", { name: new RegExp(`${DEMO.LEARNER.name} ${DEMO.LEARNER.employeeId}`) });
}

test("the demo learner sees BSAFE among their mandatory courses as due, and can ask why", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await expect(page.getByRole("region", { name: "Your mandatory training" })).toBeVisible();
  const row = mandatoryRow(page, "BSAFE");
  await expect(row.getByText("Due", { exact: true })).toBeVisible();
  await expect(row.getByText(/^Due by /)).toBeVisible();
  // Working Together, completed in 2019, does not expire.
  await expect(mandatoryRow(page, "WT").getByText("Compliant", { exact: true })).toBeVisible();

  await row.getByRole("link", { name: /Why is BSAFE.* due\?/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${bsafe.title}: why due?`);
  await expect(page.getByTestId("explain-status")).toContainText(`${bsafe.title} is due by`);
  await expect(page.getByTestId("explain-progress")).toContainText("Not started yet.");
  await expectAccessible(page);
});

test("a learner cannot open another person's explanation or L&D's pages", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const res = await page.goto("/admin/compliance");
  expect(res?.status()).toBe(403);
  const outbox = await page.goto("/admin/outbox");
  expect(outbox?.status()).toBe(403);
  const csv = await page.request.get("/api/exports/compliance");
  expect(csv.status()).toBe(403);
});

test("the L&D admin sees the compliance dashboard with counts, the escalation list, the people list and the CSV", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.getByRole("link", { name: "Compliance" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Compliance" })).toBeVisible();
  const bsafeRow = page.locator('tr[data-requirement="BSAFE"]');
  await expect(bsafeRow).toContainText("Everyone");
  await expect(bsafeRow).toContainText("Every 36 months");
  // People in the audience, then compliant / due / overdue counts with percentages.
  await expect(bsafeRow.locator("td").nth(4)).toHaveText(/^[1-9][\d,]*$/);
  await expect(bsafeRow.locator("td").nth(5)).toHaveText(/^[\d,]+\s*\d+(\.\d)?%$/);
  await expect(page.getByTestId("compliance-totals")).toContainText("Compliant");
  // Working Together has been mandatory since 2019: those who never took it are on the escalation list.
  const escalation = page.getByRole("region", { name: /Escalation list/ });
  await expect(escalation.getByRole("row").nth(1)).toContainText("WT");
  await expectAccessible(page);

  // Filter the figures by department.
  await page.getByLabel("Department").selectOption({ label: "Patent Law Division" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/department=/);
  await expect(page.locator('tr[data-requirement="BSAFE"]')).toBeVisible();

  // The requirement's page: breakdowns by department and sector, exemptions.
  await page.goto("/admin/compliance");
  await page.getByRole("link", { name: `Details of ${bsafe.title}` }).click();
  await expect(page.getByRole("heading", { name: "By department" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "By sector" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Exemptions" }).getByRole("row")).toHaveCount(4); // 3 seeded + header
  await expectAccessible(page);

  // The overdue list, exported exactly as filtered.
  const csv = await page.request.get("/api/exports/compliance?state=OVERDUE");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("Employee id,Name,E-mail,Department,Sector,Duty station,Grade,Manager,Course code,Course,State,Due on,Valid until,Last completed on,Days overdue,Exemption reason");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(",Overdue,"))).toBe(true);
});

test("a requirement without an audience is refused next to the field", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/compliance/requirements/new");
  await page.getByLabel("Course").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByText("Choose who must take the course")).toBeVisible();
  await expect(page.getByLabel("Who must take it")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Who must take it").selectOption({ label: "One or more departments" });
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByText("Choose at least one department")).toBeVisible();
  await expectAccessible(page);
});

test("the manager sees the team's mandatory training; L&D reads the outbox", async ({ page, browser }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/team");
  const team = page.getByRole("region", { name: "Mandatory training" });
  await expect(team.getByRole("row", { name: new RegExp(`${DEMO.LEARNER.name}.*${bsafe.title}`) })).toContainText("Due");
  await expectAccessible(page);

  const admin = await as(browser, "LD_ADMIN");
  await admin.goto("/admin/outbox");
  await expect(admin.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  // The worker queues this week's reminders when the app starts; in demo mode they stay here.
  await expect(admin.getByText("No SMTP server is configured")).toBeVisible();
  // Managers' digests and learners' reminders are written together; find a learner's reminder by its subject.
  await admin.getByLabel("Recipient or subject").fill("Mandatory training:");
  await admin.getByRole("button", { name: "Filter" }).click();
  const reminder = admin.getByRole("link", { name: /^Mandatory training: / }).first();
  await expect(reminder).toBeVisible({ timeout: 30_000 });
  await reminder.click();
  await expect(admin.getByText(/^Dear /)).toBeVisible();
  await expectAccessible(admin);
  await admin.context().close();
});

test("journey: the learner completes BSAFE (failing the quiz once) and moves from due to compliant for 3 years", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const admin = await as(browser, "LD_ADMIN");
  await expect((await learnerBsafeOnPeopleList(admin)).getByText("Due", { exact: true })).toBeVisible();

  await signInAs(page, "LEARNER");
  await mandatoryRow(page, "BSAFE").getByRole("link", { name: bsafe.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(bsafe.title);
  await page.getByRole("button", { name: "Start the course" }).click();

  for (const lesson of bsafe.lessons) {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(lesson.title);
    if (lesson.kind === "READING") await page.getByRole("button", { name: "Mark as read and continue" }).click();
    else if (lesson.kind === "ATTESTATION") {
      await page.getByLabel("I confirm the statement above.").check();
      await page.getByRole("button", { name: "Confirm" }).click();
    } else if (lesson.kind === "QUIZ") {
      // Each attempt draws 5 of the pool's questions after a Start (e2e/quiz-page.ts).
      await takeQuiz(page, lesson, false);
      await expect(page.getByText(/^Not passed: \d+%/)).toBeVisible();
      await page.getByRole("button", { name: "Try again" }).click();
      await takeQuiz(page, lesson, true);
      await expect(page.getByText("Passed with 100%")).toBeVisible();
      await page.getByRole("link", { name: "See your completion" }).first().click();
    }
  }
  await expect(page.getByRole("heading", { name: "Course completed" })).toBeVisible();

  await page.goto("/");
  const today = new Date();
  const validUntil = new Date(Date.UTC(today.getUTCFullYear() + 3, today.getUTCMonth(), today.getUTCDate()));
  const row = mandatoryRow(page, "BSAFE");
  await expect(row.getByText("Compliant", { exact: true })).toBeVisible();
  await expect(row.getByText(`Compliant until ${day(validUntil)}`)).toBeVisible();

  await expect((await learnerBsafeOnPeopleList(admin)).getByText("Compliant", { exact: true })).toBeVisible();
  await admin.context().close();
});
