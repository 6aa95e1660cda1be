// The fixture's own check (e2e/fixtures.ts): a page that logs an error or throws fails its test. Served by
// page.route from an address that is never the app, so these run without it.
import { test, expect } from "./fixtures";

const SITE = "http://fixture-check.pathway.test";
const html = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Fixture check</title><link rel="icon" href="data:,"></head><body><main><h1>Fixture check</h1>${body}</main></body></html>`;

test.beforeEach(async ({ page }) => {
  await page.route(`${SITE}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === "/missing") return route.fulfill({ status: 404, contentType: "text/html", body: html("<p>Not found</p>") });
    if (["/favicon.ico", "/gone.js", "/gone.png"].includes(pathname)) return route.fulfill({ status: 404, body: "Not found" });
    if (pathname === "/broken") return route.fulfill({ status: 500, contentType: "text/html", body: html("<p>Error</p>") });
    const scripts: Record<string, string> = {
      "/logs-error": `<script>console.error("something broke")</script>`,
      "/throws": `<script>setTimeout(() => { throw new TypeError("x is undefined") })</script>`,
      // Headless Chromium never asks for the favicon itself; a page fetching it shows how its 404 is caught.
      "/missing-favicon": `<script>fetch("/favicon.ico")</script>`,
      "/missing-image": `<img alt="" src="/gone.png">`,
      "/missing-script": `<script src="/gone.js"></script>`,
    };
    return route.fulfill({ status: 200, contentType: "text/html", body: html(scripts[pathname] ?? "<p>Fine</p>") });
  });
});

test("a quiet page passes, and so does the 404 page of a document the test asked for", async ({ page }) => {
  await page.goto(`${SITE}/quiet`);
  const response = await page.goto(`${SITE}/missing`);
  expect(response?.status()).toBe(404);
});

for (const [path, what] of [
  ["/logs-error", "console.error"],
  ["/throws", "an uncaught exception"],
  ["/missing-favicon", "a 404 for the favicon"],
  ["/missing-script", "a 404 for a script"],
  ["/missing-image", "a 404 for an image"],
  ["/broken", "a 500 document"],
] as const) {
  test(`a page with ${what} fails its test`, async ({ page }) => {
    test.fail(true, "the browserErrors fixture must fail this test");
    await page.goto(`${SITE}${path}`);
    await page.waitForTimeout(200); // let the timer throw
  });
}
