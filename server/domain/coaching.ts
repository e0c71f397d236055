import { z } from "zod";

/**
 * Coaching vocabulary: who invited whom, where an invitation stands, and the limits. Pure zod,
 * safe for client components. An athlete may have more than one coach (a run coach and a strength
 * coach is common); each link is separate and every active coach has the same rights.
 */

export const INVITATION_DIRECTIONS = ["coach-invites-athlete", "athlete-invites-coach"] as const;
export const invitationDirectionSchema = z.enum(INVITATION_DIRECTIONS);
export type InvitationDirection = z.infer<typeof invitationDirectionSchema>;

export const INVITATION_STATUSES = ["pending", "accepted", "declined", "revoked", "expired"] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** A link's state as people read it: "ended" is the stored "revoked". */
export const LINK_STATES = ["active", "ended"] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** How long an invitation link works. */
export const INVITATION_DAYS = 14;
/** Pending invitations one person may have out at once: enough for a squad, not for spam. */
export const MAX_PENDING_INVITATIONS = 200;
/** The link token: 32 random bytes, base64url. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That invitation link is not valid.");

/** Attention reasons on the coach's athlete list, in the order they rank. */
export const ATTENTION_REASONS = [
  "missed-items",
  "adherence-drop",
  "hard-effort",
  "replan-waiting",
  "unanswered-comment",
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];
