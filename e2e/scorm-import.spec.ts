import { expect as baseExpect, expectAccessible, signInAs, test } from "./fixtures";
import { refusedPackages, zipFixture } from "../tests/scorm/zip";

// L&D imports SCORM packages through the web (/admin/courses/import-package): upload, preview of what was found,
// import as a new draft course, and the one sentence a refused package gets. Each run uses a new course code.

const expect = baseExpect.configure({ timeout: 20_000 });

function uniqueCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
}

test("L&D previews a SCORM 1.2 package, imports it as a draft course and sees its SCORM lesson", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/courses");
  await page.getByRole("link", { name: "Import a SCORM package" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a SCORM package" })).toBeVisible();

  await page.getByLabel("Package (.zip)").setInputFiles({ name: "scorm12-single.zip", mimeType: "application/zip", buffer: zipFixture("scorm12-single") });
  await page.getByRole("button", { name: "Upload and preview" }).click();

  const preview = page.getByRole("region", { name: "What scorm12-single.zip contains" });
  await expect(preview).toBeVisible();
  await expect(preview.getByText("SCORM 1.2", { exact: true })).toBeVisible();
  await expect(preview.getByText("Pathway test — SCORM 1.2 single SCO").first()).toBeVisible();
  await expect(preview.getByText("pathway-test-scorm12-single", { exact: true })).toBeVisible();
  const items = preview.getByRole("table", { name: /1 lesson will be created/ });
  await expect(items.getByRole("row")).toHaveCount(2);
  await expect(items.getByRole("cell", { name: "index.html", exact: true })).toBeVisible();
  // A SCORM 1.2 package has no sequencing rules to warn about.
  await expect(preview.getByText(/sequencing rules are not enforced/)).toHaveCount(0);
  await expectAccessible(page);

  const code = uniqueCode("E2E-S12");
  await preview.getByLabel("Course code").fill(code);
  await preview.getByLabel("Training days").fill("0.25");
  await preview.getByRole("button", { name: "Import", exact: true }).click();

  // The new course's editor: a draft with one SCORM lesson.
  await expect(page.getByText(new RegExp(`Imported ${code} with 1 lesson`))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Pathway test — SCORM 1.2 single SCO" })).toBeVisible();
  await expect(page.getByText(code, { exact: true })).toBeVisible();
  const lesson = page.getByRole("row").filter({ hasText: "SCORM package" });
  await expect(lesson).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Add a SCORM package as lessons" })).toBeVisible();
  await expectAccessible(page);

  // The lesson shows its package, item and launch file, read-only.
  await lesson.getByRole("link", { name: "Pathway test — SCORM 1.2 single SCO" }).click();
  await expect(page.getByText("Manifest item")).toBeVisible();
  await expect(page.getByText("item-1", { exact: true })).toBeVisible();
  await expect(page.getByText("index.html", { exact: true })).toBeVisible();
  await expect(page.getByText(/scorm12-single\.zip, /)).toBeVisible();
  await expectAccessible(page);
});

test("L&D sees sequencing rules announced for a SCORM 2004 package, and can cancel", async ({ page }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/courses/import-package");
  await page.getByLabel("Package (.zip)").setInputFiles({ name: "scorm2004-multi.zip", mimeType: "application/zip", buffer: zipFixture("scorm2004-multi") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  const preview = page.getByRole("region", { name: "What scorm2004-multi.zip contains" });
  await expect(preview.getByText("SCORM 2004 4th Edition", { exact: true })).toBeVisible();
  await expect(preview.getByText(/Pathway plays its SCOs in the order of the manifest; the sequencing rules are not enforced\./)).toBeVisible();
  await expect(preview.getByRole("cell", { name: "Part 1: Introduction" })).toBeVisible();
  await expect(preview.getByRole("cell", { name: "sco2.html?part=2" })).toBeVisible();
  await expect(preview.getByLabel("Training days")).toHaveValue("0.25");
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Upload and preview" })).toBeVisible();
});

test("a refused package shows its one sentence and nothing is imported", async ({ page, browserErrors }) => {
  // The preview is refused on purpose (400): the spec checks the sentence on screen.
  browserErrors.expected.push(/status of 400 .*\/api\/trpc\/scormImport\.preview/);
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/courses/import-package");
  await page.getByLabel("Package (.zip)").setInputFiles({ name: "broken.zip", mimeType: "application/zip", buffer: refusedPackages.launchFileMissing() });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("The launch file “index.html” named in the manifest is not in the package.")).toBeVisible();
  await expect(page.getByRole("region", { name: /What broken\.zip contains/ })).toHaveCount(0);
  await expectAccessible(page);
});
