import type { ZodError } from "zod";

/** Typed reads of a submitted form's FormData: fields are read on submit, so what was typed before hydration counts. */
export type FormValues = ReturnType<typeof formValues>;

export function formValues(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  return {
    text,
    /** The text, or undefined when left empty (optional fields). */
    optional: (name: string) => (text(name).trim() === "" ? undefined : text(name)),
    /** A number field: NaN-free, null when empty so the schema can say it is required. */
    number: (name: string) => (text(name).trim() === "" ? null : Number(text(name))),
    all: (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string"),
    checked: (name: string) => form.get(name) !== null,
    /** A comma-separated list ("en, fr") as its trimmed, non-empty items. */
    list: (name: string) =>
      text(name)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
  };
}

/** zod issues keyed by their path ("lesson.passMark" → "passMark" with `strip` 1), first message per field; "" for the form. */
export function issuesByField(error: ZodError, strip = 0): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.slice(strip).map(String).join(".");
    out[key] ??= issue.message;
  }
  return out;
}
