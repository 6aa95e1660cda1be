import { SIGN_OUT_TESTER } from "../tests/e2e-staff";
import { test, expect, signInAs, expectAccessible, DEMO, type DemoRole } from "./fixtures";


test("an anonymous visitor is sent to the sign-in page, which lists the demo accounts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { name: "Sign in to Pathway" })).toBeVisible();
  for (const role of Object.keys(DEMO) as DemoRole[]) {
    await expect(page.getByRole("button", { name: `Sign in as ${DEMO[role].name}` })).toBeVisible();
  }
});

// Each demo account's sign-in and home (its role's sections, the greeting with the name, axe) are checked by the phone
// walks (e2e/phone.spec.ts), which sign every role in and start on the home page.

test("a manager sees their team; L&D sees organisation figures", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.getByRole("link", { name: "My team" }).first().click();
  await expect(page.getByRole("heading", { name: "My team" })).toBeVisible();
  await expect(page.getByRole("cell", { name: DEMO.LEARNER.name }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a learner opening an L&D admin page gets the 403 page, without its data", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const response = await page.goto("/admin/categories");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByText("Health, Safety and Security")).toHaveCount(0);
});

test("unknown pages get the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("signing out ends the session everywhere: a copy of its cookie taken before is refused after", async ({ page, browser }) => {
  // Someone no other spec signs in as (tests/e2e-staff.ts): signing out ends all of a person's sessions.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await page.request.post("/api/auth/callback/demo", { form: { employeeId: SIGN_OUT_TESTER.employeeId, csrfToken, json: "true" } });
  expect(signedIn.ok()).toBe(true);
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toHaveText(SIGN_OUT_TESTER.name);
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);

  // the session cookie as it was before signing out, replayed from another browser: still a valid JWT, refused
  const other = await browser.newContext();
  await other.addCookies(copied);
  const replay = await other.newPage();
  await replay.goto("/");
  await expect(replay).toHaveURL(/\/signin/);
  await expect(replay.getByTestId("current-user")).toHaveCount(0);
  await other.close();
});

test("an L&D admin adds, renames and retires a category", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/categories");
  await expect(page.getByRole("cell", { name: "Health, Safety and Security" })).toBeVisible();
  await page.getByLabel("Code").fill("x");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByText("2–16 letters, digits or _, starting with a letter")).toBeVisible();
  await page.getByLabel("Code").fill("MEDIA");
  await page.getByLabel("Name", { exact: true }).fill("Media relations");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByRole("cell", { name: "Media relations" })).toBeVisible();
  await page.getByRole("button", { name: "Rename MEDIA" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name in English").fill("Media and Communication");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("cell", { name: "Media and Communication" })).toBeVisible();
  await page.getByRole("button", { name: "Retire MEDIA" }).click();
  await expect(page.getByRole("button", { name: "Restore MEDIA" })).toBeVisible();
});
