// Kept free of zod: client components (the mentor browser's filters, the duration picker) import these lists, and
// importing them from lib/schemas would ship zod to every page that shows them (scripts/bench/weight.ts).

/** Languages MentorNet offers for profiles and filters (codes; labels come from the message catalogue). */
export const MENTORING_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "ja", "de"] as const;
export type MentoringLanguage = (typeof MENTORING_LANGUAGES)[number];

/** How long a pairing runs, chosen by the pair. */
export const PAIRING_DURATIONS = [3, 6, 9, 12] as const;
