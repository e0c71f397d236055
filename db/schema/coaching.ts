import { check, index, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

export const coachLinkStatusEnum = pgEnum("coach_link_status", ["pending", "active", "revoked"]);

/**
 * An athlete grants a coach access to their runs, plans and comments. Access checks read only
 * active links, so ending one ("revoked") is one update and takes effect on the next request.
 * An athlete may have several coaches; a row is made or re-activated by accepting an invitation.
 */
export const coachLinks = pgTable(
  "coach_links",
  {
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: coachLinkStatusEnum("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the link last became active (an accepted invitation); ended_at when either side ended it. */
    activatedAt: timestamp("activated_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedBy: uuid("ended_by").references(() => users.id, { onDelete: "set null" }),
    /**
     * Set when the coach read the athlete's calendar-feed address: ending the link then replaces
     * the token, because the coach may have subscribed to it.
     */
    coachReadFeedAt: timestamp("coach_read_feed_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.athleteId, table.coachId] }),
    index("coach_links_coach_idx").on(table.coachId),
    check("coach_links_not_self", sql`${table.athleteId} <> ${table.coachId}`),
  ],
);

export type CoachLinkRow = typeof coachLinks.$inferSelect;
