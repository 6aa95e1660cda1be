// Single sign-on through a real OpenID Connect provider: panva's oidc-provider (tests/oidc/provider.ts), started by
// playwright.config.ts beside the app, in its spec-conformant defaults — e-mail and name come from the userinfo
// endpoint, not the ID token. Its accounts (tests/oidc/accounts.ts): the demo learner, an address no staff record has,
// and a staff member who has left (added by scripts/e2e-server.ts). Nobody here signs out: sign-out ends every
// session of the person, other specs' included.
import type { Page } from "@playwright/test";
import { test, expect, DEMO } from "./fixtures";
import { SSO_ACCOUNTS, SSO_CLIENT } from "../tests/oidc/accounts";

/** From Pathway's sign-in page through the identity provider's login page, as `email`. */
async function signInThroughProvider(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in with ${SSO_CLIENT.name}` }).click();
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("the sign-in page offers single sign-on beside the demo accounts", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: `Sign in with ${SSO_CLIENT.name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Sign in as ${DEMO.LEARNER.name}` })).toBeVisible();
});

test("a staff member signs in through the identity provider and lands on their home, with their name", async ({ page }) => {
  await signInThroughProvider(page, SSO_ACCOUNTS.learner.email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO.LEARNER.name, { timeout: 30_000 });
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("home-LEARNER")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO.LEARNER.name);
});

test("an address no staff record has lands on the refusal page, not signed in", async ({ page }) => {
  await signInThroughProvider(page, SSO_ACCOUNTS.unknown.email);
  await expect(page).toHaveURL(/\/auth\/refused/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "You cannot sign in to Pathway" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("a staff member who has left is refused", async ({ page }) => {
  await signInThroughProvider(page, SSO_ACCOUNTS.leaver.email);
  await expect(page).toHaveURL(/\/auth\/refused/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "You cannot sign in to Pathway" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("a replayed callback (same code and state, in another browser) fails and signs nobody in", async ({ page, browser }) => {
  let callbackUrl: string | null = null;
  page.on("request", (request) => {
    if (request.isNavigationRequest() && new URL(request.url()).pathname === "/api/auth/callback/oidc") callbackUrl = request.url();
  });
  await signInThroughProvider(page, SSO_ACCOUNTS.learner.email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO.LEARNER.name, { timeout: 30_000 });
  expect(callbackUrl).toMatch(/[?&]code=.+&?/);
  expect(callbackUrl).toMatch(/[?&]state=/);

  const other = await browser.newContext();
  const replay = await other.newPage();
  await replay.goto(callbackUrl!);
  await expect(replay).toHaveURL(/\/signin\?.*\berror=/);
  await expect(replay.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Sign-in failed. Please try again.");
  await replay.goto("/");
  await expect(replay).toHaveURL(/\/signin/);
  await expect(replay.getByTestId("current-user")).toHaveCount(0);
  await other.close();
});
