import type { Database } from "@/db/client";
import { findCoachLink } from "@/db/queries/coach-links";
import { countPendingInvitationsBy, insertInvitation, revokePendingTo } from "@/db/queries/invitations";
import { findUserByEmail, findUserProfile } from "@/db/queries/users";
import { appOrigin, sendMail } from "../../mail/mailer";
import { invitationMessage } from "../../mail/messages";
import { INVITATION_DAYS, MAX_PENDING_INVITATIONS } from "../../domain/coaching";
import type { InviteInput } from "../../schemas/coaching";
import { notFound, ServiceError } from "../errors";
import { hashInvitationToken, invitationPath, newInvitationToken } from "./tokens";
import { toInvitationView, writtenDay, type InvitationView } from "./views";

export interface InviteResult {
  invitation: InvitationView;
  /** The single-use token, shown once: only its hash is stored. */
  token: string;
  /** Relative link to copy (the page adds its origin). */
  path: string;
  /** False without SMTP_URL or when sending failed: the page then shows the link to pass on. */
  emailSent: boolean;
}

/**
 * A coach invites an athlete, or an athlete invites a coach, by email and/or a link to copy.
 * A new invitation to the same address replaces the earlier pending one.
 */
export async function invite(db: Database, inviterId: string, input: InviteInput, now: Date): Promise<InviteResult> {
  const inviter = await findUserProfile(db, inviterId);
  if (!inviter) throw notFound("Your account");
  const email = input.email;
  if (email === inviter.email) throw new ServiceError("invalid", "That is your own address: invite someone else.");
  const invitee = email ? await findUserByEmail(db, email) : undefined;
  if (invitee && (await alreadyLinked(db, input.direction, inviterId, invitee.id))) {
    throw new ServiceError("conflict", "You are already linked with this person.");
  }
  if ((await countPendingInvitationsBy(db, inviterId, now)) >= MAX_PENDING_INVITATIONS) {
    throw new ServiceError("conflict", "You have too many open invitations: withdraw some first.");
  }

  const token = newInvitationToken();
  const row = await db.transaction(async (tx) => {
    if (email) await revokePendingTo(tx, { inviterId, inviteeEmail: email, direction: input.direction });
    return insertInvitation(tx, {
      inviterId,
      direction: input.direction,
      inviteeEmail: email ?? null,
      athleteId: input.direction === "athlete-invites-coach" ? inviterId : (invitee?.id ?? null),
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      createdAt: now,
    });
  });

  const path = invitationPath(token);
  const emailSent = email
    ? (
        await sendMail({
          to: email,
          ...invitationMessage({
            inviterName: inviter.name,
            direction: input.direction,
            link: `${appOrigin()}${path}`,
            expiresOn: writtenDay(row.expiresAt),
          }),
        })
      ).delivered
    : false;
  return {
    invitation: toInvitationView({ invitation: row, inviterName: inviter.name }, inviterId, now),
    token,
    path,
    emailSent,
  };
}

async function alreadyLinked(
  db: Database,
  direction: InviteInput["direction"],
  inviterId: string,
  inviteeId: string,
): Promise<boolean> {
  const [athleteId, coachId] = direction === "coach-invites-athlete" ? [inviteeId, inviterId] : [inviterId, inviteeId];
  return (await findCoachLink(db, athleteId, coachId))?.status === "active";
}
