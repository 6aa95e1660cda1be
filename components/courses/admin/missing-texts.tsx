import { useTranslations } from "next-intl";
import type { MissingText } from "~/lib/courses/i18n";
import { TextLink } from "~/components/ui/link";
import { translationHref } from "~/components/courses/admin/translation-anchors";

/** The name of a missing part ("lesson 2 statement", "lesson 4, question 3 option 2"), in the reader's language. */
export function useMissingPartLabel(lessonKinds: Record<string, string>) {
  const t = useTranslations("courseAuthoringLanguages.missing.part");
  return (m: MissingText): string => {
    switch (m.part) {
      case "course":
        return m.field === "title" ? t("courseTitle") : t("courseSummary");
      case "lesson":
        if (m.field === "title") return t("lessonTitle", { lesson: m.position });
        return lessonKinds[m.lessonId] === "ATTESTATION" ? t("lessonStatement", { lesson: m.position }) : t("lessonBody", { lesson: m.position });
      case "question":
        return m.field === "prompt" ? t("questionPrompt", { lesson: m.position, question: m.questionPosition }) : t("questionExplanation", { lesson: m.position, question: m.questionPosition });
      case "option":
        return t("option", { lesson: m.position, question: m.questionPosition, option: m.optionPosition });
    }
  };
}

/**
 * One language's checklist: "French: 3 parts missing — lesson 2 text, …", each part a link to its field on the
 * translation page; "French: complete" when nothing is missing. `limit` shortens a long list ("and 12 more").
 */
export function MissingTexts({
  courseId,
  locale,
  missing,
  lessonKinds,
  limit,
  headingLevel,
}: {
  courseId: string;
  locale: string;
  missing: MissingText[];
  lessonKinds: Record<string, string>;
  limit?: number;
  /** a heading for the list (the translation page), else a paragraph (the editor's panel) */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("courseAuthoringLanguages.missing");
  const label = useMissingPartLabel(lessonKinds);
  const summary = missing.length === 0 ? t("complete", { language: locale }) : t("summary", { language: locale, count: missing.length });
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "p";
  const shown = limit ? missing.slice(0, limit) : missing;
  return (
    <div>
      <Heading className="text-sm font-semibold text-slate-900">
        {missing.length === 0 && <span aria-hidden="true">✓ </span>}
        {summary}
      </Heading>
      {shown.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {shown.map((m) => (
            <li key={translationHref(courseId, locale, m)}>
              <TextLink href={translationHref(courseId, locale, m)}>{label(m)}</TextLink>
            </li>
          ))}
          {missing.length > shown.length && <li className="text-slate-600">{t("more", { count: missing.length - shown.length })}</li>}
        </ul>
      )}
    </div>
  );
}
