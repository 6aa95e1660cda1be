import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, issuesByField } from "~/lib/forms/form-values";

describe("formValues", () => {
  const data = new FormData();
  data.append("title", "  Fire safety ");
  data.append("days", "");
  data.append("capacity", "12");
  data.append("languages", "en, fr,, ");
  data.append("goalIds", "a");
  data.append("goalIds", "b");
  data.append("mandatory", "on");
  const f = formValues(data);

  it("reads text, numbers, lists and checkboxes as the schemas expect them", () => {
    expect(f.text("title")).toBe("  Fire safety ");
    expect(f.text("missing")).toBe("");
    expect(f.optional("days")).toBeUndefined();
    expect(f.number("days")).toBeNull();
    expect(f.number("capacity")).toBe(12);
    expect(f.list("languages")).toEqual(["en", "fr"]);
    expect(f.all("goalIds")).toEqual(["a", "b"]);
    expect(f.checked("mandatory")).toBe(true);
    expect(f.checked("shuffle")).toBe(false);
  });
});

describe("issuesByField", () => {
  const schema = z.object({ lesson: z.object({ title: z.string().min(3, { message: "Too short" }), passMark: z.number().max(100, { message: "At most 100" }) }) });

  it("keys the first message of each field by its path, optionally without the wrapper", () => {
    const result = schema.safeParse({ lesson: { title: "a", passMark: 120 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesByField(result.error)).toEqual({ "lesson.title": "Too short", "lesson.passMark": "At most 100" });
    expect(issuesByField(result.error, 1)).toEqual({ title: "Too short", passMark: "At most 100" });
  });
});
