import { test, expect, signInAs, type DemoRole } from "./fixtures";

// On a 390 px phone a page scrolls down, never sideways: wide tables scroll inside their own frame. Two causes were
// found and fixed at their root: grid columns as wide as their widest table (globals.css), and a table's visually
// hidden caption escaping its scroller (components/ui/table.tsx).
test.use({ viewport: { width: 390, height: 844 } });

const pages: Record<"LEARNER" | "LD_ADMIN", string[]> = {
  LEARNER: ["/", "/courses", "/sessions", "/history", "/mentoring", "/mentoring/mentors"],
  LD_ADMIN: ["/admin/compliance", "/admin/compliance/people", "/admin/courses", "/admin/sessions", "/admin/records", "/admin/imports", "/admin/outbox", "/admin/mentoring", "/reports"],
};

for (const role of Object.keys(pages) as (keyof typeof pages)[]) {
  test(`the ${role === "LEARNER" ? "learner's" : "L&D admin's"} pages fit a 390 px phone without sideways scrolling`, async ({ page }) => {
    await signInAs(page, role as DemoRole);
    const wide: string[] = [];
    for (const path of pages[role]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
}
