import "server-only";
import { AppError } from "~/server/errors";
import { hasRole, type Actor } from "~/server/auth/roles";

/**
 * Who may see and do what in MentorNet, object by object (the permission list only says who may call).
 * - A pairing is seen by its two members, and by L&D without anything private (meeting notes, check-in notes).
 * - Only the members act on a pairing; a meeting's notes are the writer's own unless shared with the other member.
 * - A request is seen by its mentee and its mentor.
 */
export type PairingMembers = { menteeId: string; mentorId: string };
export type PairingView = "MENTEE" | "MENTOR" | "PROGRAMME";

export function pairingViewOf(actor: Pick<Actor, "id" | "roles">, pairing: PairingMembers): PairingView | null {
  if (pairing.menteeId === actor.id) return "MENTEE";
  if (pairing.mentorId === actor.id) return "MENTOR";
  if (hasRole(actor, "LD_ADMIN")) return "PROGRAMME";
  return null;
}

/** Members only; anyone else is told the pairing does not exist (its existence is private too). */
export function assertPairingMember(actor: Pick<Actor, "id">, pairing: PairingMembers | null): asserts pairing is PairingMembers {
  if (!pairing || (pairing.menteeId !== actor.id && pairing.mentorId !== actor.id)) {
    throw new AppError("NOT_FOUND", "mentoring.pairings.notFound");
  }
}

export function canReadMeetingNotes(actor: Pick<Actor, "id">, pairing: PairingMembers, meeting: { authorId: string; notesShared: boolean }): boolean {
  if (meeting.authorId === actor.id) return true;
  const member = pairing.menteeId === actor.id || pairing.mentorId === actor.id;
  return member && meeting.notesShared;
}
