/**
 * A path's (or an external step's) title and summary in the reader's language: `translations` holds
 * {"fr": {"title": …, "summary": …}, "zh": {…}}; a missing or empty translation falls back to the columns (English).
 */
export function localizePathText<T extends { title: string; summary?: string; translations: unknown }>(row: T, locale: string): T {
  const all = row.translations && typeof row.translations === "object" && !Array.isArray(row.translations) ? (row.translations as Record<string, unknown>) : {};
  const entry = all[locale];
  const text = entry && typeof entry === "object" ? (entry as Record<string, unknown>) : {};
  const filled = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
  return {
    ...row,
    title: filled(text.title) ? text.title : row.title,
    ...(row.summary !== undefined ? { summary: filled(text.summary) ? text.summary : row.summary } : {}),
  };
}
