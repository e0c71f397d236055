import { check, index, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

export const coachLinkStatusEnum = pgEnum("coach_link_status", ["pending", "active", "revoked"]);

/**
 * An athlete grants a coach access to their runs, plans and comments. Access checks read only
 * active links, so revoking is one update and takes effect on the next request.
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
  },
  (table) => [
    primaryKey({ columns: [table.athleteId, table.coachId] }),
    index("coach_links_coach_idx").on(table.coachId),
    check("coach_links_not_self", sql`${table.athleteId} <> ${table.coachId}`),
  ],
);

export type CoachLinkRow = typeof coachLinks.$inferSelect;
