import type { Database } from "@/db/client";
import { activateCoachLink } from "@/db/queries/coach-links";
import { answerInvitation } from "@/db/queries/invitations";
import type { InvitationAnswerInput } from "../../schemas/coaching";
import { ServiceError } from "../errors";
import { assertOpen, findAnswerable } from "./lookup";

export interface LinkMade {
  athleteId: string;
  coachId: string;
  /** The other person's name, for "You now coach Alex" / "Casey now coaches you". */
  otherName: string;
  yourRole: "coach" | "athlete";
}

/**
 * Accepting uses the invitation once and makes (or re-activates) the coach link in the same
 * transaction: either both happen or neither does.
 */
export async function acceptInvitation(
  db: Database,
  userId: string,
  input: InvitationAnswerInput,
  now: Date,
): Promise<LinkMade> {
  const { invitation, inviterName } = await findAnswerable(db, userId, input);
  await assertOpen(db, userId, invitation, now);
  const coaching = invitation.direction === "coach-invites-athlete";
  const athleteId = coaching ? userId : invitation.inviterId;
  const coachId = coaching ? invitation.inviterId : userId;
  await db.transaction(async (tx) => {
    const used = await answerInvitation(tx, {
      id: invitation.id,
      status: "accepted",
      responderId: userId,
      athleteId,
      now,
    });
    if (!used) throw new ServiceError("conflict", "This invitation has already been used.");
    await activateCoachLink(tx, { athleteId, coachId, now });
  });
  return { athleteId, coachId, otherName: inviterName, yourRole: coaching ? "athlete" : "coach" };
}
