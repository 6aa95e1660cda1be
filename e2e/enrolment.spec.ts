import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect as baseExpect, signInAs, expectAccessible, DEMO, type DemoRole } from "./fixtures";

// Each step after a change waits for a server round trip; on a shared 2-core machine that can exceed the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// Sessions of the demo seed (prisma/seed/sessions.ts): "Strategic media training" is in progress with late
// registration open (two mornings, 3.5 hours each: 0.875 training days); "Respect in the workplace: for
// managers" has one seat left. Each journey uses its own people and session, so specs never race.

/**
 * signInAs from the fixtures, with more patience for the home page: these journeys sign in six times, and on a
 * shared 2-core machine the first render after the daily reminder job can take longer than the default 5 s.
 */
async function signIn(page: Page, role: DemoRole) {
  try {
    await signInAs(page, role);
  } catch {
    await expect(page.getByTestId("current-user")).toHaveText(DEMO[role].name, { timeout: 30_000 });
  }
}

/**
 * Another persona in the same browser. Not through "Sign out": that ends every session of the persona (server/auth/
 * session-version.ts), the other worker's included; forgetting this browser's cookies is enough here.
 */
async function switchTo(page: Page, role: DemoRole) {
  await page.context().clearCookies();
  await signIn(page, role);
}

test("the demo learner enrols in a classroom session, L&D takes attendance of both days, and her history shows its training days", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "LEARNER");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My sessions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My sessions" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: "Strategic media training" }).filter({ hasText: "late registration" });
  await row.getByRole("button", { name: /^Enrol/ }).click();
  await expect(page.getByText("You are enrolled. A confirmation is on its way by e-mail.")).toBeVisible();
  const card = page.getByRole("article").filter({ hasText: "Strategic media training" });
  await expect(card.getByText("Enrolled", { exact: true })).toBeVisible();

  // The calendar file of the session: one event per day.
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /Add to calendar/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^comm-media-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain("SUMMARY:Strategic media training");

  await switchTo(page, "LD_ADMIN");
  await page.goto("/admin/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  await page.getByRole("row").filter({ hasText: "Strategic media training" }).filter({ hasText: "2 days" }).first().getByRole("link", { name: "Strategic media training" }).click();
  await expect(page.getByRole("cell", { name: new RegExp(DEMO.LEARNER.name) })).toBeVisible();
  await expectAccessible(page);
  // The session in progress is the one whose attendance can be taken now.
  await page.getByRole("link", { name: "Take attendance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Attendance: Strategic media training" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: new RegExp(`^${DEMO.LEARNER.name}, Day 1`) }).selectOption({ label: "Attended" });
  await page.getByRole("combobox", { name: new RegExp(`^${DEMO.LEARNER.name}, Day 2`) }).selectOption({ label: "Attended" });
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByText(/Attendance saved: 1 participation recorded/)).toBeVisible();
  await expect(page.getByTestId(`credited-${DEMO.LEARNER.employeeId}`)).toHaveText("7 hours"); // 0.875 training days, as people say it

  await switchTo(page, "LEARNER");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Learning history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My learning history" })).toBeVisible();
  await expectAccessible(page);
  const record = page.getByRole("row").filter({ hasText: "Strategic media training" });
  await expect(record).toContainText("Attended");
  await expect(record).toContainText("7 hours");
  await expect(record).toContainText("Session");
  // Counted in its year's total.
  const year = String(new Date().getFullYear());
  await expect(page.getByTestId(`year-total-${year}`)).toContainText("training day");
});

test("a second learner lands on the waiting list and is promoted when the first withdraws", async ({ page }) => {
  test.setTimeout(240_000);
  const course = "Respect in the workplace: for managers";
  // Carlos takes the last seat.
  await signIn(page, "MENTOR");
  await page.goto("/sessions");
  await page.getByRole("row").filter({ hasText: course }).getByRole("button", { name: /^Enrol/ }).click();
  await expect(page.getByText("You are enrolled. A confirmation is on its way by e-mail.")).toBeVisible();

  // Wang Wei finds it full and joins the waiting list.
  await switchTo(page, "MANAGER");
  await page.goto("/sessions");
  const row = page.getByRole("row").filter({ hasText: course });
  await expect(row).toContainText("Full: waiting list");
  await row.getByRole("button", { name: /^Join the waiting list/ }).click();
  await expect(page.getByText("The session is full: you are number 1 on the waiting list.")).toBeVisible();
  const card = page.getByRole("article").filter({ hasText: course });
  await expect(card.getByText("Waiting list: no. 1")).toBeVisible();
  await expectAccessible(page);

  // Carlos withdraws: his seat goes to Wang Wei.
  await switchTo(page, "MENTOR");
  await page.goto("/sessions");
  await page.getByRole("article").filter({ hasText: course }).getByRole("button", { name: "Withdraw" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw from this session?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("You have withdrawn. The seat goes to the first person waiting.")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: course })).toHaveCount(0);

  await switchTo(page, "MANAGER");
  await page.goto("/sessions");
  await expect(page.getByRole("article").filter({ hasText: course }).getByText("Enrolled", { exact: true })).toBeVisible();

  // …and was told by e-mail (the demo outbox).
  await switchTo(page, "LD_ADMIN");
  await page.goto("/admin/outbox?q=wang.wei%40example.org");
  await expect(page.getByText(`A seat is yours: ${course}`).first()).toBeVisible();
});

test("a classroom course's page lists its upcoming sessions with seats, and enrols from there", async ({ page }) => {
  test.setTimeout(120_000);
  // The auditor has no place in any Respect session of the demo seed (demo accounts are left out of its samples).
  await signIn(page, "AUDITOR");
  await page.goto("/courses/RESPECT");
  await expect(page).toHaveTitle("Respect in the workplace · Pathway");
  await expect(page.getByRole("heading", { level: 1, name: "Respect in the workplace" })).toBeVisible();
  const sessions = page.getByRole("region", { name: "Upcoming sessions" });
  // Three upcoming sessions (prisma/seed/sessions.ts): two in Geneva, one in Singapore, each with its own time zone.
  await expect(sessions.getByRole("listitem")).toHaveCount(3);
  const singapore = sessions.getByRole("listitem").filter({ hasText: "Singapore Office, training room" });
  await expect(singapore).toContainText("Singapore time");
  await expect(singapore).toContainText("09:30–13:30");
  await expect(singapore).toContainText("15 seats left of 15");
  await expect(sessions.getByRole("listitem").filter({ hasText: "Geneva time" }).first()).toContainText(/seats left of 20/);

  await singapore.getByRole("button", { name: /^Enrol/ }).click();
  await expect(page.getByText("You are enrolled. A confirmation is on its way by e-mail.")).toBeVisible();
  await expect(singapore.getByText("Enrolled", { exact: true })).toBeVisible();
  await expect(singapore).toContainText("14 seats left of 15");
  // One place per course at a time: the other sessions offer no Enrol button while this one is held.
  await expect(sessions.getByText("You have a place in one of these sessions. To change session, withdraw from it first.")).toBeVisible();
  await expect(sessions.getByRole("button", { name: /^Enrol/ })).toHaveCount(0);

  // Leave the seat free again, from the session's own page.
  await singapore.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("You have withdrawn. The seat goes to the first person waiting.")).toBeVisible();
});
