import type { Locator, Page } from "@playwright/test";
import { test, expect as baseExpect, expectAccessible, DEMO, type DemoRole } from "./fixtures";
import { tr } from "./i18n";
import { demoCourses } from "../prisma/demo-courses";
import { quizOf } from "./quiz-page";

// Pathway with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7, 3.3.1): after a page is opened, every
// step is a key press — Tab, Shift+Tab, Enter, Space, the arrow keys and Escape — never a click. Each journey uses
// a person and data no other spec relies on, or changes nothing: the demo manager takes "IP and blockchain" (a
// course no other journey and no demo account takes); the dialog is cancelled; the language is switched on the
// sign-in page only (a signed-in switch would save the demo person's profile language for every other spec).
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** What has the focus now, as a keyboard user would be told. */
function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? null,
      checked: input.checked ?? false,
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim(),
      label: label?.textContent?.replace(/\s+/g, " ").trim() ?? null,
      prompt: el.closest("fieldset")?.querySelector("legend span:nth-of-type(2)")?.textContent?.trim() ?? null,
      inDialog: !!el.closest("dialog[open]"),
    };
  });
}

/** True once React has hydrated `target` (its handlers are attached): a key press before then does nothing. */
async function hydrated(target: Locator) {
  await expect.poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")))).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false }: { max?: number; back?: boolean } = {}) {
  await expect(target).toBeVisible();
  await expect(target).toBeEnabled();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return i + 1;
  }
  throw new Error(`${max} presses of ${back ? "Shift+Tab" : "Tab"} never reached ${target}`);
}

/** Signs in from the sign-in page with the keyboard: Tab to the demo account's button, Enter. */
async function signInWithKeyboard(page: Page, role: DemoRole) {
  await page.goto("/signin");
  const button = page.getByRole("button", { name: `Sign in as ${DEMO[role].name}` });
  await hydrated(button);
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("current-user")).toHaveText(DEMO[role].name, { timeout: 30_000 });
}

/**
 * Whether the focused element shows where the focus is: an outline of its own, a focus ring (a box-shadow of 2 px or
 * more), or one on a close ancestor that shows focus within it (a card whose whole surface is the link). And that it
 * is on screen at a readable size — a visually hidden element that takes the focus (a skip link) must appear.
 */
function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: "nothing focused" };
    const ring = (e: Element) => {
      const shadow = getComputedStyle(e).boxShadow;
      if (shadow === "none") return 0;
      return Math.max(0, ...[...shadow.matchAll(/(-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/g)].map((m) => Number(m[4])));
    };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1;
    let around = false;
    for (let a = el.parentElement, i = 0; a && i < 4 && !around; a = a.parentElement, i++) around = a.matches(":focus-within") && ring(a) >= 2;
    const box = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}"`;
    return { ok: (outline || ring(el) >= 2 || around) && box.width > 4 && box.height > 4, what, outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow, size: `${box.width}×${box.height}` };
  });
}

test("the skip link is the first Tab stop of a signed-in page, shows when focused and moves the focus to the main content", async ({ page }) => {
  await signInWithKeyboard(page, "LEARNER");
  await page.goto("/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Course catalogue" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  const shown = await focusIndicator(page);
  expect(shown.ok, `the skip link is visible when focused: ${JSON.stringify(shown)}`).toBe(true);
  await page.keyboard.press("Enter");
  await expect.soft(page.locator("main#main")).toBeFocused();
  // From the main content, the next Tab goes into it, not back to the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
});

test("every Tab stop shows where the focus is, on the home page, the catalogue, the mentor browser and a form", async ({ page }) => {
  await signInWithKeyboard(page, "LEARNER");
  const missing: string[] = [];
  for (const path of ["/", "/courses", "/mentoring/mentors", "/mentoring/profile"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      const shown = await focusIndicator(page);
      if (!shown.ok) missing.push(`${path}, stop ${i + 1}: ${JSON.stringify(shown)}`);
    }
  }
  expect(missing, "Tab stops without a visible focus indicator").toEqual([]);
});

test("a learner takes a quiz with the keyboard: starts it with Enter, answers with the arrow keys and Space, submits with Enter", async ({ page }) => {
  // IP and blockchain: one reading, then a quiz of five questions (three single, two multiple choice), shuffled.
  const course = demoCourses.find((c) => c.code === "IPA-BLOCKCHAIN")!;
  const quiz = quizOf(course.lessons);
  await signInWithKeyboard(page, "MANAGER");
  await page.goto(`/courses/${course.code}`);
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  const start = page.getByRole("button", { name: "Start the course" });
  await hydrated(start);
  await tabTo(page, start);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/learn/${course.code}/1$`));

  const read = page.getByRole("button", { name: "Mark as read and continue" });
  await hydrated(read);
  await tabTo(page, read);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/learn/${course.code}/2$`));
  await expect(page.getByRole("heading", { level: 1, name: quiz.title })).toBeVisible();

  const startQuiz = page.getByRole("button", { name: "Start the quiz" });
  await hydrated(startQuiz);
  await tabTo(page, startQuiz);
  await page.keyboard.press("Enter");
  const submit = page.getByRole("button", { name: "Submit answers" });
  await expect(submit).toBeVisible();
  await expect(submit).toBeEnabled();
  // The questions replace the Start button: the focus is not lost to the top of the page.
  const afterStart = await focusInfo(page);
  expect.soft(afterStart, "the focus after Start").not.toBeNull();
  await expectAccessible(page);

  // Tab reaches each question once: a radio group is one stop (the arrow keys move and choose within it), each
  // checkbox its own stop (Space ticks it). Every question is answered right.
  const answered = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    let f = (await focusInfo(page))!;
    expect(f, `Tab stop ${i + 1} of the quiz`).not.toBeNull();
    if (f.tag === "button") break;
    const question = quiz.questions.find((q) => q.prompt === f.prompt);
    expect(question, `a question's option has the focus: ${JSON.stringify(f)}`).toBeDefined();
    const right = question!.options.filter((o) => o.correct).map((o) => o.text);
    if (f.type === "radio") {
      expect(answered.has(question!.prompt), "a radio group is one Tab stop").toBe(false);
      if (right.includes(f.label!)) await page.keyboard.press("Space");
      for (let n = 0; n < question!.options.length && !right.includes(f.label!); n++) {
        await page.keyboard.press("ArrowDown");
        f = (await focusInfo(page))!;
      }
      f = (await focusInfo(page))!;
      expect(f.checked, `the right answer is chosen: ${f.label}`).toBe(true);
    } else {
      expect(f.type).toBe("checkbox");
      if (right.includes(f.label!)) await page.keyboard.press("Space");
      expect((await focusInfo(page))!.checked).toBe(right.includes(f.label!));
    }
    answered.add(question!.prompt);
  }
  expect(answered.size, "every question reached with Tab").toBe(quiz.drawCount ?? quiz.questions.length);
  await expect(submit).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByText("Passed with 100%")).toBeVisible();
  // The result takes the focus (and is read out), so the keyboard goes on from it.
  await expect(page.getByRole("heading", { level: 2, name: "Your result" })).toBeFocused();
  await expectAccessible(page);
  const completion = page.getByRole("link", { name: "See your completion" }).first();
  await tabTo(page, completion);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Course completed" })).toBeVisible();
});

test("a confirmation dialog opened with Enter keeps Tab inside, closes with Escape and gives the focus back to its button", async ({ page }) => {
  const course = demoCourses.find((c) => c.code === "COMM-NEGOTIATE")!;
  await signInWithKeyboard(page, "LD_ADMIN");
  await page.goto("/admin/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: course.title, exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();

  const retire = page.getByRole("button", { name: "Retire", exact: true });
  await hydrated(retire);
  await tabTo(page, retire);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Retire ${course.code}? It leaves the catalogue; learners under way can still finish it.` });
  await expect(dialog).toBeVisible();
  expect((await focusInfo(page))?.inDialog, "the dialog takes the focus").toBe(true);
  await expectAccessible(page);

  // Tab and Shift+Tab cycle through the dialog's buttons and never leave it.
  const seen: string[] = [];
  for (const key of ["Tab", "Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    const f = await focusInfo(page);
    expect.soft(f?.inDialog, `after ${key}, the focus is in the dialog (it is on ${JSON.stringify(f)})`).toBe(true);
    seen.push(f?.text ?? "(nothing)");
  }
  expect.soft(new Set(seen)).toEqual(new Set(["Cancel", "Retire"]));

  // Escape closes it, the course is still published, and the focus is back on Retire.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(retire).toBeFocused();

  // Cancel, pressed with Enter, does the same.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole("button", { name: "Cancel" }), { max: 4 });
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(retire).toBeFocused();
  await expect(retire).toBeVisible();
});

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu opens with Enter, Tab goes through its links, Escape closes it and gives the focus back", async ({ page }) => {
    await signInWithKeyboard(page, "LEARNER");
    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const menu = page.getByRole("button", { name: /^Menu/ });
    await hydrated(menu);
    await tabTo(page, menu, { max: 10 });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav).toBeVisible();

    // Tab walks the menu's links in order, from the first.
    const links = await nav.getByRole("link").allInnerTexts();
    expect(links.length).toBeGreaterThan(3);
    for (const name of links) {
      await page.keyboard.press("Tab");
      const f = await focusInfo(page);
      expect(f?.text, "the next link of the menu").toContain(name.replace(/\s+/g, " ").trim().split(" ")[0]);
      const shown = await focusIndicator(page);
      expect(shown.ok, `a visible focus on ${shown.what}`).toBe(true);
    }

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Open again and follow a link with Enter: the page changes and the menu closes.
    await page.keyboard.press("Enter");
    await tabTo(page, nav.getByRole("link", { name: "Catalogue" }), { max: 10 });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Course catalogue" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});

test("the mentor browser: filters with the keyboard, then a mentor's profile opened with Enter", async ({ page }) => {
  await signInWithKeyboard(page, "LEARNER");
  await page.goto("/mentoring/mentors");
  await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter mentors" });

  await tabTo(page, filters.getByLabel("Name, bio or expertise"));
  await page.keyboard.type("garcia");
  // Each filter is the next Tab stop; a select changes with the arrow keys (and back to "Any").
  for (const label of ["Expertise", "Language", "Sector", "Duty station"]) {
    await page.keyboard.press("Tab");
    await expect(filters.getByLabel(label, { exact: true })).toBeFocused();
  }
  await page.keyboard.press("ArrowDown");
  await expect(filters.getByLabel("Duty station", { exact: true })).not.toHaveValue("");
  await page.keyboard.press("ArrowUp");
  await expect(filters.getByLabel("Duty station", { exact: true })).toHaveValue("");
  await page.keyboard.press("Tab");
  await expect(filters.getByLabel("Only mentors with a free place")).toBeFocused();
  await tabTo(page, filters.getByRole("button", { name: "Apply filters" }), { max: 3 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=garcia/);

  const results = page.getByRole("list", { name: "Suggested mentors, best first" });
  const profile = results.getByRole("link", { name: DEMO.MENTOR.name });
  await tabTo(page, profile);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: DEMO.MENTOR.name })).toBeVisible();
});

test("the language switcher on the sign-in page is reachable with Tab and changes the language with the arrow keys", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: tr("en", "signin.title") })).toBeVisible();
  const switcher = page.getByLabel(tr("en", "language.label"));
  await hydrated(switcher);
  await tabTo(page, switcher, { max: 5 });
  const shown = await focusIndicator(page);
  expect(shown.ok, `a visible focus on the switcher: ${JSON.stringify(shown)}`).toBe(true);
  // A closed select changes with the arrow keys: English → Français.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("heading", { level: 1, name: tr("fr", "signin.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The switch re-renders the page in place: the focus stays on the switcher.
  await expect(page.getByLabel(tr("fr", "language.label"))).toBeFocused();
  await expectAccessible(page);
});

test("a form submitted with Enter announces its errors and links each to its field", async ({ page }) => {
  await signInWithKeyboard(page, "LD_ADMIN");
  await page.goto("/admin/courses/new");
  await expect(page.getByRole("heading", { level: 1, name: "New course" })).toBeVisible();
  const code = page.getByLabel("Code", { exact: true });
  await hydrated(page.getByRole("button", { name: "Create course" }));
  await tabTo(page, code);
  await page.keyboard.press("Enter");

  for (const field of [code, page.getByLabel("Title", { exact: true })]) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const error = await field.evaluate((el) => {
      const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      const described = ids.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e && e.id.endsWith("-error"));
      const message = described[0];
      return {
        text: message?.textContent?.trim() ?? "",
        announced: !!message?.closest('[role="alert"], [aria-live="polite"], [aria-live="assertive"]'),
      };
    });
    expect(error.text, "the error is the field's description").not.toBe("");
    expect.soft(error.announced, `"${error.text}" is in a live region`).toBe(true);
  }
  await expectAccessible(page);
});
