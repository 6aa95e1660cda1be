import type { Page } from "@playwright/test";
import { test, expect as baseExpect, expectAccessible, signInAs } from "./fixtures";
import { zipFixture, type ScormFixture } from "../tests/scorm/zip";

// The "done when", end to end: L&D imports packages whose manifests a third-party packager wrote
// (e2e/fixtures/scorm/third-party/SOURCE.md), a learner completes them, the completion is in the ledger and on a
// certificate whose public page says valid; revoking it makes the page say revoked.
//
// L&D is the learner here too: these courses are new each run (a new code), so no other spec's data is touched.

test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLE = "Before you travel: a security briefing";

function uniqueCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
}

async function importThroughTheWeb(page: Page, fixture: ScormFixture, code: string, expectVersion: string) {
  const name = `${fixture.split("/").pop()}.zip`;
  await page.goto("/admin/courses/import-package");
  await page.getByLabel("Package (.zip)").setInputFiles({ name, mimeType: "application/zip", buffer: zipFixture(fixture) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: `What ${name} contains` })).toBeVisible();
  await expect(page.getByText(expectVersion).first()).toBeVisible();
  await expect(page.getByText(TITLE).first()).toBeVisible();
  // The organization-level sequencing the packager wrote for 2004 is announced, not silently ignored.
  await expect(page.getByText(/sequencing rules are not enforced/)).toHaveCount(fixture.endsWith("2004") ? 1 : 0);
  await page.getByLabel("Course code").fill(code);
  await page.getByLabel(/Publish the course now/).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(new RegExp(`Imported ${code} with`))).toBeVisible();
}

/** Starts the course and answers the briefing's question; returns when the lesson page says the course is complete. */
async function completeBriefing(page: Page, code: string) {
  await page.goto(`/courses/${code}`);
  await page.getByRole("button", { name: "Start the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${code}/1$`));
  const sco = page.frameLocator('[data-testid="scorm-frame"]');
  await sco.getByRole("button", { name: "Continue" }).click();
  await sco.getByLabel("At least seven days").check();
  await sco.getByRole("button", { name: "Submit" }).click();
  await expect(sco.getByRole("status")).toHaveText("Correct: briefing complete.");
  await expect(page.getByTestId("scorm-done")).toContainText("You have completed this course.");
}

test("a third-party SCORM 1.2 package: imported, completed, in the ledger, certified, verified, revoked", async ({ page, browser }) => {
  const code = uniqueCode("TB12");
  await signInAs(page, "LD_ADMIN");
  await importThroughTheWeb(page, "third-party/travel-briefing-12", code, "SCORM 1.2");
  await completeBriefing(page, code);

  // One participation in the ledger (the learner's history reads it), with the certificate on the completion page.
  await page.goto("/history");
  const rows = page.getByRole("row").filter({ hasText: TITLE });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Completed");
  await page.goto(`/learn/${code}/complete`);
  const pdfHref = (await page.getByTestId("completion-certificate").getByTestId("certificate-pdf").getAttribute("href"))!;
  const pdf = await page.request.get(pdfHref);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const credential = (await (await page.request.get(pdfHref.replace(/\/pdf$/, "/credential"))).json()) as { evidence: { id: string }[] };
  const verifyPath = new URL(credential.evidence[0]!.id).pathname;

  // Anyone, signed out, sees it is valid …
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(verifyPath);
  await expect(visitor.getByTestId("certificate-status")).toHaveAttribute("data-state", "valid");
  await expect(visitor.getByText(TITLE)).toBeVisible();

  // … until L&D revokes it: then the same page says revoked, without the reason.
  await page.goto(`/admin/certificates?q=${code}`);
  const row = page.locator("tbody tr").filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await page.getByRole("dialog").getByLabel("Reason").fill("Completed on a shared account (e2e)");
  await page.getByRole("dialog").getByRole("button", { name: "Revoke certificate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The certificate is revoked." })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByTestId("certificate-status")).toHaveAttribute("data-state", "revoked");
  await expect(visitor.getByText(/shared account/)).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.context().close();
});

test("a third-party SCORM 2004 4th Edition package with sequencing: the preview says so, and completing it counts", async ({ page }) => {
  const code = uniqueCode("TB2004");
  await signInAs(page, "LD_ADMIN");
  await importThroughTheWeb(page, "third-party/travel-briefing-2004", code, "SCORM 2004 4th Edition");
  await completeBriefing(page, code);
  await page.goto(`/learn/${code}/complete`);
  await expect(page.getByTestId("completion-certificate").getByTestId("certificate-pdf")).toBeVisible();
});
