import type { ContentCourse } from "./types.ts";
import { workingTogether } from "./working-together.ts";
import { bsafe } from "./bsafe.ts";
import { antiFraud } from "./anti-fraud.ts";
import { mentoringEssentials, menteeGuidelines } from "./mentoring-essentials.ts";

export type { ContentCourse, ContentLesson, ContentQuestion } from "./types.ts";
export { workingTogether, bsafe, antiFraud, mentoringEssentials, menteeGuidelines };

// The course content shipped with Pathway: data, not logic, so the seed, the server and the e2e journeys read the same text.
/** Courses every installation starts with: the mandatory courses plus the mentor preparation course. */
export const bootstrapCourses: ContentCourse[] = [workingTogether, bsafe, antiFraud, mentoringEssentials];
