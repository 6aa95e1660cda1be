import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTranslator } from "use-intl/core";
import type { Locale } from "../lib/i18n/locales";

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
type Catalogue = Record<string, unknown>;
const translators = new Map<Locale, Translate>();

/**
 * A language's messages, assembled as messages/<locale>.ts does (one namespace per file; errors/<domain>.json under
 * "errors", errors/page.json at its top) — read from the files, since Playwright's loader cannot import JSON modules.
 */
function catalogue(locale: Locale): Catalogue {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "messages", locale);
  const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Catalogue;
  const messages: Catalogue = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) messages[f.slice(0, -5)] = read(path.join(dir, f));
  const errors: Catalogue = read(path.join(dir, "errors", "page.json"));
  for (const f of readdirSync(path.join(dir, "errors")).filter((f) => f.endsWith(".json") && f !== "page.json")) errors[f.slice(0, -5)] = read(path.join(dir, "errors", f));
  messages.errors = errors;
  return messages;
}

/** A message of the app's catalogue in `locale`: the journeys in French and Chinese find buttons by their own words. */
export function tr(locale: Locale, key: string, values?: Record<string, string | number | Date>): string {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: catalogue(locale) }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t(key, values);
}
