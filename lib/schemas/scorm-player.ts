import { z } from "zod";

/** The most a commit may weigh: 2004's 64,000 characters of suspend data plus interactions and objectives. */
export const SCORM_COMMIT_MAX_BYTES = 256 * 1024;

/**
 * One commit of a SCO's run-time data from the lesson page (POST /api/scorm/commit, also as a sendBeacon string):
 * the launch it belongs to, its sequence number within that launch, and scorm-again's rendering of the CMI. The
 * values inside `cmi` are checked against the standard by lib/scorm/cmi.ts.
 */
export const ScormCommitInput = z.object({
  lessonId: z.string().min(1).max(64),
  launchId: z.string().regex(/^\d{1,9}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  seq: z.number().int().min(1).max(1_000_000_000),
  cmi: z.record(z.string(), z.unknown()),
});
export type ScormCommit = z.infer<typeof ScormCommitInput>;
