import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { catalogues } from "~/messages";
import { LOCALES } from "~/lib/i18n/locales";
import { isKeyUsed, leafKeys, readSourceWords } from "~/tests/i18n/message-keys";

const get = (obj: unknown, key: string): unknown => key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

/** The arguments a message takes ({name}, {count, plural, …}) and the rich-text tags it wraps. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) names.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        names.add(e.value);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) {
        names.add(`<${e.value}>`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const english = leafKeys(catalogues.en);

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalogue", (locale) => {
  const messages = catalogues[locale];

  it("has every English key, none empty, and no key English lacks", () => {
    const keys = leafKeys(messages);
    expect(english.filter((k) => typeof get(messages, k) !== "string" || !(get(messages, k) as string).trim()), "missing or empty").toEqual([]);
    expect(keys.filter((k) => get(catalogues.en, k) === undefined), "not in English").toEqual([]);
  });

  it("is translated: no namespace is left mostly in English", () => {
    const untranslated: string[] = [];
    const namespaces = new Map<string, { same: number; all: number }>();
    for (const key of english) {
      const ns = key.split(".").slice(0, key.startsWith("errors.") ? 2 : 1).join(".");
      const n = namespaces.get(ns) ?? { same: 0, all: 0 };
      n.all++;
      const mine = get(messages, key) as string;
      // Words that read the same in every language (CSV, OK, placeholders only) are not counted against a namespace.
      if (mine === get(catalogues.en, key) && /[a-z]{3,}/.test(mine.replace(/\{[^}]*\}/g, ""))) n.same++;
      namespaces.set(ns, n);
    }
    for (const [ns, { same, all }] of namespaces) if (all >= 3 && same / all > 0.3) untranslated.push(`${ns}: ${same} of ${all} messages as in English`);
    expect(untranslated).toEqual([]);
  });

  it("takes the same arguments as English in every message, in valid ICU syntax", () => {
    const wrong: string[] = [];
    for (const key of english) {
      const message = get(messages, key);
      if (typeof message !== "string") continue;
      let args: string[];
      try {
        args = argumentsOf(message);
      } catch (error) {
        wrong.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      const expected = argumentsOf(get(catalogues.en, key) as string);
      if (args.join() !== expected.join()) wrong.push(`${key}: ${args.join(" ")} ≠ ${expected.join(" ")}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the English catalogue", () => {
  it("parses as ICU everywhere", () => {
    expect(english.filter((k) => { try { argumentsOf(get(catalogues.en, k) as string); return false; } catch { return true; } })).toEqual([]);
  });

  // Reads and parses every source file: a couple of seconds alone, several on a busy machine.
  it("has no key that no code uses", { timeout: 60_000 }, () => {
    const words = readSourceWords(process.cwd());
    expect(english.filter((k) => !isKeyUsed(k, words))).toEqual([]);
  });
});
