import type { Database } from "@/db/client";
import { listInvitationsWaitingFor } from "@/db/queries/invitations";
import { findUserProfile } from "@/db/queries/users";
import { notFound } from "../errors";
import { toInvitationView, type InvitationView } from "./views";

/**
 * The invitations waiting for your answer: open ones sent to your email by someone else. The
 * dashboard shows them first; the whole history of links and invitations is listLinks'.
 */
export async function invitationsWaiting(db: Database, userId: string, now: Date): Promise<InvitationView[]> {
  const user = await findUserProfile(db, userId);
  if (!user) throw notFound("Your account");
  const rows = await listInvitationsWaitingFor(db, user.email, now);
  // An invitation you sent to your own address is yours to withdraw, not to answer.
  return rows.filter((row) => row.invitation.inviterId !== userId).map((row) => toInvitationView(row, userId, now));
}
