import type { Page } from "@playwright/test";
import { test, expect as baseExpect, signInAs } from "./fixtures";
import { antiFraud } from "../lib/courses/content/anti-fraud";

// Every page's <title> says what the page is, with " · Pathway" after it (app/layout.tsx's template): the lesson
// tab read "AFA · Lesson 1 of …" before. One walk through a list of pages, each with the title it must have.

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** A medium date as the page formats it ("9 Mar 2026" in en-GB, "Mar 9, 2026" in en-US). */
const DATE = String.raw`(\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{1,2}, \d{4})`;

/** A page to check: a path, or steps that end on it (for pages whose address holds an id). */
type Visit = { to: string | ((page: Page) => Promise<void>); title: string | RegExp };

const redFlags = antiFraud.lessons[1]!;

const VISITS: Visit[] = [
  { to: "/", title: "Home · Pathway" },
  { to: "/courses", title: "Course catalogue · Pathway" },
  { to: "/courses/RESPECT", title: "Respect in the workplace · Pathway" },
  { to: `/courses/${antiFraud.code}`, title: `${antiFraud.title} · Pathway` },
  {
    // The player needs the course started (or done): start it, resume it or review it, then open lesson 2.
    to: async (page) => {
      await page.goto(`/courses/${antiFraud.code}`);
      await page
        .getByRole("button", { name: "Start the course" })
        .or(page.getByRole("link", { name: /^(Resume|Review the lessons)$/ }))
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/learn/${antiFraud.code}/\\d+$`));
      await page.goto(`/learn/${antiFraud.code}/2`);
    },
    title: `Anti-fraud awareness — Lesson 2: ${redFlags.title} · Pathway`,
  },
  { to: "/sessions", title: "My sessions · Pathway" },
  { to: "/history", title: "My learning history · Pathway" },
  { to: "/compliance", title: "My mandatory training · Pathway" },
  { to: "/mentoring", title: "MentorNet · Pathway" },
  { to: "/reports", title: "Training reports · Pathway" },
  { to: "/admin/imports", title: "Imports · Pathway" },
  { to: "/admin/sessions", title: "Sessions · Pathway" },
  {
    to: async (page) => {
      await page.goto("/admin/sessions");
      await page.getByRole("link", { name: "Respect in the workplace: for managers", exact: true }).first().click();
      await expect(page).toHaveURL(/\/admin\/sessions\/[^/]+$/);
    },
    title: new RegExp(`^Manage session: Respect in the workplace: for managers — ${DATE} · Pathway$`),
  },
  {
    to: async (page) => {
      await page.getByRole("link", { name: "Learners' view" }).click();
      await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
    },
    title: new RegExp(`^Session: Respect in the workplace: for managers — ${DATE} · Pathway$`),
  },
  {
    to: async (page) => {
      await page.goto("/admin/courses");
      await page.getByRole("link", { name: antiFraud.title, exact: true }).first().click();
      await expect(page).toHaveURL(/\/admin\/courses\/[^/]+$/);
    },
    title: `Edit course: ${antiFraud.title} · Pathway`,
  },
];

test("every page's title names what it shows, then Pathway", async ({ page }) => {
  await page.goto("/signin");
  await expect(page).toHaveTitle("Sign in · Pathway");
  await signInAs(page, "LD_ADMIN");
  for (const visit of VISITS) {
    if (typeof visit.to === "string") await page.goto(visit.to);
    else await visit.to(page);
    await expect(page, `title of ${page.url()}`).toHaveTitle(visit.title);
  }
});
