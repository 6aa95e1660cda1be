// The rules of the house that a reviewer would otherwise have to remember (docs/ARCHITECTURE.md): every module under
// server/ runs only on the server and reads the environment only through env().
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string, withTests = false): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") out.push(...sourceFiles(rel, withTests));
    } else if (/\.tsx?$/.test(entry.name) && (withTests || !/\.test\.tsx?$/.test(entry.name))) {
      out.push(rel);
    }
  }
  return out;
}

/** Files of `files` whose text breaks `rule` (exported so the rules themselves are tested). */
export function breaking(files: { path: string; text: string }[], rule: (text: string, file: string) => boolean): string[] {
  return files.filter((f) => rule(f.text, f.path)).map((f) => f.path);
}

const missesServerOnly = (text: string) => !/^import "server-only";$/m.test(text);
// Spelt in two parts so that this file does not match its own rule (a grep for the variable finds env.ts only).
const PROCESS_ENV = new RegExp(["\\bprocess", "env\\b"].join("\\."));
const readsProcessEnv = (text: string, file: string) => file !== path.join("server", "env.ts") && PROCESS_ENV.test(text);
const explainsMissingMarker = (text: string) => new RegExp(["server-only", "marker"].join(" "), "i").test(text);

describe("the house rules", () => {
  const files = sourceFiles("server").map((p) => ({ path: p, text: readFileSync(path.join(root, p), "utf8") }));

  it("finds the server's modules", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("marks every module under server/ server-only", () => {
    expect(breaking(files, missesServerOnly)).toEqual([]);
  });

  it("reads the environment only in server/env.ts (tests set it through tests/env.ts)", () => {
    const withTests = sourceFiles("server", true).map((p) => ({ path: p, text: readFileSync(path.join(root, p), "utf8") }));
    expect(breaking(withTests, readsProcessEnv)).toEqual([]);
  });

  it("leaves no comment explaining a missing server-only marker", () => {
    expect(breaking(files, explainsMissingMarker)).toEqual([]);
  });

  it("would catch a module that breaks them", () => {
    const bad = [
      { path: "server/x.ts", text: `import { db } from "~/server/db";\nconst port = process${".env"}.PORT;\n` },
      { path: "server/env.ts", text: `import "server-only";\nprocess${".env"}.X;\n` },
    ];
    expect(breaking(bad, missesServerOnly)).toEqual(["server/x.ts"]);
    expect(breaking(bad, readsProcessEnv)).toEqual(["server/x.ts"]);
  });
});
