import "server-only";
import { localizeCourse } from "~/lib/courses/i18n";

/** A course's title in the reader's language (its base language's when not translated). */
export function courseTitleIn(course: { title: string; translations: unknown; baseLocale: string }, locale: string): string {
  return localizeCourse({ title: course.title, summary: "", baseLocale: course.baseLocale, translations: course.translations }, locale).title;
}
