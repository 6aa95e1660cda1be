import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Which message keys the code can reach, found by reading the source rather than running it: every string literal,
 * every template literal's fixed head (`state.${s}` reaches every key under "state."), and every property name in a
 * member chain (`messages.team.csv` reaches the whole "team.csv" object). A key is used when one of its dot-suffixes
 * is a literal (t("requests.title") under useTranslations("mentoring")) and the rest of the key is a namespace some
 * literal names, or when a template head or member chain covers it.
 */

export type SourceWords = { literals: Set<string>; heads: string[]; chains: Set<string> };

const SOURCE_DIRS = ["app", "components", "server", "lib", "scripts", "prisma", "messages"];

function* sourceFiles(root: string, dir: string): Generator<string> {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "generated" || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      yield* sourceFiles(root, rel);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.(int\.)?test\.tsx?$/.test(entry.name)) {
      yield rel;
    }
  }
}

export function readSourceWords(root: string): SourceWords {
  const literals = new Set<string>();
  const heads: string[] = [];
  const chains = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    if (!fs.existsSync(path.join(root, dir))) continue;
    for (const file of sourceFiles(root, dir)) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
        else if (ts.isTemplateExpression(node)) {
          if (node.head.text) heads.push(node.head.text);
          // `${prefix}.title`: the fixed tail after the last substitution is a key suffix.
          const last = node.templateSpans.at(-1);
          if (last?.literal.text.startsWith(".")) literals.add(last.literal.text.slice(1));
        } else if (ts.isPropertyAccessExpression(node)) {
          const names: string[] = [];
          let e: ts.Expression = node;
          while (ts.isPropertyAccessExpression(e)) {
            names.unshift(e.name.text);
            e = e.expression;
          }
          if (names.length >= 1) chains.add(names.join("."));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { literals, heads, chains };
}

/** Every leaf key of a catalogue, as "a.b.c". */
export function leafKeys(obj: unknown, prefix = ""): string[] {
  if (!obj || typeof obj !== "object") return [prefix.slice(0, -1)];
  return Object.entries(obj).flatMap(([k, v]) => leafKeys(v, `${prefix}${k}.`));
}

export function isKeyUsed(key: string, words: SourceWords): boolean {
  const parts = key.split(".");
  for (let i = 0; i < parts.length; i++) {
    const suffix = parts.slice(i).join(".");
    const namespace = parts.slice(0, i).join(".");
    if (words.literals.has(suffix) && (i === 0 || words.literals.has(namespace) || namespacePrefixUsed(parts.slice(0, i), words))) return true;
  }
  // A dynamic key: t(`state.${state}`) or t(`${kind}.title`)-style heads under a namespace.
  for (const head of words.heads) {
    for (let i = 0; i < parts.length; i++) {
      const suffix = parts.slice(i).join(".");
      if (suffix.startsWith(head) && head.length > 0 && (i === 0 || words.literals.has(parts.slice(0, i).join(".")) || namespacePrefixUsed(parts.slice(0, i), words))) return true;
    }
  }
  // Read as properties: m.table.allGroups (a suffix of two names or more), or w.sheetByCategory after w = m.workbook.
  for (let i = 0; i < parts.length - 1; i++) {
    if (words.chains.has(parts.slice(i).join("."))) return true;
  }
  if (parts.length >= 2 && words.chains.has(parts.at(-1)!) && [...words.chains].some((c) => c === parts.at(-2) || c.endsWith(`.${parts.at(-2)}`))) return true;
  // An object handed over whole: messages.team.csv, t.raw("lines") → every key under it.
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(".");
    if (words.chains.has(prefix) || [...words.chains].some((c) => c.endsWith(`.${prefix}`))) {
      if (i >= 2) return true;
    }
  }
  return false;
}

/** "mentoring.requests" is a namespace the code uses when some literal names it or a longer namespace ending in it. */
function namespacePrefixUsed(ns: string[], words: SourceWords): boolean {
  for (let j = 1; j < ns.length; j++) {
    if (words.literals.has(ns.slice(j).join(".")) && words.literals.has(ns.slice(0, j).join("."))) return true;
  }
  return false;
}
