/** "en" → "English", "zh-Hans" → "Chinese (Simplified)"; the code itself when the runtime does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Training days travel as exact decimal strings; ICU plurals need a number (safe: at most 3 decimals). */
export function daysNumber(days: string): number {
  return Number(days);
}
