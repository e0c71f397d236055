import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { RUN_STATUSES, SKIP_REASONS, SORENESS_LEVELS } from "../../server/domain/checkoff";
import { planSessions, sessionStatusEnum } from "./plans";
import { runs } from "./runs";
import { users } from "./users";

export const runStatusEnum = pgEnum("run_status", RUN_STATUSES);
export const skipReasonEnum = pgEnum("skip_reason", SKIP_REASONS);
export const sorenessLevelEnum = pgEnum("soreness_level", SORENESS_LEVELS);

/**
 * What the athlete says happened to one strength session: the single source of its check-off
 * state (plan_sessions no longer holds a status). Three writes land here, each with its own
 * last-write-wins clock, so a late offline tick never undoes a newer log or soreness answer:
 * the check-off (status, reason), the log (effort, note, and the set_logs rows) and the soreness.
 * The client id stored beside each clock marks the write that is applied: the same id replayed
 * is not newer, so it changes nothing.
 */
export const sessionLogs = pgTable(
  "session_logs",
  {
    sessionId: uuid("session_id")
      .primaryKey()
      .references(() => planSessions.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: sessionStatusEnum("status").notNull().default("planned"),
    reason: skipReasonEnum("reason"),
    clientId: uuid("client_id"),
    clientTime: timestamp("client_time", { withTimezone: true }),
    rpe: smallint("rpe"),
    note: text("note"),
    logClientId: uuid("log_client_id"),
    logClientTime: timestamp("log_client_time", { withTimezone: true }),
    soreness: sorenessLevelEnum("soreness"),
    sorenessClientId: uuid("soreness_client_id"),
    sorenessClientTime: timestamp("soreness_client_time", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("session_logs_athlete_idx").on(table.athleteId, table.status),
    check("session_logs_rpe_range", sql`${table.rpe} IS NULL OR ${table.rpe} BETWEEN 1 AND 10`),
  ],
);

/** One set actually done. A swapped exercise logs against the exercise that was done. */
export const setLogs = pgTable(
  "set_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => planSessions.id, { onDelete: "cascade" }),
    /** Order within the log, as the athlete entered it. */
    position: smallint("position").notNull(),
    exerciseId: text("exercise_id").notNull(),
    setNumber: smallint("set_number").notNull(),
    reps: smallint("reps"),
    seconds: integer("seconds"),
    metres: integer("metres"),
    /** Always kilograms; the form converts from pounds. */
    loadKg: real("load_kg"),
    bodyweight: boolean("bodyweight").notNull().default(false),
  },
  (table) => [
    uniqueIndex("set_logs_session_position_unique").on(table.sessionId, table.position),
    // Progress across a block reads an athlete's sets of one exercise.
    index("set_logs_athlete_exercise_idx").on(table.athleteId, table.exerciseId),
    check("set_logs_load_not_negative", sql`${table.loadKg} IS NULL OR ${table.loadKg} >= 0`),
  ],
);

/** Whether a run on the calendar was done, with what was actually run. One row per run. */
export const runCompletions = pgTable(
  "run_completions",
  {
    runId: uuid("run_id")
      .primaryKey()
      .references(() => runs.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: runStatusEnum("status").notNull(),
    reason: skipReasonEnum("reason"),
    actualDistanceKm: doublePrecision("actual_distance_km"),
    actualMinutes: integer("actual_minutes"),
    clientId: uuid("client_id").notNull(),
    clientTime: timestamp("client_time", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("run_completions_athlete_idx").on(table.athleteId, table.status),
    check("run_completions_distance_positive", sql`${table.actualDistanceKm} IS NULL OR ${table.actualDistanceKm} > 0`),
    check("run_completions_minutes_positive", sql`${table.actualMinutes} IS NULL OR ${table.actualMinutes} > 0`),
  ],
);

export type SessionLogRow = typeof sessionLogs.$inferSelect;
export type SetLogRow = typeof setLogs.$inferSelect;
export type RunCompletionRow = typeof runCompletions.$inferSelect;
