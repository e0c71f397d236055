import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { INVITATION_DIRECTIONS, INVITATION_STATUSES } from "../../server/domain/coaching";
import { users } from "./users";

export const invitationDirectionEnum = pgEnum("invitation_direction", INVITATION_DIRECTIONS);
export const invitationStatusEnum = pgEnum("invitation_status", INVITATION_STATUSES);

/**
 * An offer to link a coach and an athlete, sent by either of them, by email, by a copyable link,
 * or both. Only the SHA-256 of the link's token is kept, so a leaked table does not hand out
 * links; the token works once (used_at) and until expires_at. `athlete_id` is the athlete the link
 * would be for when known: the inviter for athlete-invites-coach, the invitee once they respond.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inviterId: uuid("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    direction: invitationDirectionEnum("direction").notNull(),
    /** Lower-cased; null for a link-only invitation. */
    inviteeEmail: text("invitee_email"),
    athleteId: uuid("athlete_id").references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    status: invitationStatusEnum("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Who accepted or declined. */
    responderId: uuid("responder_id").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    uniqueIndex("invitations_token_hash_unique").on(table.tokenHash),
    index("invitations_inviter_idx").on(table.inviterId, table.createdAt),
    index("invitations_invitee_email_idx").on(table.inviteeEmail),
    index("invitations_athlete_idx").on(table.athleteId),
    check(
      "invitations_used_when_answered",
      sql`(${table.status} IN ('accepted', 'declined')) = (${table.usedAt} IS NOT NULL)`,
    ),
  ],
);

export type InvitationRow = typeof invitations.$inferSelect;
