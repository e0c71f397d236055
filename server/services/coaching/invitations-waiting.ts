import type { Database } from "@/db/client";
import { listInvitationsWaitingFor } from "@/db/queries/invitations";
import { findUserProfile, type UserProfile } from "@/db/queries/users";
import { notFound } from "../errors";
import { toInvitationView, type InvitationView } from "./views";

/**
 * The invitations waiting for your answer: open ones sent to your email by someone else. The
 * dashboard shows them first; the whole history of links and invitations is listLinks'.
 */
export async function invitationsWaiting(
  db: Database,
  userId: string,
  now: Date,
  /** The caller's profile when the session check has read it: their email needs no statement then. */
  viewer?: UserProfile | null,
): Promise<InvitationView[]> {
  const user = viewer?.id === userId ? viewer : await findUserProfile(db, userId);
  if (!user) throw notFound("Your account");
  const rows = await listInvitationsWaitingFor(db, user.email, now);
  return rows.map((row) => toInvitationView(row, userId, now));
}
