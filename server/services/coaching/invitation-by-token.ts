import type { Database } from "@/db/client";
import { findInvitationWithInviter } from "@/db/queries/invitations";
import { notFound } from "../errors";
import { hashInvitationToken } from "./tokens";
import { effectiveStatus, inviteeRole } from "./views";

/**
 * What the invitation page shows before the visitor answers (signed in or not: the token is the
 * credential): who invites them, to be what, and whether the link still works.
 */
export async function invitationByToken(db: Database, token: string, now: Date) {
  const row = await findInvitationWithInviter(db, { tokenHash: hashInvitationToken(token) });
  if (!row) throw notFound("That invitation");
  return {
    inviterId: row.invitation.inviterId,
    inviterName: row.inviterName,
    direction: row.invitation.direction,
    /** The role the person who accepts will have. */
    inviteeRole: inviteeRole(row.invitation.direction),
    inviteeEmail: row.invitation.inviteeEmail,
    status: effectiveStatus(row.invitation, now),
    expiresAt: row.invitation.expiresAt,
  };
}
