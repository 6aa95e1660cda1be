// Hostile input for every procedure, generated from its input schema with fast-check: wrong types, 100 k-character
// text, control characters, extreme and non-finite numbers, invalid dates, impossible calendar days, deep nesting,
// 100 k-item arrays, extra and prototype-polluting fields. A value the field's own schema refuses must be answered
// with a 4xx tRPC code and a clear message, never a 500, and change nothing in the database; a value the schema lets
// through (an unbounded number or list) must still never be a 500. Replay a failure with FUZZ_SEED=<seed printed>.
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import type { Position, Schema } from "~/tests/attacks/schema";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { appRouter, createCaller } = await import("~/server/api/root");
const { createContext } = await import("~/server/api/context");
const { ROLES } = await import("~/server/auth/roles");
const { testDb } = await import("~/tests/db");
const { createActorWithRole } = await import("~/tests/factories");
const { fingerprint } = await import("~/tests/attacks/fingerprint");
const { inputSchema, invoke, plausible, positions, procedurePaths, replaceAt } = await import("~/tests/attacks/schema");

const { fuzzSeed } = await import("~/tests/env");
const SEED = fuzzSeed(20261207);
const RUNS = 8;
const REFUSALS = ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "UNPROCESSABLE_CONTENT", "PRECONDITION_FAILED", "TOO_MANY_REQUESTS", "METHOD_NOT_SUPPORTED"];

const HUGE = "A".repeat(100_000);
const deep = (levels: number): unknown => {
  let v: unknown = "x";
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};
const DEEP = deep(1_000);

type Attack = { name: string; value: (position: Position, base: unknown) => unknown };

/** Hostile values for a position, whatever its kind; each is used only where the position's schema refuses it. */
const ATTACKS: Attack[] = [
  { name: "number instead", value: () => 12345 },
  { name: "text instead", value: () => "not the right type" },
  { name: "boolean instead", value: () => true },
  { name: "object instead", value: () => ({ a: 1 }) },
  { name: "array instead", value: () => ["a", 1, null] },
  { name: "null", value: () => null },
  { name: "100k characters", value: () => HUGE },
  { name: "NUL", value: () => "a\u0000b" },
  { name: "escape sequence", value: () => "\u001b[2J\u0007bell" },
  { name: "+1e308", value: () => 1e308 },
  { name: "-1e308", value: () => -1e308 },
  { name: "NaN", value: () => Number.NaN },
  { name: "Infinity", value: () => Number.POSITIVE_INFINITY },
  { name: "-0.5", value: () => -0.5 },
  { name: "2^53", value: () => 2 ** 53 },
  { name: "invalid Date", value: () => new Date(Number.NaN) },
  { name: "year 275760", value: () => new Date(8.64e15) },
  { name: "30 February", value: () => "2030-02-30" },
  { name: "month 13", value: () => "2030-13-01" },
  { name: "1,000 levels deep", value: () => DEEP },
  { name: "100k items", value: (_p, base) => new Array(100_000).fill(Array.isArray(base) ? (base[0] ?? "x") : "x") },
  { name: "wrong items", value: () => [{ a: { b: [1, "2", null] } }, 12, true] },
];

/** Fields a forged request might add, hoping one reaches a query unchecked. */
const EXTRA = JSON.parse('{"__proto__":{"polluted":"yes"},"isAdmin":true,"roles":["LD_ADMIN"],"staffId":"someone-else","actorId":"someone-else","constructor":{"prototype":{"polluted":"yes"}}}') as Record<string, unknown>;

type Case = { path: Path; attack: string; value: unknown; refused: boolean };
type Path = (string | number)[];

/** Every (position × attack) for a procedure: `refused` when the position's own schema refuses the value. */
function casesFor(schema: Schema): { base: unknown; cases: Case[] } {
  const base = plausible(schema);
  const cases: Case[] = [];
  for (const position of positions(schema)) {
    const kind = position.core._zod.def.type;
    if (kind === "any" || kind === "unknown") continue;
    const here = position.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], base);
    for (const attack of ATTACKS) {
      const value = attack.value(position, here);
      const refused = !position.schema.safeParse(value).success;
      // What the schema accepts is interesting only where it is extreme (a huge list, text or number, a strange date).
      if (!refused && !["100k characters", "100k items", "+1e308", "-1e308", "2^53", "-0.5", "year 275760", "30 February", "month 13"].includes(attack.name)) continue;
      cases.push({ path: position.path, attack: attack.name, value, refused });
    }
  }
  return { base, cases };
}

const db = testDb();
const withInput = procedurePaths.filter((p) => inputSchema(p) !== null);

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof TRPCError) return { code: error.code, message: error.message };
  return { code: "NOT A TRPC ERROR", message: String(error) };
}

/** A message a person can read: not the generic internal one, no stack, no SQL or Prisma internals. */
function clearMessage(message: string): boolean {
  return !/^Internal (server )?error/i.test(message) && !/\n\s+at |\bprisma\b|invalid `|SELECT |INSERT |violates/i.test(message) && message.length > 0;
}

describe("fuzzing every procedure's input", () => {
  let admin: Actor;
  const accepted: string[] = [];
  beforeAll(async () => {
    const actor = await createActorWithRole(db, "LD_ADMIN");
    // The most powerful person: every role, so no role guard stops the call before the input is read.
    admin = { ...actor, roles: [...ROLES] };
    console.log(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}); ${withInput.length} of ${procedurePaths.length} procedures take input`);
  });

  it("covers the router", () => {
    expect(withInput.length).toBeGreaterThan(100);
  });

  it.each(withInput)("%s: hostile input is a 4xx with a clear message, and changes nothing", async (path) => {
    const schema = inputSchema(path)!;
    const { base, cases } = casesFor(schema);
    const refused = cases.filter((c) => c.refused);
    expect(refused.length, `${path}: no attack its schema refuses`).toBeGreaterThan(0);
    const before = await fingerprint(db);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...refused), fc.boolean(), fc.constantFrom(null, admin), async (c, extra, actor) => {
        let input = replaceAt(base, c.path, c.value);
        if (extra && input && typeof input === "object" && !Array.isArray(input) && !(input instanceof Date)) input = { ...EXTRA, ...input };
        try {
          await invoke(createCaller({ actor }), path, input);
        } catch (error) {
          const { code, message } = describeError(error);
          const where = `${path} ${c.attack} at ${c.path.join(".") || "(input)"} as ${actor ? "L&D admin" : "signed out"}`;
          expect({ where, code }).toEqual({ where, code: expect.toBeOneOf(REFUSALS) });
          expect(clearMessage(message), `${where}: message ${message.slice(0, 200)}`).toBe(true);
          return;
        }
        expect.fail(`${path} accepted ${c.attack} at ${c.path.join(".") || "(input)"}, which its schema refuses`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await fingerprint(db)).toEqual(before);

    // Extremes the schema lets through: whatever the procedure answers, never a 500.
    for (const c of cases.filter((x) => !x.refused)) {
      try {
        await invoke(createCaller({ actor: admin }), path, replaceAt(base, c.path, c.value));
      } catch (error) {
        const { code, message } = describeError(error);
        const crashed = code === "INTERNAL_SERVER_ERROR" || code === "NOT A TRPC ERROR";
        expect(crashed ? { path, attack: c.attack, at: c.path.join("."), code } : "no crash").toBe("no crash");
        expect(clearMessage(message), `${path}: ${message.slice(0, 200)}`).toBe(true);
        continue;
      }
      accepted.push(`${path} ${c.attack} at ${c.path.join(".") || "(input)"}`);
    }
  });

  it("says which extremes the schemas let through (for the record)", () => {
    if (accepted.length) console.log(`fuzz: accepted without error (${accepted.length}):\n  ${accepted.join("\n  ")}`);
    expect(Array.isArray(accepted)).toBe(true);
  });
});

describe("hostile requests through the HTTP endpoint", () => {
  const ORIGIN = "http://localhost:3000";
  const post = (procedure: string, body: string, headers: Record<string, string> = {}) =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      createContext,
      req: new Request(`${ORIGIN}/api/trpc/${procedure}`, {
        method: "POST",
        headers: { host: "localhost:3000", origin: ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json", ...headers },
        body,
      }),
    });

  beforeAll(async () => {
    session.actor = await createActorWithRole(db, "LD_ADMIN");
  });

  const requests: [string, string, string, Record<string, string>?][] = [
    ["malformed JSON", "categories.create", "{\"json\": {\"name\": "],
    ["JSON of another type", "categories.create", "[1,2,3]"],
    ["1,000 levels of nesting", "categories.create", JSON.stringify({ json: deep(1_000) })],
    ["100k-item array", "categories.create", JSON.stringify({ json: { name: new Array(100_000).fill("x") } })],
    ["superjson meta pointing at a prototype", "categories.create", JSON.stringify({ json: { name: "x" }, meta: { values: { "__proto__.polluted": ["Date"] } } })],
    ["a Date that is not one", "sessions.create", JSON.stringify({ json: { startsAt: "not a date" }, meta: { values: { startsAt: ["Date"] } } })],
    ["NUL in the body", "categories.create", JSON.stringify({ json: { name: "a\u0000b" } })],
    ["a 2 MB name", "categories.create", JSON.stringify({ json: { name: "A".repeat(2_000_000) } })],
    ["a query called with POST", "categories.list", JSON.stringify({ json: null })],
    ["a procedure that does not exist", "nothing.here", JSON.stringify({ json: {} })],
    ["text/plain", "categories.create", JSON.stringify({ json: { name: "x" } }), { "content-type": "text/plain" }],
  ];

  it.each(requests)("%s is a 4xx with a JSON error, never a 500, and changes nothing", async (_name, procedure, body, headers) => {
    const before = await fingerprint(db);
    const res = await post(procedure, body, headers);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const json = (await res.json()) as { error?: { json?: { message?: string; data?: { stack?: string } } } };
    expect(json.error?.json?.message && clearMessage(json.error.json.message)).toBe(true);
    expect(json.error?.json?.data?.stack ?? null).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a batch of hostile calls answers each one with a 4xx, never a 500", async () => {
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      createContext,
      req: new Request(`${ORIGIN}/api/trpc/categories.create,categories.rename,categories.retire?batch=1`, {
        method: "POST",
        headers: { host: "localhost:3000", origin: ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json" },
        body: JSON.stringify({ 0: { json: { name: 12 } }, 1: { json: deep(500) }, 2: "garbage" }),
      }),
    });
    expect(res.status).toBeLessThan(500);
    const text = await res.text();
    const answers = JSON.parse(text) as { error?: { json: { data: { code: string } } } }[];
    expect(Array.isArray(answers), text.slice(0, 300)).toBe(true);
    expect(answers.map((a) => a.error?.json.data.code ?? "ok")).toEqual(["BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST"]);
  });
});
