import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const unitsEnum = pgEnum("units", ["km", "mi"]);
export const weekStartEnum = pgEnum("week_start", ["monday", "sunday"]);

/** calendarFingerprint (server/services/plan-tree.ts) of no runs at all: a new user's run calendar. */
export const EMPTY_CALENDAR_DIGEST = "47DEQpj8HBSa-_TImW-5JC";

/**
 * Anyone who signs in. The same person can be an athlete (owns runs and plans) and a coach
 * (sees the plans of athletes who linked them), so there is no role column: what a user may
 * do follows from ownership and coach links, never from a flag on the user.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased and trimmed, so the unique index is case-insensitive. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** IANA zone: a run's or session's calendar date is read in this zone. */
    timeZone: text("time_zone").notNull().default("UTC"),
    units: unitsEnum("units").notNull().default("km"),
    weekStart: weekStartEnum("week_start").notNull().default("monday"),
    /**
     * calendarFingerprint of this user's runs, kept current by triggers on `runs` (migration
     * 0009), so lists compare it with a plan's fingerprint without reading every run. Never
     * written by the app.
     */
    runCalendarDigest: text("run_calendar_digest").notNull().default(EMPTY_CALENDAR_DIGEST),
    /**
     * Counts the writes to what adherence is made of (plans, sessions and their prescriptions,
     * check-offs, set logs, runs and their completions), bumped by triggers on those tables
     * (migration 0010). A stored adherence snapshot is current while its version matches. Never
     * written by the app.
     */
    activityVersion: integer("activity_version").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [uniqueIndex("users_email_unique").on(table.email)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
