import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect as baseExpect, expectAccessible, DEMO } from "./fixtures";
import { tr } from "./i18n";
import { antiFraud } from "../lib/courses/content/anti-fraud";
import { bsafe } from "../lib/courses/content/bsafe";
import type { ContentCourse } from "../lib/courses/content/types";
import type { Locale } from "../lib/i18n/locales";

// Pathway in the reader's language: a browser that prefers French gets French from the sign-in page on, a colleague
// switches to Chinese on the sign-in page (what they typed stays), each takes a mandatory course in their language
// and passes its quiz; L&D downloads the annual report with French headers. axe runs on every page (fixtures.ts).
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** The course's quiz in `locale`: prompts and option texts from the shipped translation, the right answers from the original. */
function quizIn(course: ContentCourse, locale: Exclude<Locale, "en">) {
  const index = course.lessons.findIndex((l) => l.kind === "QUIZ");
  const original = course.lessons[index] as Extract<ContentCourse["lessons"][number], { kind: "QUIZ" }>;
  const text = course.translations![locale]!.lessons![index]!;
  return {
    title: text.title,
    drawCount: original.drawCount ?? original.questions.length,
    questions: original.questions.map((q, i) => ({
      prompt: text.questions![i]!.prompt,
      right: q.options.flatMap((o, j) => (o.correct ? [text.questions![i]!.options[j]!] : [])),
    })),
  };
}

/** Opens the course, starts or resumes it, does every lesson before the quiz, then passes the quiz — all in `locale`. */
async function completeCourse(page: Page, course: ContentCourse, locale: Exclude<Locale, "en">) {
  const t = (key: string, values?: Record<string, string | number>) => tr(locale, key, values);
  const texts = course.translations![locale]!;
  await page.goto(`/courses/${course.code}`);
  await expect(page.getByRole("heading", { level: 1, name: texts.title })).toBeVisible();
  await page
    .getByRole("button", { name: t("courses.course.start") })
    .or(page.getByRole("button", { name: t("courses.course.retake") }))
    .or(page.getByRole("link", { name: t("courses.course.resume") }))
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/learn/${course.code}/\\d+`));
  await page.goto(`/learn/${course.code}/1`);
  for (const [i, lesson] of course.lessons.entries()) {
    if (lesson.kind === "QUIZ") break;
    await expect(page.getByRole("heading", { level: 1, name: texts.lessons![i]!.title })).toBeVisible();
    const here = page.url();
    if (lesson.kind === "READING") await page.getByRole("button", { name: t("courses.player.markRead") }).click();
    else if (lesson.kind === "ATTESTATION") {
      await expect(page.getByText(texts.lessons![i]!.statement!.slice(0, 40))).toBeVisible();
      await page.getByLabel(t("courses.player.attestCheckbox")).check();
      await page.getByRole("button", { name: t("courses.player.attest") }).click();
    }
    await expect(page).not.toHaveURL(here);
  }
  const quiz = quizIn(course, locale);
  await expect(page.getByRole("heading", { level: 1, name: quiz.title })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^(${escape(t("courses.quiz.start"))}|${escape(t("courses.quiz.startAttempt", { n: 9 })).replace("9", "\\d+")})$`) }).click();
  const submit = page.getByRole("button", { name: t("courses.quiz.submit") });
  await expect(submit).toBeVisible();
  let shown = 0;
  for (const q of quiz.questions) {
    const group = page.getByRole("group", { name: q.prompt });
    if ((await group.count()) === 0) continue;
    shown++;
    for (const option of q.right) await group.getByLabel(option, { exact: true }).check();
  }
  expect(shown).toBe(quiz.drawCount);
  await submit.click();
  await expect(page.getByText(t("courses.quiz.passed", { score: 100 }))).toBeVisible();
}

const SECOND_MENTOR = "Ngozi Okafor";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("a browser that prefers French", () => {
  test.use({ locale: "fr-FR" });

  test("signs in and takes Anti-fraud awareness in French, passing its quiz", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1, name: tr("fr", "signin.title") })).toBeVisible();
    // The second demo mentor has taken no mandatory course (the demo learner's Anti-fraud journey is course-player.spec).
    await page.getByRole("button", { name: tr("fr", "signin.demoSignIn", { name: SECOND_MENTOR }) }).click();
    await expect(page.getByTestId("current-user")).toHaveText(SECOND_MENTOR, { timeout: 30_000 });
    await expect(page.getByRole("navigation", { name: tr("fr", "common.mainNav") })).toBeVisible();
    await completeCourse(page, antiFraud, "fr");
  });

  test("L&D downloads the annual report with French headers", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: tr("fr", "signin.demoSignIn", { name: DEMO.LD_ADMIN.name }) }).click();
    await expect(page.getByTestId("current-user")).toHaveText(DEMO.LD_ADMIN.name, { timeout: 30_000 });
    await page.goto("/reports?period=reportYear&year=2019");
    await expect(page.getByRole("heading", { level: 1, name: tr("fr", "reports.title") })).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: tr("fr", "reports.downloadXlsx") }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await (await download).path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(tr("fr", "reports.workbook.sheetByCategory"));
    expect(sheet, `a sheet named ${tr("fr", "reports.workbook.sheetByCategory")}`).toBeDefined();
    expect((sheet!.getRow(1).values as unknown[]).slice(1, 3)).toEqual([tr("fr", "reports.workbook.code"), tr("fr", "reports.workbook.category")]);
    expect(workbook.getWorksheet(tr("fr", "reports.workbook.sheetAbout"))).toBeDefined();
  });
});

test.describe("a colleague who switches to Chinese", () => {
  test("switches on the sign-in page, keeps what they typed when switching again, and completes BSAFE in Chinese", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel(tr("en", "language.label")).selectOption("zh");
    await expect(page.getByRole("heading", { level: 1, name: tr("zh", "signin.title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expectAccessible(page);

    await page.getByRole("button", { name: tr("zh", "signin.demoSignIn", { name: DEMO.AUDITOR.name }) }).click();
    await expect(page.getByTestId("current-user")).toHaveText(DEMO.AUDITOR.name, { timeout: 30_000 });
    await expect(page.getByRole("navigation", { name: tr("zh", "common.mainNav") })).toBeVisible();

    // Switching re-renders the page in place: a search typed but not sent stays. The profile save is answered here
    // (people.int.test.ts covers it), so the demo auditor's pages stay English for the specs running alongside.
    await page.route("**/api/trpc/me.setLocale**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '[{"result":{"data":{"json":null,"meta":{"values":["undefined"]}}}}]' }));
    await page.goto("/courses");
    const search = page.locator('main input[name="q"]');
    // The page's language switcher, by its whole name ("语言（Pathway 界面）"): the catalogue has a language filter too.
    const switcher = (l: Locale) => page.getByRole("combobox", { name: new RegExp(`^${escape(tr(l, "language.label"))}\\s*${escape(tr(l, "language.labelMore").trim())}$`) });
    await search.fill("安全");
    await switcher("zh").selectOption("fr");
    await expect(page.getByRole("heading", { level: 1, name: tr("fr", "courses.catalogue.title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(search).toHaveValue("安全");
    await switcher("fr").selectOption("zh");
    await expect(page.getByRole("heading", { level: 1, name: tr("zh", "courses.catalogue.title") })).toBeVisible();

    await completeCourse(page, bsafe, "zh");
  });

});

for (const locale of ["zh", "fr"] as const) {
  test.describe(`a mentee whose browser prefers ${locale}`, () => {
    test.use({ locale: locale === "zh" ? "zh-CN" : "fr-FR" });

    test("browses the mentors and opens a profile in that language", async ({ page }) => {
      await page.goto("/signin");
      await page.getByRole("button", { name: tr(locale, "signin.demoSignIn", { name: DEMO.LEARNER.name }) }).click();
      await expect(page.getByTestId("current-user")).toHaveText(DEMO.LEARNER.name, { timeout: 30_000 });
      await page.goto("/mentoring/mentors");
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-Hans" : "fr");
      const profile = page.locator('main a[href^="/mentoring/mentors/"]').first();
      await expect(profile).toBeAttached();
      await page.goto((await profile.getAttribute("href"))!);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  });
}
