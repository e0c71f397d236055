import { date, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The coach's list keeps here what it counts from each athlete's training once computed (see
 * db/queries/athlete-list.ts): the last 30 days' adherence facts, the next race and the last day
 * something was done, so a coach of 200 athletes does not recount some 5,000 sessions and runs on
 * every visit. A snapshot holds while the athlete's activity_version and their own today
 * and week start are the ones it was made for; any write to what it counts bumps the version
 * (triggers of migration 0010), so a stale snapshot is never shown, only recomputed.
 */
export const adherenceSnapshots = pgTable("adherence_snapshots", {
  athleteId: uuid("athlete_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  activityVersion: integer("activity_version").notNull(),
  today: date("today", { mode: "string" }).notNull(),
  weekFrom: date("week_from", { mode: "string" }).notNull(),
  /** The facts as JSON text, one array per athlete, exactly as the list reads them. */
  facts: text("facts").notNull(),
  nextRace: date("next_race", { mode: "string" }),
  lastActivity: date("last_activity", { mode: "string" }),
});
