import "server-only";
import { expireMentoringRequests } from "~/server/mentoring/requests";
import { sendPairingPrompts } from "~/server/mentoring/pairings";

/**
 * MentorNet's daily run: expire unanswered requests (telling the mentees) and send the mid-point and
 * planned-end prompts of pairings. Idempotent: running it twice a day, or after a missed day, sends
 * nothing twice. Pages also expire requests on read, so nobody waits for the job to see the truth.
 */
export async function runMentoringDaily(asOf: Date = new Date()): Promise<{ expired: number; prompts: number }> {
  const expired = await expireMentoringRequests(asOf);
  const prompts = await sendPairingPrompts(asOf);
  return { expired, prompts };
}
