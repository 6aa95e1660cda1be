import { test, expect as baseExpect, signInAs, expectAccessible } from "./fixtures";

// L&D's side of multilingual courses: a draft course lists what French still misses, each part linked to its field;
// a translated title is saved and the preview shows the course in French (untranslated parts in English).
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test("an L&D admin sees what a draft course misses in French, translates its title and previews it in French", async ({ page }) => {
  const code = `TR-${Date.now().toString(36).toUpperCase()}`;
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/courses/new");
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Title", { exact: true }).fill("Writing for a global audience");
  await page.getByLabel("Summary").fill("Plain words that colleagues in every duty station understand.");
  await page.getByLabel("Category").selectOption({ label: "Communication and Personal Effectiveness" });
  await page.getByLabel("Training days credited on completion").fill("0.25");
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Writing for a global audience" })).toBeVisible();

  await page.getByRole("link", { name: "Add Reading" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New reading lesson" })).toBeVisible();
  await page.getByLabel("Title").fill("Plain words travel");
  await page.getByLabel("Text (Markdown)").fill("Short sentences. One idea each.");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByRole("link", { name: "Plain words travel" })).toBeVisible();

  // The languages panel: English is the base; French misses the course's title and summary and the lesson's two texts.
  const languages = page.getByRole("region", { name: "Languages" });
  await expect(languages.getByText("French: 4 parts missing")).toBeVisible();
  await expect(languages.getByRole("link", { name: "lesson 1 text" }).first()).toHaveAttribute("href", /\/languages\/fr#tr-l1-body$/);
  await expectAccessible(page);

  await languages.getByRole("link", { name: "Translate into French" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "French texts of Writing for a global audience" })).toBeVisible();
  const title = page.getByLabel("Title in French", { exact: true });
  // The English original describes the field.
  await expect(title).toHaveAccessibleDescription(/Writing for a global audience/);
  await title.fill("Écrire pour un public international");
  await page.getByRole("button", { name: "Save the French texts" }).click();
  await expect(page.getByText("1 text saved. 3 parts are still missing.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "French: 3 parts missing" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Preview in French" }).click();
  const switcher = page.getByRole("navigation", { name: "Preview language" });
  await expect(switcher.getByRole("link", { name: "French (not offered yet)" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Écrire pour un public international" }).first()).toBeVisible();
  // Not translated yet: the lesson shows in English.
  await expect(page.getByRole("heading", { level: 1, name: "Plain words travel" })).toBeVisible();
  await expectAccessible(page);
});
