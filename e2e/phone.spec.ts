import type { Page } from "@playwright/test";
import { test, expect as baseExpect, expectAccessible, signInAs, DEMO, type DemoRole } from "./fixtures";
import { antiFraud } from "../lib/courses/content/anti-fraud";

// On a phone a page scrolls down, never sideways: wide tables scroll inside their own frame with their first column
// kept (components/ui/table.tsx), grid columns never widen to their widest table (globals.css), and both navigation
// bars are one menu behind a button (components/layout/phone-menu.tsx). Every page the journeys visit, for each
// person who reaches it, at 390 × 844 (and a few at 360 × 740); the fixture also runs axe on each.

// The same walks check each page's <title> where TITLES names it: what the page shows, then " · Pathway" (the
// layout's template). The lesson tab read "AFA · Lesson 1 of …" before.
//
// Each persona's walk renders a dozen pages and checks each with axe: on a shared two-core machine that takes a while.
test.describe.configure({ mode: "parallel", timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * A page to visit: a path; or the first link in the page's main content matching a CSS selector on the page visited
 * just before (for pages whose address holds an id); or a few steps of a journey (`go`) ending on the page.
 */
type Step = string | { follow: string; name: string } | { go: (page: Page) => Promise<void>; name: string };

/** Links in the main content whose address starts with `prefix` (and does not end with any of `except`). */
const linkTo = (prefix: string, ...except: string[]) => `main a[href^="${prefix}"]${except.map((e) => `:not([href$="${e}"])`).join("")}`;

/** A medium date as the page formats it ("9 Mar 2026" in en-GB, "Mar 9, 2026" in en-US). */
const DATE = String.raw`(\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{1,2}, \d{4})`;

/** The <title> each step's page must have, by the step's path or name. */
const TITLES: Record<string, string | RegExp> = {
  "/": "Home · Pathway",
  "/courses": "Course catalogue · Pathway",
  "/courses/RESPECT": "Respect in the workplace · Pathway",
  "a lesson of Mentoring essentials": /^Mentoring essentials — Lesson \d+: .+ · Pathway$/,
  "/sessions": "My sessions · Pathway",
  "a session": new RegExp(`^Session: .+ — ${DATE} · Pathway$`),
  "/history": "My learning history · Pathway",
  "/compliance": "My mandatory training · Pathway",
  "why a requirement is due": /^Mandatory training: .+ · Pathway$/,
  "/mentoring": "MentorNet · Pathway",
  "a requirement": /^Requirement: .+ · Pathway$/,
  "a course in the editor": `Edit course: ${antiFraud.title} · Pathway`,
  "a lesson's preview": new RegExp(`^Preview: ${antiFraud.title} — Lesson \\d+: .+ · Pathway$`),
  "/admin/sessions": "Sessions · Pathway",
  "a session L&D manages": new RegExp(`^Manage session: Strategic media training — ${DATE} · Pathway$`),
  "a session's attendance sheet": new RegExp(`^Attendance: Strategic media training — ${DATE} · Pathway$`),
  "/admin/imports": "Imports · Pathway",
  "/reports": "Training reports · Pathway",
};

const WALKS: Record<DemoRole | "LD_ADMIN_2", Step[]> = {
  LEARNER: [
    "/",
    "/courses",
    { follow: linkTo("/courses/"), name: "a course from the catalogue" },
    "/courses/RESPECT",
    { go: openLesson("MENTOR"), name: "a lesson of Mentoring essentials" },
    "/sessions",
    { follow: linkTo("/sessions/", "/attendance"), name: "a session" },
    "/history",
    "/compliance",
    { follow: linkTo("/compliance/"), name: "why a requirement is due" },
    "/mentoring",
    "/mentoring/mentors",
    { follow: linkTo("/mentoring/mentors/"), name: "a mentor's profile" },
    "/mentoring/profile",
    "/mentoring/requests",
    "/mentoring/pairings",
    "/coaching",
    "/notifications",
    "/paths",
    { follow: linkTo("/paths/"), name: "a learning path" },
    "/programmes",
    { follow: linkTo("/programmes/", "/endorsements"), name: "a development programme" },
    "/licences",
    "/evaluations",
  ],
  MENTOR: ["/", "/mentoring", "/mentoring/inbox", "/mentoring/mentor-profile", "/mentoring/pairings", { follow: linkTo("/mentoring/pairings/"), name: "a pairing" }, "/coaching", "/notifications"],
  MANAGER: ["/", "/team", "/history", "/notifications", "/programmes/endorsements"],
  LD_ADMIN: [
    "/",
    "/admin/compliance",
    { follow: linkTo("/admin/compliance/requirements/", "/new", "/edit"), name: "a requirement" },
    "/admin/compliance/people",
    "/admin/compliance/requirements/new",
    "/admin/compliance/settings",
    "/admin/courses",
    { go: openInEditor(antiFraud.title), name: "a course in the editor" },
    { follow: 'main a[href*="/preview/"]', name: "a lesson's preview" },
    "/admin/courses/new",
    "/admin/sessions",
    { go: openManagedSession, name: "a session L&D manages" },
    { go: openAttendance, name: "a session's attendance sheet" },
    "/admin/sessions/new",
  ],
  // L&D's walk is the longest: in two halves, which the two Playwright workers take side by side.
  LD_ADMIN_2: [
    "/admin/records",
    "/admin/records/external",
    "/admin/imports",
    "/admin/categories",
    "/admin/outbox",
    { follow: linkTo("/admin/outbox/"), name: "a message in the outbox" },
    "/admin/mentoring",
    "/admin/mentoring/expertise",
    "/admin/mentoring/rematch",
    "/admin/mentoring/coaches",
    "/admin/mentoring/rounds",
    { follow: linkTo("/admin/mentoring/rounds/"), name: "a matching round" },
    "/reports",
    "/reports/parity",
    "/reports/programmes",
    "/admin/paths",
    { follow: linkTo("/admin/paths/", "/new"), name: "a learning path in the editor" },
    "/admin/programmes",
    { follow: linkTo("/admin/programmes/cohorts/", "/run"), name: "a cohort's applications" },
    "/admin/licences",
    { follow: linkTo("/admin/licences/"), name: "a licence pool" },
    "/admin/evaluations",
    "/admin/evaluations/questionnaires",
    "/admin/api-tokens",
    "/notifications",
  ],
  AUDITOR: ["/", "/reports", "/reports/parity", "/admin/programmes", "/admin/mentoring/stats?from=2019-07-01&to=2020-06-30", "/admin/compliance", "/admin/compliance/people", "/admin/records"],
};

/** Opens a course's lesson the way a learner does: Start, Resume or Review on the course page. */
function openLesson(code: string) {
  return async (page: Page) => {
    await page.goto(`/courses/${code}`);
    await page
      .getByRole("button", { name: "Start the course" })
      .or(page.getByRole("link", { name: /^(Resume|Review the lessons)$/ }))
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/learn/${code}/\\d+$`));
  };
}

/** A course's page in L&D's editor, from the list of courses. */
function openInEditor(title: string) {
  return async (page: Page) => {
    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/courses\/[^/]+$/);
  };
}

/** L&D's page of the demo's session in progress, as in e2e/enrolment.spec.ts (from the sessions list). */
async function openManagedSession(page: Page) {
  await page
    .getByRole("row")
    .filter({ hasText: "Strategic media training" })
    .filter({ hasText: "2 days" })
    .first()
    .getByRole("link", { name: "Strategic media training" })
    .click();
  await expect(page).toHaveURL(/\/admin\/sessions\/[^/]+$/);
}

/** Its attendance sheet. */
async function openAttendance(page: Page) {
  await page.getByRole("link", { name: "Take attendance" }).click();
  await expect(page).toHaveURL(/\/attendance$/);
}

/** How far the page is wider than the window (0 when it fits). */
async function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Navigation bars whose links do not fit (scrolling sideways cuts labels off: "Pair…"), by their accessible name. */
async function clippedNavs(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("nav")]
      .filter((n) => n.offsetParent !== null && n.scrollWidth > n.clientWidth + 1)
      .map((n) => n.getAttribute("aria-label") ?? "navigation"),
  );
}

/** Walks the steps and returns each page wider than the window, with its width, and each navigation cut off. */
async function walk(page: Page, steps: Step[]) {
  const wide: string[] = [];
  for (const step of steps) {
    let label: string;
    if (typeof step === "string") {
      label = step;
      await page.goto(step);
    } else if ("follow" in step) {
      const link = page.locator(step.follow).first();
      await expect(link, `a link to ${step.name} on ${page.url()}`).toBeAttached({ timeout: 30_000 });
      const href = (await link.getAttribute("href"))!;
      label = `${step.name} (${href})`;
      await page.goto(href);
    } else {
      label = step.name;
      await step.go(page);
    }
    await expect(page.getByRole("heading", { level: 1 }), `the heading of ${label}`).toBeVisible();
    const title = TITLES[typeof step === "string" ? step : step.name];
    if (title) await expect(page, `the title of ${label}`).toHaveTitle(title);
    const extra = await overflow(page);
    if (extra > 0) wide.push(`${label}: ${extra} px too wide`);
    for (const nav of await clippedNavs(page)) wide.push(`${label}: navigation "${nav}" cut off`);
  }
  return wide;
}

test.describe("at 390 × 844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const walkName of Object.keys(WALKS) as (keyof typeof WALKS)[]) {
    const role: DemoRole = walkName === "LD_ADMIN_2" ? "LD_ADMIN" : walkName;
    const who = `${role.toLowerCase().replace("_", " ")}${walkName === "LD_ADMIN_2" ? " (second half)" : ""}`;
    test(`every page the ${who} visits fits the phone without sideways scrolling`, async ({ page }) => {
      if (role === "LEARNER") {
        await page.goto("/signin");
        await expect(page).toHaveTitle("Sign in · Pathway");
      }
      await signInAs(page, role);
      // Each role lands on its own home, greeted by name.
      await expect(page.getByTestId(`home-${role}`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO[role].name);
      expect(await walk(page, WALKS[walkName])).toEqual([]);
    });
  }

  test("the navigation is one menu behind a button: Escape closes it, a link closes it", async ({ page }) => {
    await signInAs(page, "LD_ADMIN");
    const menu = page.getByRole("button", { name: /^Menu/ });
    const main = page.getByRole("navigation", { name: "Main navigation" });
    const ld = page.getByRole("navigation", { name: "Learning and development" });
    // Closed: neither bar takes the width of the phone.
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(main).toBeHidden();
    await expect(ld).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(main.getByRole("link", { name: "Learning history" })).toBeVisible();
    await expect(ld.getByRole("link", { name: "Training records" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page);

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(main).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await ld.getByRole("link", { name: "Reports", exact: true }).click();
    await expect(page).toHaveURL(/\/reports/);
    await expect(page.getByRole("heading", { level: 1, name: "Training reports" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(ld).toBeHidden();
  });

  test("a toast appears below the header, is announced politely, takes no focus and can be dismissed", async ({ page }) => {
    await signInAs(page, "LD_ADMIN");
    await page.goto("/admin/compliance/settings");
    // the reminder settings' form (the page's first; the small-group threshold has its own below)
    const save = page.getByRole("button", { name: "Save" }).first();
    // Saving the settings unchanged: a real toast, and nothing another journey depends on changes.
    await save.click();
    const toast = page.getByRole("status").filter({ hasText: "Settings saved" });
    await expect(toast).toBeVisible();
    const box = (await toast.getByText("Settings saved").boundingBox())!;
    const header = (await page.getByRole("banner").boundingBox())!;
    const menu = (await page.getByRole("button", { name: /^Menu/ }).boundingBox())!;
    const saved = (await save.boundingBox())!;
    const overlaps = (a: typeof box, b: typeof box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(overlaps(box, menu)).toBe(false);
    expect(overlaps(box, saved)).toBe(false);
    expect(await toast.evaluate((el) => el.contains(document.activeElement))).toBe(false);

    await toast.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByText("Settings saved")).toHaveCount(0);
  });
});

test.describe("at 360 × 740", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  const narrow: [DemoRole, string[]][] = [
    ["LEARNER", ["/", "/sessions", "/compliance", "/history"]],
    ["MANAGER", ["/", "/team"]],
    ["LD_ADMIN", ["/admin/compliance", "/admin/sessions", "/reports"]],
  ];
  for (const [role, paths] of narrow) {
    test(`the ${role.toLowerCase().replace("_", " ")}'s busiest pages fit a 360 px phone`, async ({ page }) => {
      await signInAs(page, role);
      expect(await walk(page, paths)).toEqual([]);
    });
  }
});
