import type { Database } from "@/db/client";
import { listLinksOf } from "@/db/queries/coach-links";
import { listInvitationsFor } from "@/db/queries/invitations";
import { findUserProfile } from "@/db/queries/users";
import { notFound } from "../errors";
import { toInvitationView, type InvitationView } from "./views";

export interface LinkView {
  athleteId: string;
  coachId: string;
  /** Your side of the link. */
  yourRole: "coach" | "athlete";
  otherName: string;
  otherEmail: string;
  state: "active" | "ended";
  since: Date;
  endedAt: Date | null;
  endedByYou: boolean;
}

/**
 * Everything the Coaching section lists, for either side: active and ended links, invitations
 * you sent (any state) and open invitations addressed to your email.
 */
export async function listLinks(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ links: LinkView[]; invitations: InvitationView[] }> {
  const user = await findUserProfile(db, userId);
  if (!user) throw notFound("Your account");
  const [links, invitations] = await Promise.all([listLinksOf(db, userId), listInvitationsFor(db, userId, user.email)]);
  return {
    links: links.map((link) => {
      const coaching = link.coachId === userId;
      return {
        athleteId: link.athleteId,
        coachId: link.coachId,
        yourRole: coaching ? "coach" : "athlete",
        otherName: coaching ? link.athleteName : link.coachName,
        otherEmail: coaching ? link.athleteEmail : link.coachEmail,
        state: link.status === "active" ? "active" : "ended",
        since: link.activatedAt ?? link.createdAt,
        endedAt: link.endedAt,
        endedByYou: link.endedBy === userId,
      };
    }),
    invitations: invitations
      .map((row) => toInvitationView(row, userId, now))
      // Invitations to you that are closed are history for the inviter, not for you.
      .filter((view) => view.yourSide === "inviter" || view.status === "pending" || view.responderName !== null),
  };
}
