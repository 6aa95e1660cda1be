import { test, expect as baseExpect, signInAs } from "./fixtures";

// Each home renders several sections on the server; on a shared two-core machine that can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

/** A self-paced course no other journey takes, so this spec owns the demo learner's progress in it. */
const COURSE = { code: "ADMIN-TRAVEL", title: "Travel and meetings application: the essentials" };

test("the learner's home: mandatory training first, then the course she left part-way, sessions and MentorNet", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await expect(page.getByTestId("home-LEARNER")).toBeVisible();
  for (const name of ["Mandatory training", "Continue where you left off", "Upcoming sessions", "MentorNet", "Recent completions"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  // Upcoming sessions: either her sessions with a calendar file, or what to do next.
  const upcoming = page.getByRole("region", { name: "Upcoming sessions" });
  await expect(upcoming.getByRole("link", { name: /^(Add to calendar: .*|Find a session)$/ }).first()).toBeVisible();
  // MentorNet: the mentee profile the demo gives her, and a way on (a request, a pairing, a round or "find a mentor").
  await expect(page.getByRole("region", { name: "MentorNet" }).getByRole("link").first()).toBeVisible();

  // She starts a course, reads the first lesson and leaves: her home takes her straight back to the next lesson.
  await page.goto(`/courses/${COURSE.code}`);
  await page.getByRole("button", { name: "Start the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE.code}/1$`));
  await page.getByRole("button", { name: "Mark as read and continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE.code}/2$`));
  await page.goto("/");
  const resume = page.getByRole("region", { name: "Continue where you left off" }).getByRole("link", { name: new RegExp(`^Continue ${COURSE.title}:`) });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE.code}/2$`));
});

test("the mentor's home lists the request waiting for his answer, with its expiry", async ({ page }) => {
  await signInAs(page, "MENTOR");
  await expect(page.getByTestId("home-MENTOR")).toBeVisible();
  const requests = page.getByRole("region", { name: "Requests waiting for your answer" });
  await expect(requests.getByTestId("waiting-requests").getByRole("listitem").first()).toContainText("Expires");
  await expect(page.getByRole("region", { name: "Pairings that need you" })).toBeVisible();
  // The header shows the count on MentorNet (wired by the layout); the inbox answers it.
  await requests.getByRole("link", { name: "Open your inbox" }).click();
  await expect(page).toHaveURL(/\/mentoring\/inbox$/);
});

test("the L&D administrator's home shows today's work, each count linking to its page", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await expect(page.getByTestId("home-LD_ADMIN")).toBeVisible();
  const work = page.getByRole("region", { name: "Today’s work" });
  const items = work.getByTestId("todays-work").getByRole("listitem");
  await expect(items).toHaveCount(5);
  for (const text of [/for attendance/, /in preview/, /escalations? \(overdue \d+\+ days\)|No escalation/, /failed to deliver/, /open for ranking/]) {
    await expect(items.filter({ hasText: text })).toHaveCount(1);
  }
  // The demo organisation has people long overdue: the escalation count opens L&D's filtered people list.
  const escalations = work.getByRole("link", { name: /escalations? \(overdue/ });
  await expect(escalations).toHaveAttribute("href", /\/admin\/compliance\/people\?state=OVERDUE&min=\d+/);
  await escalations.click();
  await expect(page).toHaveURL(/\/admin\/compliance\/people\?state=OVERDUE/);
});
