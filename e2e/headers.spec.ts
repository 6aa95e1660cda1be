// The security headers on every kind of response the production server gives (docs/SECURITY.md, "Headers"):
// a page, the sign-in page, tRPC, a route handler, a download, a media route, the not-found page, a static file —
// and a page really runs under its nonce policy: its own scripts run, an injected one does not.
import { test, expect, signInAs } from "./fixtures";
import type { APIResponse } from "@playwright/test";

function expectCommonHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-powered-by"], what).toBeUndefined();
  // plain http here: HSTS is for https only (a unit test covers the proxy's https case)
  expect(h["strict-transport-security"], what).toBeUndefined();
}

function expectPagePolicy(res: APIResponse, what: string) {
  expectCommonHeaders(res, what);
  const csp = res.headers()["content-security-policy"] ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp, what).toContain(d);
  expect(res.headers()["permissions-policy"], what).toContain("camera=()");
}

function expectNonPagePolicy(res: APIResponse, what: string) {
  expectCommonHeaders(res, what);
  expect(res.headers()["content-security-policy"], what).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
}

test("every kind of response carries the security headers; pages a fresh nonce each time", async ({ page }) => {
  const signin = await page.request.get("/signin");
  expectPagePolicy(signin, "sign-in page");
  const again = await page.request.get("/signin");
  const nonce = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce(again)).not.toBe(nonce(signin));
  // the nonce of the header is the one on the page's scripts
  expect(await signin.text()).toContain(`nonce="${nonce(signin)}"`);

  const missing = await page.request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectPagePolicy(missing, "not-found page");

  await signInAs(page, "LD_ADMIN");
  const home = await page.request.get("/");
  expectPagePolicy(home, "home page");
  expectNonPagePolicy(await page.request.get("/api/trpc/me.get"), "tRPC");
  expectNonPagePolicy(await page.request.get("/api/health"), "route handler");
  const csv = await page.request.get("/api/exports/compliance");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expectNonPagePolicy(csv, "download");
  const media = await page.request.get("/api/media/captions/no-such-caption");
  expect(media.status()).toBe(404);
  expectNonPagePolicy(media, "media route");

  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  expectCommonHeaders(await page.request.get(script!), "static file");
});

test("a page runs its own scripts under the policy and refuses a script injected into its HTML", async ({ page, browserErrors }) => {
  // the refusal this test provokes on purpose, which Chromium logs as a console error
  browserErrors.expected.push(/(Refused to execute|Executing) inline script (because it violates|violates) the following Content Security Policy/);
  await signInAs(page, "LEARNER");
  // A stored script as it would arrive: inside the server's HTML, under the server's own headers and nonce.
  await page.route("**/courses", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/courses");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Next.js's own (nonce'd) scripts ran: the page hydrated and navigates client-side
  await page.waitForFunction(() => "next" in window);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
