// Logs carry ids, never names, e-mails, tokens, passwords, secrets, links that hold a token (magic links) or free text
// (issue 14, "privacy by default"): every console call under server/ and app/ is read, and one that interpolates or
// passes such a value fails here. (scripts/start.ts prints the operator's own configuration errors at start-up, and the
// database address only through maskUrl(); it is outside this rule.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") out.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

/** The argument text of every console.log/info/warn/error/debug call (balanced parentheses, strings skipped over). */
export function consoleCalls(text: string): string[] {
  const calls: string[] = [];
  const start = /\bconsole\.(?:log|info|warn|error|debug|trace)\s*\(/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    let quote: string | null = null;
    for (; i < text.length && depth > 0; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
        else if (quote === "`" && c === "$" && text[i + 1] === "{") {
          // an interpolation: scan it as code until its closing brace
          let braces = 0;
          for (i += 1; i < text.length; i++) {
            if (text[i] === "{") braces++;
            else if (text[i] === "}" && --braces === 0) break;
          }
        }
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    }
    calls.push(text.slice(m.index + m[0].length, i - 1));
  }
  return calls;
}

// Values that identify a person or carry a secret or someone's words. `error.name` (a class name) and ids are fine.
const PERSONAL = /^(?:e-?mail|emails?|fullName|firstName|lastName|displayName|name|tokens?|password|secret|apiKey|url|link|magicLink|href|notes?|comment|message|topics|body|text)$/i;
const CONTAINS = /(?:email|token|password|secret|fullName)/i;

/** The code of a call's arguments, string literals removed (what they say is fixed text), interpolations kept. */
function codeOf(args: string): string {
  return args
    .replace(/`(?:[^`\\$]|\\.|\$(?!\{))*`/g, " ") // template literal without interpolation
    .replace(/`[^`]*`/g, (t) => [...t.matchAll(/\$\{([^}]*)\}/g)].map((x) => x[1]).join(" , ")) // keep ${…}
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, " ");
}

/** Identifiers (and property paths) in a console call that look like personal data, or [] when it logs only ids and counts. */
export function personalValues(args: string): string[] {
  const found: string[] = [];
  for (const m of codeOf(args).matchAll(/[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*/g)) {
    const parts = m[0].split(/\s*\??\.\s*/);
    const last = parts.at(-1)!;
    const owner = parts.at(-2);
    if (/^(?:as|Error|String|Number|toIsoDate|maskUrl)$/.test(last) && parts.length === 1) continue;
    if (last === "name" && owner && /^(?:error|err|e|cause|event|job|queue|route|where)$/i.test(owner)) continue;
    if (last === "message" && owner && /^(?:error|err|e|cause)$/i.test(owner)) {
      // an error's message may quote what a person typed (a parse error of their input): log the error (stack), not its text
      found.push(m[0]);
      continue;
    }
    if (/Id$|Ids$|^id$|^ids$/.test(last)) continue;
    if (PERSONAL.test(last) || CONTAINS.test(last)) found.push(m[0]);
  }
  return found;
}

describe("logs carry ids, never personal data", () => {
  const files = [...sourceFiles("server"), ...sourceFiles("app")].map((p) => ({
    path: p,
    text: readFileSync(path.join(root, p), "utf8"),
  }));

  it("finds the console calls of the server and the app", () => {
    expect(files.flatMap((f) => consoleCalls(f.text)).length).toBeGreaterThan(3);
  });

  it("no console call prints a name, an e-mail, a token, a password, a secret, a link or free text", () => {
    const offenders = files.flatMap((f) => consoleCalls(f.text).flatMap((call) => personalValues(call).map((v) => `${f.path}: ${v}`)));
    expect(offenders).toEqual([]);
  });

  it("would catch the calls that leak, and leave ids and counts alone", () => {
    const leaks = [
      "`sent a magic link to ${email}`",
      "`signed in: ${actor.fullName}`",
      '"verification", url',
      "`token ${token}`",
      "`API token ${apiToken.tokenHash}`",
      "`failed: ${(error as Error).message}`",
      "`note ${meeting.notes}`",
      "`user ${user.name}`",
    ];
    for (const args of leaks) expect(personalValues(args), args).not.toEqual([]);
    const fine = [
      "`[jobs] mail: ${result.sent} sent, ${result.retrying} to retry`",
      "`[trpc] ${path} failed (request ${requestId}):`, result.error.cause ?? result.error",
      "`[rate-limit] idle connection failed (${error.code ?? error.name})`",
      "`staff ${actor.id} signed in`, staffId",
      '"[jobs] the job worker did not start:", error',
    ];
    for (const args of fine) expect(personalValues(args), args).toEqual([]);
    expect(consoleCalls('console.error(`a ${f(x)} b`, y); console.log("(", z)')).toEqual(["`a ${f(x)} b`, y", '"(", z']);
  });
});
