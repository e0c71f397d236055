import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A subscribable calendar feed. The token is the only credential a calendar app can send, so it
 * is long and random; revoking deletes the row (the old URL then answers 404) and regenerating
 * replaces the token.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    athleteId: uuid("athlete_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    includeRuns: boolean("include_runs").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("calendar_feeds_token_unique").on(table.token)],
);

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
