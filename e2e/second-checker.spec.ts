import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { test, expect, DEMO, type DemoRole } from "./fixtures";
import { tr } from "./i18n";
import type { Locale } from "../lib/i18n/locales";

// A second, independent accessibility checker next to axe (which fixtures.ts runs on every page): HTML_CodeSniffer's
// WCAG 2 AA standard, in the browser, over the main pages in all three languages. Its errors must be none, except the
// findings listed in FALSE_POSITIVES with the reason each is not a failure.
test.describe.configure({ timeout: 240_000 });

const HTMLCS = createRequire(import.meta.url).resolve("html_codesniffer/build/HTMLCS.js");

/** Findings that are not failures, by HTML_CodeSniffer's code, with why. */
const FALSE_POSITIVES: Record<string, string> = {
  // HTMLCS cannot compute colours through Tailwind v4's oklch() values and reports every such text; axe checks contrast
  // (color-contrast) on every page with the real computed colours.
  "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Abs": "contrast of oklch() colours is checked by axe",
  "WCAG2AA.Principle1.Guideline1_4.1_4_3.G145.Abs": "contrast of oklch() colours is checked by axe",
  // The report's two header rows (a figure over "this year / previous / change / %") use scope="colgroup" and
  // scope="col" (technique H63), which screen readers announce; HTMLCS only accepts ids and headers on every cell (H43).
  "WCAG2AA.Principle1.Guideline1_3.1_3_1.H43.HeadersRequired": "two-level header with scope=colgroup/col (H63)",
};

type Finding = { code: string; element: string; message: string };

async function sniff(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ path: HTMLCS });
  return page.evaluate(
    () =>
      new Promise<Finding[]>((resolve) => {
        const w = window as unknown as { HTMLCS: { process: (s: string, d: Document, cb: () => void) => void; getMessages: () => { type: number; code: string; msg: string; element: Element }[] } };
        w.HTMLCS.process("WCAG2AA", document, () => {
          resolve(
            w.HTMLCS.getMessages()
              .filter((m) => m.type === 1)
              .map((m) => ({ code: m.code, message: m.msg, element: m.element.outerHTML.slice(0, 160) })),
          );
        });
      }),
  );
}

const PAGES: Record<"LEARNER" | "LD_ADMIN", string[]> = {
  LEARNER: ["/", "/courses", "/courses/BSAFE", "/courses/WT", "/mentoring/mentors", "/compliance", "/notifications"],
  LD_ADMIN: ["/", "/admin/compliance", "/reports?period=reportYear&year=2019", "/admin/courses", "/admin/sessions"],
};

/**
 * In French and Chinese, the pages whose structure the language changes most (long headers, tables, the home's cards,
 * a course page, the mentor filters); the others are the English walk's pages with other words (axe checks every page
 * of every journey, in every language it visits).
 */
const OTHER_LANGUAGES: Record<keyof typeof PAGES, string[]> = {
  LEARNER: ["/", "/courses/BSAFE", "/mentoring/mentors"],
  LD_ADMIN: ["/admin/compliance", "/reports?period=reportYear&year=2019"],
};
const pagesOf = (role: keyof typeof PAGES, locale: Locale) => (locale === "en" ? PAGES[role] : OTHER_LANGUAGES[role]);

const ACCEPT: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", zh: "zh-CN" };

for (const locale of ["en", "fr", "zh"] as const) {
  test.describe(`HTML_CodeSniffer, ${locale}`, () => {
    // HTML_CodeSniffer arrives as an injected script, which the pages' Content-Security-Policy rightly refuses.
    test.use({ locale: ACCEPT[locale], bypassCSP: true });

    for (const role of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      test(`finds no WCAG 2 AA error on the ${role.toLowerCase().replace("_", " ")}'s main pages`, async ({ page }) => {
        const found: string[] = [];
        await page.goto("/signin");
        for (const f of await sniff(page)) if (!FALSE_POSITIVES[f.code]) found.push(`/signin ${f.code}: ${f.message} — ${f.element}`);
        await page.getByRole("button", { name: tr(locale, "signin.demoSignIn", { name: DEMO[role as DemoRole].name }) }).click();
        await expect(page.getByTestId("current-user")).toHaveText(DEMO[role as DemoRole].name, { timeout: 30_000 });
        for (const path of pagesOf(role, locale)) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
          for (const f of await sniff(page)) if (!FALSE_POSITIVES[f.code]) found.push(`${path} ${f.code}: ${f.message} — ${f.element}`);
        }
        expect(found).toEqual([]);
      });
    }
  });
}
