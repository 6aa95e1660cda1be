import type { Page } from "@playwright/test";
import { test, expect as baseExpect, DEMO } from "./fixtures";

// Every step waits on a server round trip (and a page re-render) on a machine shared by several builds: allow 20 s.
const expect = baseExpect.configure({ timeout: 20_000 });

/** The second demo mentor (prisma/seed/organisation.ts), for the journey where one mentor declines and another accepts. */
const SECOND_MENTOR = { employeeId: "900106", name: "Ngozi Okafor" } as const;

/** Signs in afresh as a demo account (the shared fixture's 5-second wait is short for a loaded machine). */
async function switchTo(page: Page, who: keyof typeof DEMO | "SECOND_MENTOR") {
  const name = who === "SECOND_MENTOR" ? SECOND_MENTOR.name : DEMO[who].name;
  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect(page.getByTestId("current-user")).toHaveText(name, { timeout: 30_000 });
}

test("a mentee asks three mentors; one declines with a reason, one accepts, the third request is withdrawn; both log a meeting", async ({ page }) => {
  // A journey through four sign-ins and a dozen pages, each checked by axe.
  test.setTimeout(240_000);
  const mentee = DEMO.LEARNER.name;
  const carlos = DEMO.MENTOR.name;
  const ngozi = SECOND_MENTOR.name;

  await switchTo(page, "LEARNER");
  await page.goto("/mentoring/mentors");
  await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();

  // Opens the best suggestion other than the two demo mentors, reads why, and asks from the profile.
  const askable = await page.getByRole("checkbox", { name: /^Ask / }).evaluateAll((boxes) => boxes.map((b) => b.closest("label")?.textContent?.trim().replace(/^Ask /, "") ?? ""));
  const third = askable.find((name) => name !== carlos && name !== ngozi)!;
  expect(third).toBeTruthy();
  await page.getByRole("link", { name: third, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: third })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why this mentor" })).toBeVisible();
  await page.getByLabel("Your message").fill("I am preparing to lead a small team and would value your experience.");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(/\/mentoring\/requests$/);
  await expect(page.getByTestId(`request-${third}`)).toContainText("Waiting for an answer");

  // Filters by language and expertise, then asks both demo mentors at once.
  await page.goto("/mentoring/mentors");
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "French" });
  await page.getByLabel("Expertise", { exact: true }).selectOption({ label: "Negotiation" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/language=fr/);
  for (const name of [carlos, ngozi]) await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
  await expect(page.getByText(/speaks English and French/).first()).toBeVisible();
  await page.getByRole("checkbox", { name: `Ask ${carlos}` }).check();
  await page.getByRole("checkbox", { name: `Ask ${ngozi}` }).check();
  await page.getByLabel("Your message").fill("I would like to become more confident in negotiations and in leading people.");
  await page.getByRole("button", { name: "Send 2 requests" }).click();
  await expect(page).toHaveURL(/\/mentoring\/requests$/);
  for (const name of [third, carlos, ngozi]) await expect(page.getByTestId(`request-${name}`)).toContainText("Waiting for an answer");

  // The first mentor declines, with a reason.
  await switchTo(page, "MENTOR");
  await page.goto("/mentoring/inbox");
  await page.getByRole("button", { name: `Decline ${mentee}’s request` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason").selectOption({ label: "Outside my expertise" });
  await dialog.getByRole("button", { name: "Decline the request" }).click();
  await expect(page.getByRole("button", { name: `Decline ${mentee}’s request` })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: mentee }).first()).toBeVisible();

  // The second accepts: the pairing starts, and the mentor logs the first meeting.
  await switchTo(page, "SECOND_MENTOR");
  await page.goto("/mentoring/inbox");
  await page.getByRole("button", { name: `Accept ${mentee}’s request` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${mentee} with ${ngozi}` })).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.getByLabel("Topics", { exact: true }).fill("Goals for the pairing and how we will work");
  await page.getByRole("button", { name: "Log the meeting" }).click();
  await expect(page.getByRole("list", { name: "Meeting log" })).toContainText("Goals for the pairing and how we will work");

  // The mentee sees the outcome of each request, the active pairing and the meeting, and logs one too.
  await switchTo(page, "LEARNER");
  await page.goto("/mentoring/requests");
  await expect(page.getByTestId(`request-${carlos}`)).toContainText("Declined");
  await expect(page.getByTestId(`request-${carlos}`)).toContainText("Outside my expertise");
  await expect(page.getByTestId(`request-${ngozi}`)).toContainText("Accepted");
  await expect(page.getByTestId(`request-${third}`)).toContainText("Withdrawn: you found a mentor");
  await page.goto("/mentoring/pairings");
  await page.getByRole("link", { name: new RegExp(`Mentored by ${ngozi}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${mentee} with ${ngozi}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Meeting log" })).toContainText(`logged by ${ngozi}`);
  await page.getByLabel("Minutes", { exact: true }).fill("45");
  await page.getByLabel("Topics", { exact: true }).fill("Preparing a negotiation with a regional office");
  await page.getByLabel("Notes", { exact: true }).fill("Read the briefing before our next call.");
  await page.getByRole("button", { name: "Log the meeting" }).click();
  await expect(page.getByRole("list", { name: "Meeting log" })).toContainText("Preparing a negotiation with a regional office");
  await expect(page.getByRole("list", { name: "Meeting log" })).toContainText("Private notes");
});

test("an L&D admin runs the open round: changes a weight, sees the preview change, publishes", async ({ page }) => {
  test.setTimeout(120_000);
  await switchTo(page, "LD_ADMIN");
  await page.goto("/admin/mentoring/rounds");
  await page.getByRole("row").filter({ hasText: "Open" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  const average = page.getByTestId("preview-average");
  const before = (await average.textContent())!;
  await expect(page.getByRole("table", { name: "Proposed pairs" })).toBeVisible();

  await page.getByLabel("Shared goal", { exact: true }).fill("6");
  await expect(page.getByRole("button", { name: "Publish the matching" })).toBeDisabled();
  await page.getByRole("button", { name: "Update the preview" }).click();
  await expect(average).not.toHaveText(before);
  const matched = (await page.getByTestId("preview-matched").textContent())!;

  await page.getByRole("button", { name: "Publish the matching" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" }).first()).toBeVisible();
  await expect(page.getByText(/Both sides of each pair and the unmatched mentees were e-mailed/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Proposed pairs" }).getByRole("row")).toHaveCount(Number(matched) + 1);
});

test("the MentorNet pages for mentors, L&D and auditors, and the annual report's coaching figures", async ({ page }) => {
  test.setTimeout(240_000);
  await switchTo(page, "MENTOR");
  await page.goto("/mentoring");
  await expect(page.getByRole("heading", { level: 1, name: "MentorNet" })).toBeVisible();
  await page.goto("/mentoring/mentor-profile");
  await expect(page.getByText("You have completed “Mentoring essentials”.")).toBeVisible();
  await page.goto("/mentoring/pairings");
  await expect(page.getByRole("link", { name: /^Mentoring / }).first()).toBeVisible();
  await page.goto("/coaching");
  await expect(page.getByRole("heading", { name: "Our coaches" })).toBeVisible();

  await switchTo(page, "LD_ADMIN");
  await page.goto("/admin/mentoring");
  await expect(page.getByLabel("Require the Mentoring essentials course to be listed")).toBeChecked();
  await page.goto("/admin/mentoring/expertise");
  await expect(page.getByRole("cell", { name: "Returning from leave", exact: true })).toBeVisible();
  await page.goto("/admin/mentoring/rematch");
  await expect(page.getByRole("button", { name: /^Mark as handled: .* rematch request$/ }).first()).toBeVisible();
  await page.goto("/admin/mentoring/coaches");
  await expect(page.getByRole("table", { name: "Coaches" }).getByRole("row")).toHaveCount(7);

  await switchTo(page, "AUDITOR");
  await page.goto("/admin/mentoring/stats?from=2019-07-01&to=2020-06-30");
  const figure = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(figure("People coached")).toHaveText("22");
  await expect(figure("Coaching hours")).toHaveText("73.5");
  await expect(figure("Pairings completed")).not.toHaveText("0");
  const csv = await page.request.get("/api/exports/mentoring?from=2019-07-01&to=2020-06-30");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Coaching hours,73.5");
});
