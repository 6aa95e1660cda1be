import { describe, expect, it } from "vitest";
import type { ContentCourse, ContentCourseText } from "./types.ts";
import { courseTranslations, lessonTranslations, optionTranslations, questionTranslations, translationProblems } from "./translations.ts";

const english: ContentCourse = {
  code: "T1",
  title: "Fraud basics",
  summary: "What fraud is.",
  categoryCode: "ETHICS",
  mode: "ONLINE",
  trainingDays: "0.25",
  languages: ["en"],
  validityMonths: null,
  mandatory: false,
  lessons: [
    { kind: "READING", title: "What fraud is", body: "Fraud is **deception**.", required: true },
    { kind: "EXTERNAL_LINK", title: "The policy", url: "https://example.org/policy", description: "Read the policy.", required: false },
    { kind: "ATTESTATION", title: "Commitment", statement: "I have read and understood the policy.", required: true },
    {
      kind: "QUIZ", title: "Check", passMark: 80, shuffle: false, required: true,
      questions: [
        { prompt: "Is lying fraud?", kind: "SINGLE", explanation: "It can be.", options: [{ text: "Yes", correct: true }, { text: "No", correct: false }] },
        { prompt: "Which are red flags?", kind: "MULTIPLE", explanation: "", options: [{ text: "Rush", correct: true }, { text: "Secrecy", correct: true }, { text: "Receipts", correct: false }] },
      ],
    },
  ],
};

const french: ContentCourseText = {
  title: "Les bases de la fraude",
  summary: "Ce qu'est la fraude.",
  lessons: [
    { title: "Ce qu'est la fraude", body: "La fraude est une **tromperie**." },
    { title: "La politique", description: "Lisez la politique." },
    { title: "Engagement", statement: "J'ai lu et compris la politique." },
    {
      title: "Vérification",
      questions: [
        { prompt: "Mentir est-il une fraude ?", explanation: "Cela peut l'être.", options: ["Oui", "Non"] },
        { prompt: "Quels sont les signaux d'alerte ?", explanation: "", options: ["L'urgence", "Le secret", "Les reçus"] },
      ],
    },
  ],
};

const withFrench = (fr: ContentCourseText, languages = ["en", "fr"]): ContentCourse => ({ ...english, languages, translations: { fr } });

describe("content translations → rows", () => {
  it("maps title and summary, and each lesson's text to the body the English uses (statement, description)", () => {
    const c = withFrench(french);
    expect(courseTranslations(c)).toEqual({ fr: { title: "Les bases de la fraude", summary: "Ce qu'est la fraude." } });
    expect(lessonTranslations(c, 0)).toEqual({ fr: { title: "Ce qu'est la fraude", body: "La fraude est une **tromperie**." } });
    expect(lessonTranslations(c, 1)).toEqual({ fr: { title: "La politique", body: "Lisez la politique." } });
    expect(lessonTranslations(c, 2)).toEqual({ fr: { title: "Engagement", body: "J'ai lu et compris la politique." } });
    expect(lessonTranslations(c, 3)).toEqual({ fr: { title: "Vérification" } });
    expect(questionTranslations(c, 3, 0)).toEqual({ fr: { prompt: "Mentir est-il une fraude ?", explanation: "Cela peut l'être." } });
    // An empty explanation is no translation of one.
    expect(questionTranslations(c, 3, 1)).toEqual({ fr: { prompt: "Quels sont les signaux d'alerte ?" } });
    expect(optionTranslations(c, 3, 1, 2)).toEqual({ fr: { text: "Les reçus" } });
  });

  it("writes nothing for a course without translations, and only the catalogue texts for a title-only one", () => {
    expect(courseTranslations(english)).toEqual({});
    expect(lessonTranslations(english, 0)).toEqual({});
    const titled: ContentCourse = { ...english, translations: { zh: { title: "欺诈基础", summary: "什么是欺诈。" } } };
    expect(courseTranslations(titled)).toEqual({ zh: { title: "欺诈基础", summary: "什么是欺诈。" } });
    expect(lessonTranslations(titled, 0)).toEqual({});
  });
});

describe("translationProblems", () => {
  it("accepts a complete, aligned translation, and a title-only one that is not offered", () => {
    expect(translationProblems(withFrench(french))).toEqual([]);
    expect(translationProblems(withFrench({ title: "Titre", summary: "Résumé" }, ["en"]))).toEqual([]);
    expect(translationProblems(english)).toEqual([]);
  });

  it("refuses a language listed without a translation, or with only its catalogue texts", () => {
    expect(translationProblems({ ...english, languages: ["en", "zh"] })).toEqual(["zh: listed in languages but has no translation"]);
    expect(translationProblems(withFrench({ title: "Titre", summary: "Résumé" }))).toEqual(["fr: listed in languages but its lessons are not translated"]);
  });

  it("refuses a listed translation with a lesson, statement, prompt, explanation or option missing", () => {
    const lessons = french.lessons!;
    const quiz = lessons[3]!;
    const bad: ContentCourseText = {
      ...french,
      lessons: [
        { title: "Ce qu'est la fraude", body: "" },
        lessons[1]!,
        { title: "Engagement" },
        { ...quiz, questions: [{ prompt: "", explanation: "", options: ["Oui", " "] }, quiz.questions![1]!] },
      ],
    };
    expect(translationProblems(withFrench(bad))).toEqual([
      "fr: lesson 1 (READING): no body",
      "fr: lesson 3 (ATTESTATION): no statement",
      "fr: lesson 4 (QUIZ): question 1: no prompt",
      "fr: lesson 4 (QUIZ): question 1: no explanation",
      "fr: lesson 4 (QUIZ): question 1: option 2 has no text",
    ]);
  });

  it("refuses a misaligned translation — lessons, questions or options counted differently — even when not offered", () => {
    const lessons = french.lessons!;
    const quiz = lessons[3]!;
    expect(translationProblems(withFrench({ ...french, lessons: lessons.slice(0, 3) }))).toEqual(["fr: 3 lessons, the English 4"]);
    expect(translationProblems(withFrench({ ...french, lessons: [...lessons.slice(0, 3), { ...quiz, questions: quiz.questions!.slice(0, 1) }] }))).toEqual([
      "fr: lesson 4 (QUIZ): 1 questions, the English 2",
    ]);
    const oneOptionShort = { ...quiz, questions: [quiz.questions![0]!, { ...quiz.questions![1]!, options: ["L'urgence", "Le secret"] }] };
    expect(translationProblems(withFrench({ ...french, lessons: [...lessons.slice(0, 3), oneOptionShort] }, ["en"]))).toEqual([
      "fr: lesson 4 (QUIZ): question 2 has 2 options, the English 3",
    ]);
  });

  it("refuses an attestation translated as a body (the field the seeding reads is the statement)", () => {
    const lessons = [...french.lessons!];
    lessons[2] = { title: "Engagement", body: "J'ai lu et compris la politique." };
    expect(translationProblems(withFrench({ ...french, lessons }))).toEqual([
      "fr: lesson 3 (ATTESTATION): text given as body, expected statement",
      "fr: lesson 3 (ATTESTATION): no statement",
    ]);
  });
});
