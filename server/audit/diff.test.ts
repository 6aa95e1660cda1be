import { describe, expect, it } from "vitest";
import { auditChanges } from "~/server/audit/diff";

describe("auditChanges", () => {
  it("lists only the fields that changed, with both values as text", () => {
    expect(auditChanges({ name: "Ethics", status: "PUBLISHED", capacity: 12 }, { name: "Ethics and integrity", status: "PUBLISHED", capacity: 14 })).toEqual([
      { field: "name", before: "Ethics", after: "Ethics and integrity" },
      { field: "capacity", before: "12", after: "14" },
    ]);
  });

  it("shows a created object's fields as new and a field that disappeared as gone", () => {
    expect(auditChanges(null, { name: "Negotiation", retired: false })).toEqual([
      { field: "name", before: null, after: "Negotiation" },
      { field: "retired", before: null, after: "false" },
    ]);
    expect(auditChanges({ revokedAt: "2026-04-01T10:00:00.000Z", note: "x" }, { note: "x" })).toEqual([{ field: "revokedAt", before: "2026-04-01T10:00:00.000Z", after: null }]);
  });

  it("compares nested values as JSON and ignores what is not an object", () => {
    expect(auditChanges({ weights: { language: 2 } }, { weights: { language: 3 } })).toEqual([{ field: "weights", before: '{"language":2}', after: '{"language":3}' }]);
    expect(auditChanges("text", [1, 2])).toEqual([]);
  });
});
