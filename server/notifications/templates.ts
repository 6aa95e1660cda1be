import "server-only";
import { en } from "~/messages/en";

/**
 * Which catalogue messages word a notification: the title is its mail's subject, the short line (when the template
 * has one) is in messages/<locale>/notifications.json under `lines.<namespace>.<template>`. The catalogue's shape and
 * the arguments of its messages are the same in every language, so the English catalogue answers for all of them.
 */

function node(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((n, key) => (n !== null && typeof n === "object" ? (n as Record<string, unknown>)[key] : undefined), root);
}

/**
 * The key of the title inside the mail namespace: `<template>.subject` for a templated mail, the message `template`
 * itself for a mail laid out by renderLayout (the reminders' `learnerSubjectDue`, `digestSubject`); null when the
 * catalogue no longer holds it (a notification written before a template was removed).
 */
export function subjectKey(namespace: string, template: string): string | null {
  const n = node(en, `${namespace}.${template}`);
  if (typeof n === "string") return template;
  if (n !== null && typeof n === "object" && typeof (n as Record<string, unknown>).subject === "string") return `${template}.subject`;
  return null;
}

/** The key of the short line under `notifications.lines`, or null when the template has none. */
export function lineKey(namespace: string, template: string): string | null {
  const key = `${namespace}.${template}`;
  return typeof node(en.notifications.lines, key) === "string" ? key : null;
}

/** The English source of the title and of the short line, for the arguments they use. */
function sources(namespace: string, template: string): string[] {
  const subject = subjectKey(namespace, template);
  const line = lineKey(namespace, template);
  return [
    ...(subject ? [node(en, `${namespace}.${subject}`) as string] : []),
    ...(line ? [node(en.notifications.lines, line) as string] : []),
  ];
}

/**
 * The arguments an ICU message uses: `{name}`, `{count, plural, …}` and those inside plural and select options
 * (`{accepted, select, true {{coach} accepted} other {…}}` uses accepted and coach, not the option words).
 */
export function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const n = message.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && /\s/.test(message[i]!)) i++;
  };
  const word = () => {
    const start = i;
    while (i < n && !/[\s,{}]/.test(message[i]!)) i++;
    return message.slice(start, i);
  };
  // Text up to the brace that closes the enclosing option (or the end), collecting the arguments in it.
  const text = (): void => {
    while (i < n) {
      const c = message[i]!;
      if (c === "'" && message[i + 1] === "'") i += 2;
      else if (c === "'" && /[{}#|]/.test(message[i + 1] ?? "")) {
        // A quoted literal ('{'): up to the next single quote.
        i = message.indexOf("'", i + 1);
        i = i < 0 ? n : i + 1;
      } else if (c === "}") return;
      else if (c === "{") {
        i++;
        argument();
      } else i++;
    }
  };
  const argument = (): void => {
    skipSpace();
    const name = word();
    if (name) names.add(name);
    skipSpace();
    if (message[i] === ",") {
      i++;
      skipSpace();
      const type = word();
      skipSpace();
      if ((type === "plural" || type === "select" || type === "selectordinal") && message[i] === ",") {
        i++;
        while (i < n) {
          skipSpace();
          const c = message[i];
          if (c === "}") break;
          if (c === "{") {
            i++;
            text();
            i++;
          } else if (!word()) i++;
        }
      } else {
        // number, date, time and their styles
        while (i < n && message[i] !== "}") i++;
      }
    } else {
      while (i < n && message[i] !== "}") i++;
    }
    i++;
  };
  text();
  return [...names];
}

const usedCache = new Map<string, Set<string>>();

/** The arguments the title and short line of a template use (cached: the reminder run asks once per message). */
function usedArguments(namespace: string, template: string): Set<string> {
  const id = `${namespace}:${template}`;
  let used = usedCache.get(id);
  if (!used) usedCache.set(id, (used = new Set(sources(namespace, template).flatMap(argumentNames))));
  return used;
}

export type NotificationValue = string | number | boolean | string[];
export type NotificationValues = Record<string, NotificationValue>;

/**
 * The values a notification keeps: those its title and short line use. The mail's long texts (schedules, the other
 * sessions, a personal message) stay in the mail; dates become ISO strings.
 */
export function notificationValues(namespace: string, template: string, values: Record<string, unknown>): NotificationValues {
  const used = usedArguments(namespace, template);
  const kept: NotificationValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!used.has(key)) continue;
    if (value instanceof Date) kept[key] = value.toISOString();
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") kept[key] = value;
    else if (Array.isArray(value)) kept[key] = value.map(String);
    else if (value !== null && value !== undefined) kept[key] = String(value);
  }
  return kept;
}

/** True when `values` hold every argument `message` uses (a notification kept from an older wording may not). */
export function hasArguments(message: string, values: Record<string, unknown>): boolean {
  return argumentNames(message).every((name) => name in values);
}

/** The English source of a message of the catalogue (for hasArguments). */
export function sourceOf(path: string): string | null {
  const n = node(en, path);
  return typeof n === "string" ? n : null;
}
