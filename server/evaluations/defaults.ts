import "server-only";
import { catalogues } from "~/messages";
import type { FollowUp, LocalizedText, Question } from "~/lib/evaluations/questionnaire";

type DefaultKey = keyof (typeof catalogues)["en"]["evaluations"]["defaults"];

/** A catalogue text of the standard questionnaire in every language. */
function words(key: DefaultKey): LocalizedText {
  return { en: catalogues.en.evaluations.defaults[key], fr: catalogues.fr.evaluations.defaults[key], zh: catalogues.zh.evaluations.defaults[key] };
}

const applied = (id: string, text: DefaultKey): Question => ({
  id,
  kind: "choice",
  text: words(text),
  required: true,
  options: [
    { value: "yes", text: words("yes") },
    { value: "partly", text: words("partly") },
    { value: "notYet", text: words("notYet") },
  ],
});

/** The standard questionnaire, worded by the message catalogue (messages/<locale>/evaluations.json, `defaults`). */
export function defaultQuestionnaire(): { name: string; questions: Question[]; followUp: FollowUp } {
  return {
    name: catalogues.en.evaluations.defaults.name,
    questions: [
      { id: "satisfaction", kind: "scale", text: words("satisfaction"), required: true },
      { id: "relevance", kind: "scale", text: words("relevance"), required: true },
      { id: "apply", kind: "text", text: words("apply"), required: false },
      { id: "comment", kind: "text", text: words("comment"), required: false },
    ],
    followUp: {
      learner: [applied("applied", "appliedLearner"), { id: "example", kind: "text", text: words("appliedExample"), required: false }],
      manager: [applied("seenApplied", "appliedManager"), { id: "comment", kind: "text", text: words("managerComment"), required: false }],
    },
  };
}
