import { expect, type Page } from "@playwright/test";
import type { ContentLesson } from "../lib/courses/content/types";

export type ContentQuiz = Extract<ContentLesson, { kind: "QUIZ" }>;

/** The quiz lesson of a shipped course's content. */
export function quizOf(lessons: readonly ContentLesson[]): ContentQuiz {
  return lessons.find((l): l is ContentQuiz => l.kind === "QUIZ")!;
}

/**
 * Starts an attempt (the rules are on the page before it) and answers the questions it drew from the pool — found
 * by their wording, since each attempt draws and orders its own — all right or all wrong. Returns the questions shown.
 */
export async function takeQuiz(page: Page, quiz: ContentQuiz, right: boolean, start = /^Start (the quiz|attempt \d+)$/) {
  await page.getByRole("button", { name: start }).click();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  const shown: ContentQuiz["questions"] = [];
  for (const q of quiz.questions) {
    const group = page.getByRole("group", { name: q.prompt });
    if ((await group.count()) === 0) continue;
    shown.push(q);
    const options = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
    for (const o of options) await group.getByLabel(o.text, { exact: true }).check();
  }
  expect(shown).toHaveLength(quiz.drawCount ?? quiz.questions.length);
  await page.getByRole("button", { name: "Submit answers" }).click();
  return shown;
}
