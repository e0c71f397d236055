import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { SESSION_STATUSES } from "../../server/domain/checkoff";
import type { PlanSettingsInput, PlanWarning, Reason } from "../../server/domain/plan";
import { LOADS, PHASES } from "../../server/domain/vocabulary";
import { users } from "./users";

export const planStatusEnum = pgEnum("plan_status", ["active", "archived"]);
export const phaseEnum = pgEnum("phase", PHASES);
export const loadEnum = pgEnum("load", LOADS);
/** A session's check-off state, stored in session_logs (see ./checkoffs.ts). */
export const sessionStatusEnum = pgEnum("session_status", SESSION_STATUSES);

/**
 * A strength block. It keeps the planner input it was built from (everything but the runs,
 * which are re-read from the calendar), so re-planning uses the same settings.
 */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    status: planStatusEnum("status").notNull().default("active"),
    settings: jsonb("settings").$type<PlanSettingsInput>().notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    raceDate: date("race_date", { mode: "string" }),
    warnings: jsonb("warnings").$type<PlanWarning[]>().notNull().default([]),
    /** A digest of the run calendar the sessions were placed around: a mismatch means re-plan. */
    calendarFingerprint: text("calendar_fingerprint"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("plans_athlete_idx").on(table.athleteId),
    // One active block per athlete; past blocks stay readable as archived.
    uniqueIndex("plans_one_active_per_athlete")
      .on(table.athleteId)
      .where(sql`${table.status} = 'active'`),
  ],
);

export const planWeeks = pgTable(
  "plan_weeks",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    index: smallint("index").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    phase: phaseEnum("phase").notNull(),
    deload: boolean("deload").notNull().default(false),
    reEntry: boolean("re_entry").notNull().default(false),
  },
  (table) => [uniqueIndex("plan_weeks_plan_index_unique").on(table.planId, table.index)],
);

/**
 * A strength session on a calendar date. `athlete_id` is copied from the plan so the week view
 * and access checks read sessions by athlete and date without a join.
 */
export const planSessions = pgTable(
  "plan_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekIndex: smallint("week_index").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    load: loadEnum("load").notNull(),
    focus: text("focus").notNull(),
    reasons: jsonb("reasons").$type<Reason[]>().notNull().default([]),
    warmUp: jsonb("warm_up").$type<string[]>().notNull().default([]),
    minutes: smallint("minutes"),
    /** Exercise ids kept in the 15-minute version. */
    shortVersion: jsonb("short_version").$type<string[]>().notNull().default([]),
    /** A travel session offered in a blocked week: not counted against adherence. */
    optional: boolean("optional").notNull().default(false),
    /** Set when the athlete or coach moved it: re-planning leaves it where they put it. */
    movedByHand: boolean("moved_by_hand").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("plan_sessions_plan_date_idx").on(table.planId, table.date),
    index("plan_sessions_athlete_date_idx").on(table.athleteId, table.date),
  ],
);

export const sessionExercises = pgTable(
  "session_exercises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => planSessions.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    exerciseId: text("exercise_id").notNull(),
    sets: smallint("sets").notNull(),
    reps: smallint("reps"),
    seconds: smallint("seconds"),
    metres: integer("metres"),
    perSide: boolean("per_side").notNull().default(false),
    intensity: text("intensity").notNull(),
    why: text("why"),
    loadKg: real("load_kg"),
  },
  (table) => [
    uniqueIndex("session_exercises_position_unique").on(table.sessionId, table.position),
    check("session_exercises_sets_positive", sql`${table.sets} > 0`),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type PlanWeekRow = typeof planWeeks.$inferSelect;
export type PlanSessionRow = typeof planSessions.$inferSelect;
export type SessionExerciseRow = typeof sessionExercises.$inferSelect;
