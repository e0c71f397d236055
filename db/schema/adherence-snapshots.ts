import { date, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The coach's list keeps here what it counts from each athlete's training once computed (see
 * server/services/coaching/athlete-list.ts): adherence this week and over the last 7 and 30 days,
 * what may need attention, the next race and the last day something was done, so a coach of 200
 * athletes does not recount some 5,000 sessions and runs on every visit. A snapshot holds while the athlete's activity_version and their own today
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
  /** The figures as JSON text, as server/services/coaching/athlete-summary.ts made them. */
  summary: text("summary").notNull(),
  /** Which make of summary: a new one ignores snapshots of an older make. */
  format: smallint("format").notNull(),
  nextRace: date("next_race", { mode: "string" }),
  lastActivity: date("last_activity", { mode: "string" }),
});
