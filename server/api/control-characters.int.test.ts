// Generated from the router: every procedure whose input holds text gets "a\u0000b" in each text position
// (PostgreSQL refuses NUL in text and jsonb, so one that reached a query would be a 500). Each must answer
// BAD_REQUEST, whoever asks: here an L&D admin holding every role, so no guard stops the call first.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appRouter, createCaller } from "~/server/api/root";
import { ROLES, type Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { createActorWithRole } from "~/tests/factories";
import type { Schema as AttackSchema } from "~/tests/attacks/schema";

vi.mock("~/server/auth/session", () => ({ getActor: vi.fn() }));
const { getActor } = await import("~/server/auth/session");
const { GET: sessionIcs } = await import("~/app/api/sessions/[id]/ics/route");

const NUL_TEXT = "a\u0000b";

// The parts of a zod v4 schema this walk reads: the attack tests' reading of the same schemas (tests/attacks/schema.ts).
type Schema = Pick<AttackSchema, "_zod">;

/**
 * An input for `schema` with NUL_TEXT in every text position and a plausible value elsewhere, and whether it
 * holds any text at all. `unknown`/`any` count as text positions: they accept a string (JSON content, say).
 */
function withControlCharacters(schema: Schema): { value: unknown; hasText: boolean } {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "template_literal":
    case "any":
    case "unknown":
      return { value: NUL_TEXT, hasText: true };
    case "number":
    case "int":
      return { value: 1, hasText: false };
    case "bigint":
      return { value: 1n, hasText: false };
    case "boolean":
      return { value: true, hasText: false };
    case "date":
      return { value: new Date("2030-01-15T10:00:00Z"), hasText: false };
    case "enum":
      return { value: Object.values(def.entries!)[0], hasText: false };
    case "literal":
      return { value: def.values![0], hasText: false };
    case "null":
    case "undefined":
    case "void":
    case "never":
    case "nan":
      return { value: undefined, hasText: false };
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "catch":
    case "readonly":
    case "promise":
      return withControlCharacters(def.innerType!);
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform (which takes anything) into the schema that says what to send
      return withControlCharacters(def.in!._zod.def.type === "transform" ? def.out! : def.in!);
    case "lazy":
      return withControlCharacters(def.getter!());
    case "array":
    case "set": {
      const item = withControlCharacters(def.element ?? def.valueType!);
      return { value: def.type === "set" ? new Set([item.value]) : [item.value], hasText: item.hasText };
    }
    case "tuple": {
      const items = def.items!.map(withControlCharacters);
      return { value: items.map((i) => i.value), hasText: items.some((i) => i.hasText) };
    }
    case "object": {
      const fields = Object.entries(def.shape!).map(([key, field]) => [key, withControlCharacters(field)] as const);
      return { value: Object.fromEntries(fields.map(([k, f]) => [k, f.value])), hasText: fields.some(([, f]) => f.hasText) };
    }
    case "record": {
      const key = withControlCharacters(def.keyType!);
      const value = withControlCharacters(def.valueType!);
      return { value: { [typeof key.value === "string" ? key.value : "key"]: value.value }, hasText: key.hasText || value.hasText };
    }
    case "union": {
      // The first branch that takes text, so the NUL is somewhere the procedure accepts.
      const branches = def.options!.map(withControlCharacters);
      return branches.find((b) => b.hasText) ?? branches[0]!;
    }
    case "intersection": {
      const [left, right] = [withControlCharacters(def.left!), withControlCharacters(def.right!)];
      const merge = typeof left.value === "object" && typeof right.value === "object";
      return { value: merge ? { ...(left.value as object), ...(right.value as object) } : left.value, hasText: left.hasText || right.hasText };
    }
    default:
      // A kind this walk does not know (custom, file, map…): fail loudly rather than silently skip it.
      throw new Error(`control-characters test: no rule for zod type "${def.type}"`);
  }
}

/** The procedure's input: its `.input()` schemas merged (tRPC merges chained object inputs). */
function inputFor(path: string): { value: unknown; hasText: boolean } | undefined {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: Schema[] } }>)[path]!;
  const parts = procedure._def.inputs.map(withControlCharacters);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return { value: Object.assign({}, ...parts.map((p) => p.value)), hasText: parts.some((p) => p.hasText) };
}

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const withText = procedurePaths.filter((path) => inputFor(path)?.hasText);

async function codeOf(actor: Actor, path: string, input: unknown): Promise<string | null> {
  let fn: unknown = createCaller({ actor });
  for (const part of path.split(".")) fn = (fn as Record<string, unknown>)[part];
  try {
    await (fn as (input: unknown) => Promise<unknown>)(input);
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("NUL in any text a procedure takes", () => {
  let admin: Actor;
  beforeAll(async () => {
    const actor = await createActorWithRole(testDb(), "LD_ADMIN");
    admin = { ...actor, roles: [...ROLES] };
    console.log(
      `control characters: ${withText.length} procedures take text and are covered; ` +
        `${procedurePaths.length - withText.length} of ${procedurePaths.length} take none and are skipped`,
    );
  });

  it("covers the router (the walk found procedures that take text)", () => {
    expect(withText.length).toBeGreaterThan(10);
  });

  it.each(withText)("%s refuses it with BAD_REQUEST, never a 500", async (path) => {
    const code = await codeOf(admin, path, inputFor(path)!.value);
    expect({ path, code }).toEqual({ path, code: "BAD_REQUEST" });
  });
});

// Kept small on purpose: app/api handlers are being moved onto one wrapper (server/http/route.ts).
describe("NUL in a route parameter: GET /api/sessions/%00/ics", () => {
  it("answers 400 or 404, not 500 (signed in as a learner)", async () => {
    vi.mocked(getActor).mockResolvedValue(await createActorWithRole(testDb(), "LEARNER"));
    const res = await sessionIcs(new Request("http://localhost/api/sessions/%00/ics"), { params: Promise.resolve({ id: "\u0000" }) });
    expect([400, 404]).toContain(res.status);
  });
});
