import { z } from "zod";

/** L&D's xAPI page: which page of failing statements. */
export const XapiOverviewInput = z.object({ page: z.number().int().min(1).max(100_000).default(1) });
export type XapiOverviewInput = z.infer<typeof XapiOverviewInput>;
