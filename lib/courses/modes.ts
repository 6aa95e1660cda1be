// Kept free of zod: client components (the catalogue's filters) import these lists, and importing them from
// lib/schemas would ship zod to every page that shows them (scripts/bench/weight.ts).

/** How a course is delivered: the catalogue's filter, the course form and the reports' breakdown. */
export const COURSE_MODES = ["ONLINE", "CLASSROOM", "VIRTUAL", "BLENDED", "EXTERNAL"] as const;
export type CourseModeValue = (typeof COURSE_MODES)[number];
