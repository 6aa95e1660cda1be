import { test, expect as baseExpect, signInAs, expectAccessible } from "./fixtures";
import { antiFraud } from "../lib/courses/content/anti-fraud";

// A reader whose language is French reads Anti-fraud awareness in French, switches the course to English and back.
// The demo mentor (who completed the course: the demo accounts are up to date) reviews it, so this spec never races
// the learner's own journeys (course-player.spec.ts takes the same course as the demo learner).
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });
const course = antiFraud;
const french = course.translations?.fr;
const firstLesson = course.lessons[0]!;

test("a French reader reads Anti-fraud awareness in French and switches the course to English and back", async ({ page, baseURL }) => {
  test.skip(!french?.lessons || !course.languages.includes("fr"), "Anti-fraud awareness is not offered in French");
  await signInAs(page, "MENTOR");
  // The language of this browser: French (the demo accounts have not chosen one in their profile).
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "fr", url: baseURL! }]);

  await page.goto(`/courses/${course.code}`);
  await expect(page.getByRole("heading", { level: 1, name: french!.title })).toBeVisible();
  const switcher = page.getByRole("navigation", { name: "Langue du cours" });
  await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");
  await expectAccessible(page);

  await page.goto(`/learn/${course.code}/1`);
  await expect(page.getByRole("heading", { level: 1, name: french!.lessons![0]!.title })).toBeVisible();
  // The page is French, the lesson too: no lang of its own.
  await expect(page.getByTestId("lesson-text")).not.toHaveAttribute("lang", /.+/);

  await page.getByRole("navigation", { name: "Langue du cours" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole("heading", { level: 1, name: firstLesson.title })).toBeVisible();
  // English text on a French page says so, for screen readers.
  await expect(page.getByTestId("lesson-text")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Langue du cours" }).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Langue du cours" }).getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: french!.lessons![0]!.title })).toBeVisible();
});
