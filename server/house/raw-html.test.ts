// Stored script has one way in: HTML a component inserts as is. Only two components do, both given HTML that
// lib/markdown.ts produced and sanitised on the server (lib/markdown.test.ts attacks it; e2e/stored-script.spec.ts
// renders the payloads in Chromium). Every other text is rendered by React, which escapes it. A new raw-HTML sink must
// be added here on purpose, with where its HTML comes from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const RAW_HTML_SINKS: Record<string, string> = {
  "components/courses/prose.tsx": "lesson and course-page text: renderMarkdown() in server/courses/player.ts and catalogue.ts",
  "components/mentoring/guidelines.tsx": "the mentee guidelines: renderMarkdown() in server/mentoring/profiles.ts",
};

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : files(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe("raw HTML", () => {
  it("is inserted only by the components that show sanitised Markdown", () => {
    const sinks = ["app", "components", "lib", "server"]
      .flatMap(files)
      .filter((f) => readFileSync(path.join(root, f), "utf8").includes(["dangerously", "SetInnerHTML"].join("")));
    expect(sinks.sort()).toEqual(Object.keys(RAW_HTML_SINKS).sort());
  });
});
