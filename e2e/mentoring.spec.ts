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

test("a mentee asks three mentors; one declines with a reason, one accepts with a message, the third request is withdrawn; both log a meeting; an extension is proposed and confirmed", async ({ page }) => {
  // A journey through six sign-ins and a dozen pages, each checked by axe.
  test.setTimeout(330_000);
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

  // The second accepts with a word to the mentee: the pairing starts, and the mentor logs the first meeting.
  await switchTo(page, "SECOND_MENTOR");
  await page.goto("/mentoring/inbox");
  await page.getByRole("button", { name: `Accept ${mentee}’s request` }).click();
  const accepting = page.getByRole("dialog", { name: `Accept ${mentee}’s request` });
  await accepting.getByLabel(`A word to ${mentee} (optional)`).fill("Welcome! Shall we meet on Tuesday at 10?");
  await accepting.getByRole("button", { name: "Accept the request" }).click();
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
  await expect(page.getByTestId(`request-${ngozi}`)).toContainText(`${ngozi} wrote:`);
  await expect(page.getByTestId(`request-${ngozi}`)).toContainText("Welcome! Shall we meet on Tuesday at 10?");
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

  // Paired, MentorNet's overview names her mentor instead of "Looking for a mentor", and the round is not offered.
  await page.goto("/mentoring");
  await expect(page.getByRole("heading", { name: "My mentor" })).toBeVisible();
  await expect(page.getByText(`You are mentored by ${ngozi}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Looking for a mentor" })).toHaveCount(0);
  await page.goto("/mentoring/round");
  await expect(page.getByText(`You are paired with ${ngozi}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save my ranking" })).toHaveCount(0);

  // The mentee proposes a longer pairing: nothing changes until the mentor confirms.
  await page.getByRole("link", { name: "Open the pairing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${mentee} with ${ngozi}` })).toBeVisible();
  await page.getByLabel("New length", { exact: true }).selectOption({ label: "9 months" });
  await page.getByRole("button", { name: "Propose the extension" }).click();
  await expect(page.getByText(/You proposed extending the pairing to 9 months/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the extension" })).toHaveCount(0);
  await expect(page.getByText(/\(6 months\)/)).toBeVisible();

  await switchTo(page, "SECOND_MENTOR");
  await page.goto("/mentoring/pairings");
  await page.getByRole("link", { name: new RegExp(`Mentoring ${mentee}`) }).click();
  await expect(page.getByText(new RegExp(`${mentee} proposes to extend the pairing to 9 months`))).toBeVisible();
  await page.getByRole("button", { name: "Confirm the extension" }).click();
  await expect(page.getByText(/\(9 months\)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the extension" })).toHaveCount(0);
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

  // The ranking window is still open (the demo round closes in ten days): the confirmation says so before publishing.
  await page.getByRole("button", { name: "Publish the matching" }).click();
  const confirm = page.getByRole("dialog", { name: "Publish this matching?" });
  await expect(confirm).toContainText(/Mentees can still rank until /);
  await confirm.getByRole("button", { name: "Publish before the ranking closes" }).click();
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
  // Six seeded coaches (plus the header row), and any a later journey added.
  await expect(page.getByRole("table", { name: "Coaches" }).getByRole("row").nth(6)).toBeVisible();

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

test("a coach logs a session through the form, with a comma as the decimal separator; the coachee sees the hours", async ({ page }) => {
  test.setTimeout(180_000);
  const coach = DEMO.MANAGER;
  const coachee = DEMO.LEARNER.name;

  // L&D lists the demo manager as a coach (idempotent: listing again keeps one coach).
  await switchTo(page, "LD_ADMIN");
  await page.goto("/admin/mentoring/coaches");
  await page.getByLabel("Employee number").fill(coach.employeeId);
  await page.getByLabel("About the coach").fill("Trained coach; I help colleagues lead their first team.");
  await page.getByRole("button", { name: "Add to the network" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${coach.name} is listed as a coach.` }).first()).toBeVisible();

  await switchTo(page, "LEARNER");
  await page.goto("/coaching");
  await page.getByRole("button", { name: `Request coaching from ${coach.name}` }).click();
  const asking = page.getByRole("dialog", { name: `Request coaching from ${coach.name}` });
  await asking.getByLabel("Your message").fill("I would like help with preparing difficult conversations with my team.");
  await asking.getByRole("button", { name: "Send the request" }).click();
  await expect(asking).toHaveCount(0);

  await switchTo(page, "MANAGER");
  await page.goto("/coaching");
  await page.getByRole("button", { name: `Accept ${coachee}’s coaching request` }).click();
  await page.getByRole("button", { name: `Log a session with ${coachee}` }).click();
  const form = page.getByRole("dialog", { name: `Log a coaching session with ${coachee}` });
  // Not a number of hours: refused under the field, nothing logged.
  await form.getByLabel("Hours", { exact: true }).fill("1,5,0");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByText("Hours like 1, 1.5 or 1,5")).toBeVisible();
  await form.getByLabel("Hours", { exact: true }).fill("1,5");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session of 1.5 h logged." }).first()).toBeVisible();
  await expect(page.getByText("1 session · 1.5 h")).toBeVisible();

  await switchTo(page, "LEARNER");
  await page.goto("/coaching");
  const mine = page.getByRole("table", { name: "My coaching" }).getByRole("row").filter({ hasText: coach.name });
  await expect(mine).toContainText("Ongoing");
  await expect(mine.getByRole("cell").last()).toHaveText("1.5");
});
