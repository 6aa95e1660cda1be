import { expect, test, signInAs } from "./fixtures";
import type { Page } from "@playwright/test";

// Stored script: payloads written into free text through the app's own tRPC endpoint (as the page would send them),
// then every page that renders that text opened in Chromium. Nothing may run: no `window.__xss`, no dialog.
// Only new draft objects of this spec's own are written (a category and a draft course with a unique code), so the
// ~95 other tests sharing the e2e database never see them.

// The Content-Security-Policy would refuse most of these scripts anyway (e2e/headers.spec.ts): switched off here, so
// what is proven is the first defence — every text rendered as text, every link and markdown sanitised.
test.use({ bypassCSP: true });

const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const BUMP = "window.__xss=(window.__xss||0)+1";
const PAYLOADS = [
  `<script>${BUMP}</script>`,
  `<img src=x onerror="${BUMP}">`,
  `"><svg onload=${BUMP}>`,
  `'><iframe srcdoc="<script>parent.${BUMP}</script>">`,
  `" autofocus onfocus="${BUMP}" x="`,
  `javascript:${BUMP}`,
];
const TEXT = PAYLOADS.join(" ");
const MARKDOWN = [
  "## Heading <script>" + BUMP + "</script>",
  `[click me](javascript:${BUMP})`,
  `[also me](JaVaScRiPt:${BUMP})`,
  `![image](x" onerror="${BUMP})`,
  `<a href="javascript:${BUMP}">raw link</a>`,
  `<details open ontoggle="${BUMP}"><summary>x</summary></details>`,
  ...PAYLOADS,
].join("\n\n");

/** A tRPC mutation sent from the page's origin with its session cookie, as the app's own client sends it. */
async function mutate<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/trpc/${procedure}`, {
    headers: { "content-type": "application/json", origin, "sec-fetch-site": "same-origin" },
    data: { json: input },
  });
  expect(res.status(), `${procedure}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Opens `path`, lets it settle, and checks no script of the payloads ran and no dialog opened. */
async function expectInert(page: Page, path: string, dialogs: string[]) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Focus and hover everything a payload could have hooked (autofocus/onfocus, onmouseover).
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${path}`).toBeUndefined();
  expect(dialogs, `dialog on ${path}`).toEqual([]);
  const links = await page.locator("a[href^='javascript:' i]").count();
  expect(links, `javascript: link on ${path}`).toBe(0);
}

test("text people write is shown as text: no stored script runs on the pages that show it", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });

  await signInAs(page, "LD_ADMIN");
  const category = await mutate<{ id: string }>(page, "categories.create", { code: `XSS${RUN}`.replace(/[^A-Z0-9]/g, "X"), name: `C ${RUN} <img src=x onerror="${BUMP}">`.slice(0, 80) });
  const course = await mutate<{ id: string }>(page, "courseAuthoring.create", {
    code: `XSS-${RUN}`,
    title: `XSS ${RUN} ${PAYLOADS[1]}`.slice(0, 200),
    summary: TEXT,
    categoryId: category.id,
    mode: "ONLINE",
    trainingDays: "0.5",
    languages: ["en"],
    mandatory: false,
    validityMonths: null,
    quizAttempts: null,
    quizWaitHours: null,
    lessonsBeforeQuiz: false,
  });
  const lesson = await mutate<{ id: string }>(page, "courseAuthoring.addLesson", {
    courseId: course.id,
    lesson: { kind: "READING", title: `L ${PAYLOADS[2]}`.slice(0, 200), required: true, body: MARKDOWN },
  });

  for (const path of [
    "/admin/courses",
    `/admin/courses/${course.id}`,
    `/admin/courses/${course.id}/lessons/${lesson.id}`,
    `/admin/courses/${course.id}/preview/1`,
    "/admin/categories",
  ]) {
    await expectInert(page, path, dialogs);
  }
  // The lesson's markdown is rendered (not shown raw): its heading is there, its script is not.
  await page.goto(`/admin/courses/${course.id}/preview/1`);
  await expect(page.getByRole("heading", { name: /Heading/ })).toBeVisible();
  expect(await page.locator("main script").count()).toBe(0);
});
