import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { RUN_TYPES } from "../../server/domain/vocabulary";
import { users } from "./users";

export const runTypeEnum = pgEnum("run_type", RUN_TYPES);
export const runSourceEnum = pgEnum("run_source", ["import", "template", "manual"]);

/**
 * One entry of an athlete's run calendar. `date` is a calendar date in the athlete's time zone.
 * Imported runs keep the calendar event's UID so a re-import can move, update or delete them.
 */
export const runs = pgTable(
  "runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    type: runTypeEnum("type").notNull(),
    distanceKm: doublePrecision("distance_km"),
    durationMin: integer("duration_min"),
    title: text("title").notNull().default(""),
    source: runSourceEnum("source").notNull(),
    /** For imports, the event UID (one per occurrence); for templates, the template's id. */
    sourceUid: text("source_uid"),
    /** The classifier was unsure and the athlete has not confirmed the type yet. */
    needsReview: boolean("needs_review").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("runs_athlete_date_idx").on(table.athleteId, table.date),
    uniqueIndex("runs_import_uid_unique")
      .on(table.athleteId, table.sourceUid)
      .where(sql`${table.source} = 'import'`),
    check("runs_distance_positive", sql`${table.distanceKm} IS NULL OR ${table.distanceKm} > 0`),
    check("runs_duration_positive", sql`${table.durationMin} IS NULL OR ${table.durationMin} > 0`),
  ],
);

export type RunRow = typeof runs.$inferSelect;
export type NewRunRow = typeof runs.$inferInsert;
