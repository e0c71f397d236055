import { index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { HISTORY_ENTITIES } from "../../server/domain/history";
import { users } from "./users";

export const historyEntityEnum = pgEnum("history_entity", HISTORY_ENTITIES);

/**
 * Append-only record of who changed what in an athlete's plan, sessions, prescriptions and runs.
 * Rows are never updated or deleted by the app; services write them in the same transaction as
 * the change. No foreign key to the changed row: a re-planned session is deleted, its history
 * stays. A prescription change uses the session's id as entity id, so a session's page reads
 * one index range. Bulk run changes (an import, a template) have no single entity id.
 */
export const changeHistory = pgTable(
  "change_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null once the actor deleted their account: the change itself stays on record. */
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    entity: historyEntityEnum("entity").notNull(),
    entityId: uuid("entity_id"),
    action: text("action").notNull(),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
  },
  (table) => [
    index("change_history_athlete_entity_idx").on(table.athleteId, table.entityId, table.at),
    index("change_history_athlete_at_idx").on(table.athleteId, table.at),
  ],
);

/**
 * When a reader last looked at a session's changes: the week view marks sessions someone else
 * changed after that. One row per reader and session, kept per reader so a coach's look does
 * not clear the athlete's mark.
 */
export const historyReads = pgTable(
  "history_reads",
  {
    readerId: uuid("reader_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    entityId: uuid("entity_id").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.readerId, table.entityId] })],
);

export type ChangeHistoryRow = typeof changeHistory.$inferSelect;
