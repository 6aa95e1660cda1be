// Reading the router's zod (v4) input schemas for the attack tests (server/api/attacks/*): a plausible input for each
// procedure, and every position in it with the schema that position must satisfy.
import { appRouter } from "~/server/api/root";

/** The parts of a zod v4 schema this module reads. */
export type Def = {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  items?: Schema[];
  in?: Schema;
  out?: Schema;
  left?: Schema;
  right?: Schema;
  valueType?: Schema;
  keyType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => Schema;
  coerce?: boolean;
};
export type Schema = { _zod: { def: Def; bag: Record<string, unknown> }; safeParse(value: unknown): { success: boolean } };

export type Path = (string | number)[];
/** A position of the input: where it is, the schema that must accept what is there, and its unwrapped kind. */
export type Position = { path: Path; schema: Schema; core: Schema };

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "catch", "readonly", "promise"]);

/** The schema under optional/nullable/default/pipe/lazy… wrappers. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    if (WRAPPERS.has(def.type)) s = def.innerType!;
    else if (def.type === "pipe") s = def.in!;
    else if (def.type === "lazy") s = def.getter!();
    else return s;
  }
}

const STRINGS = ["x", "1.5", "ckabcdefghijklmnopqrstuvw", "2030-01-15", "2030-01-15T10:00:00.000Z", "test@example.org", "https://example.org/", "en", "Abc 123", "P3"];
const NUMBERS = [1, 0, 10, 50, 100, 2030, 0.5];

/** A value `schema` accepts where one is easy to find (else a plausible one), so a hostile value elsewhere is the only fault. */
export function plausible(schema: Schema, depth = 0): unknown {
  const pick = <T,>(candidates: T[]) => candidates.find((c) => schema.safeParse(c).success) ?? candidates[0];
  const core = unwrap(schema);
  const def = core._zod.def;
  if (depth > 12) return undefined;
  switch (def.type) {
    case "string":
    case "template_literal":
      return pick(STRINGS);
    case "any":
    case "unknown":
      return "x";
    case "number":
    case "int":
      return pick(NUMBERS);
    case "bigint":
      return 1n;
    case "boolean":
      return true;
    case "date":
      return new Date("2030-01-15T10:00:00Z");
    case "enum":
      return Object.values(def.entries!)[0];
    case "literal":
      return def.values![0];
    case "null":
      return null;
    case "array":
    case "set": {
      const item = plausible(def.element ?? def.valueType!, depth + 1);
      const items = pick([[item], [item, item], [item, item, item], []]);
      return def.type === "set" ? new Set(items) : items;
    }
    case "tuple":
      return def.items!.map((i) => plausible(i, depth + 1));
    case "object":
      return Object.fromEntries(Object.entries(def.shape!).map(([k, f]) => [k, plausible(f, depth + 1)]));
    case "record": {
      const key = plausible(def.keyType!, depth + 1);
      return { [typeof key === "string" ? key : "key"]: plausible(def.valueType!, depth + 1) };
    }
    case "union":
      return pick(def.options!.map((o) => plausible(o, depth + 1)));
    case "intersection":
      return { ...(plausible(def.left!, depth + 1) as object), ...(plausible(def.right!, depth + 1) as object) };
    default:
      return undefined;
  }
}

/** Every position of `value` (as plausible() built it for `schema`), the root included. */
export function positions(schema: Schema, path: Path = [], depth = 0): Position[] {
  const core = unwrap(schema);
  const def = core._zod.def;
  const here: Position = { path, schema, core };
  if (depth > 12) return [here];
  switch (def.type) {
    case "object":
      return [here, ...Object.entries(def.shape!).flatMap(([k, f]) => positions(f, [...path, k], depth + 1))];
    case "array":
      return [here, ...positions(def.element!, [...path, 0], depth + 1)];
    case "tuple":
      return [here, ...def.items!.flatMap((item, i) => positions(item, [...path, i], depth + 1))];
    default:
      return [here];
  }
}

/** A copy of `value` with `replacement` at `path` (an array position that does not exist is created). */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const obj = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return { ...obj, [head!]: replaceAt(obj[head!], rest, replacement) };
}

type ProcedureDef = { _def: { inputs: Schema[]; type: "query" | "mutation" | "subscription" } };
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

export const procedurePaths = Object.keys(procedures).sort();

/** The procedure's input schema (tRPC merges chained `.input()` objects; so does this), or null when it takes none. */
export function inputSchema(path: string): Schema | null {
  const inputs = procedures[path]!._def.inputs;
  if (inputs.length === 0) return null;
  if (inputs.length === 1) return inputs[0]!;
  // Chained object inputs: one object schema holding every part's keys.
  const shape = Object.assign({}, ...inputs.map((s) => unwrap(s)._zod.def.shape ?? {})) as Record<string, Schema>;
  const parse = (value: unknown) => ({ success: inputs.every((s) => s.safeParse(value).success) });
  return { _zod: { def: { type: "object", shape }, bag: {} }, safeParse: parse };
}

export function procedureType(path: string) {
  return procedures[path]!._def.type;
}

/** Calls `path` on a caller as tRPC's client would (caller.ns.name(input)). */
export async function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  let fn: unknown = caller;
  for (const part of path.split(".")) fn = (fn as Record<string, unknown>)[part];
  return (fn as (input: unknown) => Promise<unknown>)(input);
}
