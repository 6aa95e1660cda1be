import type { MissingText } from "~/lib/courses/i18n";

// The id of each field of the translation page, from positions (what MissingText carries), so the checklist can
// link straight to a field from the course editor and from the page itself.

export const fieldIds = {
  courseTitle: "tr-course-title",
  courseSummary: "tr-course-summary",
  lesson: (lesson: number, field: "title" | "body") => `tr-l${lesson}-${field}`,
  question: (lesson: number, question: number, field: "prompt" | "explanation") => `tr-l${lesson}-q${question}-${field}`,
  option: (lesson: number, question: number, option: number) => `tr-l${lesson}-q${question}-o${option}`,
};

export function fieldIdOf(m: MissingText): string {
  switch (m.part) {
    case "course":
      return m.field === "title" ? fieldIds.courseTitle : fieldIds.courseSummary;
    case "lesson":
      return fieldIds.lesson(m.position, m.field);
    case "question":
      return fieldIds.question(m.position, m.questionPosition, m.field);
    case "option":
      return fieldIds.option(m.position, m.questionPosition, m.optionPosition);
  }
}

/** The translation page of a course in `locale`, at the field of `m` when given. */
export function translationHref(courseId: string, locale: string, m?: MissingText): string {
  return `/admin/courses/${courseId}/languages/${locale}${m ? `#${fieldIdOf(m)}` : ""}`;
}
