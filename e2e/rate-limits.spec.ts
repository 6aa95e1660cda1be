import { randomUUID } from "node:crypto";
import { test, expect } from "./fixtures";

// The real server counts in its PostgreSQL (server/security/rate-limit.ts). E-mail sign-in links: 5 per address in
// 15 minutes by default — a fresh address per run, so a re-run never meets an earlier run's count.
test("an address asked for a sign-in link too often gets a 429 with Retry-After, and the sign-in page says how long to wait", async ({ page, browser, request }) => {
  const form = { email: `rate.limit.${randomUUID()}@example.org`, csrfToken: "e2e", callbackUrl: "/", json: "true" };
  // next-auth answers the first five (no e-mail provider in the demo): anything but a refusal for too many attempts.
  for (let i = 0; i < 5; i++) expect((await request.post("/api/auth/signin/email", { form })).status()).not.toBe(429);

  const refused = await request.post("/api/auth/signin/email", { form, headers: { "accept-language": "fr-FR,fr;q=0.9" } });
  expect(refused.status()).toBe(429);
  const wait = Number(refused.headers()["retry-after"]);
  expect(wait).toBeGreaterThan(840);
  expect(wait).toBeLessThanOrEqual(900);
  // What next-auth's signIn() reads: the page to go to; and the refusal in the caller's language.
  const body = (await refused.json()) as { url: string; error: { code: string; message: string } };
  expect(body.url).toMatch(/\/signin\?error=RateLimited&retryAfter=\d+$/);
  expect(body.error).toEqual({ code: "TOO_MANY_REQUESTS", message: "Trop de tentatives. Veuillez patienter 15 minutes avant de réessayer." });

  // The sign-in page at the app's public address (NEXTAUTH_URL of the e2e server).
  await page.goto(body.url);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Too many attempts. Please wait 15 minutes and try again.");

  const french = await browser.newContext({ locale: "fr-FR" });
  const frenchPage = await french.newPage();
  await frenchPage.goto(body.url);
  await expect(frenchPage.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Trop de tentatives. Veuillez patienter 15 minutes avant de réessayer.");
  await french.close();
});

test("a sign-in page link with a made-up wait still reads as a sentence", async ({ page }) => {
  await page.goto("/signin?error=RateLimited&retryAfter=abc");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Too many attempts. Please wait a few minutes and try again.");
  await page.goto("/signin?error=RateLimited&retryAfter=240");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Too many attempts. Please wait 4 minutes and try again.");
});
