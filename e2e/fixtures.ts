import { test as base, expect, type Page } from "@playwright/test";
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

type Fixtures = { visited: Set<string> };

/**
 * Every spec's page is checked with axe on each URL it lands on (after each navigation) — so a page
 * cannot join the suite without passing the accessibility check.
 */
export const test = base.extend<Fixtures>({
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
