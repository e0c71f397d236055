import type { InvitationRow } from "@/db/schema";
import type { InvitationDirection, InvitationStatus } from "../../domain/coaching";

/** What a person sees of an invitation: never the token hash. */
export interface InvitationView {
  id: string;
  direction: InvitationDirection;
  /** "inviter" when you sent it, "invitee" when it is for you. */
  yourSide: "inviter" | "invitee";
  /** The role you would have in the link: coach or athlete. */
  yourRole: "coach" | "athlete";
  inviterName: string;
  inviteeEmail: string | null;
  responderName: string | null;
  /** A pending invitation past its expiry reads as "expired". */
  status: InvitationStatus;
  createdAt: Date;
  expiresAt: Date;
}

export function effectiveStatus(invitation: Pick<InvitationRow, "status" | "expiresAt">, now: Date): InvitationStatus {
  return invitation.status === "pending" && invitation.expiresAt <= now ? "expired" : invitation.status;
}

/** The role the invitee takes: a coach invites an athlete, an athlete invites a coach. */
export function inviteeRole(direction: InvitationDirection): "coach" | "athlete" {
  return direction === "coach-invites-athlete" ? "athlete" : "coach";
}

export function toInvitationView(
  row: { invitation: InvitationRow; inviterName: string; responderName?: string | null },
  viewerId: string,
  now: Date,
): InvitationView {
  const { invitation } = row;
  const yourSide = invitation.inviterId === viewerId ? "inviter" : "invitee";
  const invitee = inviteeRole(invitation.direction);
  return {
    id: invitation.id,
    direction: invitation.direction,
    yourSide,
    yourRole: yourSide === "invitee" ? invitee : invitee === "athlete" ? "coach" : "athlete",
    inviterName: row.inviterName,
    inviteeEmail: invitation.inviteeEmail,
    responderName: row.responderName ?? null,
    status: effectiveStatus(invitation, now),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}

/** "14 Dec 2026": for messages, in UTC (the expiry is an instant, the day is close enough). */
export function writtenDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    instant,
  );
}
