import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = {
  LEARNER: { employeeId: "900101", name: "Amina Diallo" },
  MENTOR: { employeeId: "900102", name: "Carlos García" },
  MANAGER: { employeeId: "900103", name: "王伟 (Wang Wei)" },
  LD_ADMIN: { employeeId: "900104", name: "Siobhan O'Brien" },
  AUDITOR: { employeeId: "900105", name: "Johan Lindqvist" },
} as const;
export type DemoRole = keyof typeof DEMO;

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  // A control enabled at hydration fades to its colours (transition-colors, 150 ms): measured mid-fade, its contrast
  // reads as a failure. Let running transitions finish first, so axe judges the colours people actually see.
  // Transitions only: a spinner's animation never finishes.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

/** Signs in through the demo sign-in page as the demo account of `role` and waits for the home page. */
export async function signInAs(page: Page, role: DemoRole) {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in as ${DEMO[role].name}` }).click();
  // The first request after sign-in compiles the session and renders the home page: allow a slow CI machine time.
  await expect(page.getByTestId("current-user")).toHaveText(DEMO[role].name, { timeout: 30_000 });
}

/** What the pages of one test logged as errors, and the documents they were shown (status and URL). */
interface BrowserErrors {
  uncaught: string[];
  console: { page: string; text: string; url: string }[];
  documents: Set<string>;
  /** Responses a spec provokes on purpose (a refusal it then checks on screen), as patterns of the console line. */
  expected: RegExp[];
}

function watchPage(page: Page, sink: BrowserErrors) {
  page.on("console", (message) => {
    if (message.type() === "error") sink.console.push({ page: page.url(), text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => sink.uncaught.push(`uncaught ${error.name}: ${error.message} (on ${page.url()})`));
  page.on("response", (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) sink.documents.add(`${response.status()} ${response.url()}`);
  });
}

function watchContext(context: BrowserContext, sink: BrowserErrors) {
  for (const page of context.pages()) watchPage(page, sink);
  context.on("page", (page) => watchPage(page, sink));
}

// Chromium reports every 4xx/5xx response as a console error, the page itself included. The one benign
// case: the 403 or 404 page of a document the test navigated to on purpose (a spec asserting the
// forbidden or not-found page) — the app answering as designed, which the spec checks on screen. A 404 of
// any sub-resource (favicon, script, fetch) and every 5xx still fail.
const DOCUMENT_403_404 = /^Failed to load resource: the server responded with a status of (403|404) /;

/** The errors to fail the test with: every uncaught exception and every console error but the one above. */
export function unexpectedErrors(sink: BrowserErrors): string[] {
  const logged = sink.console
    .filter(({ text, url }) => {
      const status = DOCUMENT_403_404.exec(text)?.[1];
      return !(status && sink.documents.has(`${status} ${url}`));
    })
    .filter(({ text, url }) => !sink.expected.some((pattern) => pattern.test(`${text} ${url}`)))
    .map(({ page, text, url }) => `console.error on ${page}: ${text}${url && url !== page && !text.includes(url) ? ` (${url})` : ""}`);
  return [...sink.uncaught, ...logged];
}

type Fixtures = { visited: Set<string>; browserErrors: BrowserErrors };

/**
 * Every spec's page is checked with axe on each URL it lands on (after each navigation) — so a page
 * cannot join the suite without passing the accessibility check. And a test fails when any page it opened
 * (its own, or one of a context it made with `browser.newContext()`) logged a console error or threw.
 */
export const test = base.extend<Fixtures>({
  browserErrors: [
    async ({ context, browser }, use) => {
      const sink: BrowserErrors = { uncaught: [], console: [], documents: new Set(), expected: [] };
      watchContext(context, sink);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const made = await newContext(...args);
        watchContext(made, sink);
        return made;
      };
      try {
        await use(sink);
      } finally {
        browser.newContext = newContext;
      }
      // Set up before `page`, so torn down after it: the axe checks have run by now.
      expect(unexpectedErrors(sink), "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
  visited: [
    async ({ page }, use) => {
      const visited = new Set<string>();
      await use(visited);
      void page;
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    const checked = new Set<string>();
    const originalGoto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const res = await originalGoto(url, options);
      const path = new URL(page.url()).pathname;
      if (!checked.has(path)) {
        checked.add(path);
        await expectAccessible(page);
      }
      return res;
    };
    await use(page);
    const path = new URL(page.url()).pathname;
    if (!checked.has(path) && page.url().startsWith("http")) await expectAccessible(page);
  },
});

export { expect };
