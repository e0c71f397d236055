import type { Database } from "@/db/client";
import { answerInvitation, revokeInvitation } from "@/db/queries/invitations";
import type { InvitationAnswerInput } from "../../schemas/coaching";
import { notFound, ServiceError } from "../errors";
import { assertOpen, findAnswerable } from "./lookup";

/** The invitee says no: the invitation is used up and no link is made. */
export async function declineInvitation(
  db: Database,
  userId: string,
  input: InvitationAnswerInput,
  now: Date,
): Promise<{ declined: true }> {
  const { invitation } = await findAnswerable(db, userId, input);
  await assertOpen(db, userId, invitation, now);
  const athleteId = invitation.direction === "coach-invites-athlete" ? userId : invitation.inviterId;
  const used = await answerInvitation(db, {
    id: invitation.id,
    status: "declined",
    responderId: userId,
    athleteId,
    now,
  });
  if (!used) throw new ServiceError("conflict", "This invitation has already been answered.");
  return { declined: true };
}

/** The inviter withdraws an invitation nobody has answered yet; its link stops working. */
export async function withdrawInvitation(
  db: Database,
  userId: string,
  invitationId: string,
): Promise<{ withdrawn: true }> {
  const row = await revokeInvitation(db, invitationId, userId);
  if (!row) throw notFound("That open invitation");
  return { withdrawn: true };
}
