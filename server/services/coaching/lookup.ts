import type { Database } from "@/db/client";
import { findInvitationWithInviter, markInvitationExpired } from "@/db/queries/invitations";
import { findUserProfile } from "@/db/queries/users";
import type { InvitationRow } from "@/db/schema";
import type { InvitationAnswerInput } from "../../schemas/coaching";
import { notFound, ServiceError } from "../errors";
import { hashInvitationToken } from "./tokens";
import { effectiveStatus } from "./views";

const CLOSED: Record<Exclude<InvitationRow["status"], "pending">, string> = {
  accepted: "This invitation has already been used.",
  declined: "This invitation was declined.",
  revoked: "This invitation was withdrawn.",
  expired: "This invitation has expired: ask for a new one.",
};

/**
 * The invitation a person may answer: through its link (the token is the credential), or from
 * the app when it was sent to their email. Anything else is "not found", so ids reveal nothing.
 */
export async function findAnswerable(db: Database, userId: string, input: InvitationAnswerInput) {
  const row = input.token
    ? await findInvitationWithInviter(db, { tokenHash: hashInvitationToken(input.token) })
    : await findInvitationWithInviter(db, { id: input.invitationId ?? "" });
  if (!row) throw notFound("That invitation");
  if (input.invitationId) {
    const user = await findUserProfile(db, userId);
    if (!user || row.invitation.inviteeEmail !== user.email) throw notFound("That invitation");
  }
  return row;
}

/** Refuses an invitation that cannot be answered any more, or one's own; marks a lapsed one expired. */
export async function assertOpen(
  db: Database,
  userId: string,
  invitation: Pick<InvitationRow, "id" | "inviterId" | "status" | "expiresAt">,
  now: Date,
): Promise<void> {
  if (invitation.inviterId === userId) throw new ServiceError("invalid", "This is your own invitation.");
  const status = effectiveStatus(invitation, now);
  if (status === "pending") return;
  if (status === "expired" && invitation.status === "pending") await markInvitationExpired(db, invitation.id);
  throw new ServiceError("conflict", CLOSED[status]);
}
