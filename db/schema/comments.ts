import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { planSessions } from "./plans";
import { users } from "./users";

/**
 * A comment on a session or on a week of an athlete's plan. `subject` is "session:<id>" or
 * "week:<YYYY-MM-DD>" (the week's first day), the key read state is kept under, so unread
 * counts are one join. A session comment goes with its session (a re-plan that replaces the
 * session removes its thread); a deleted comment keeps its row with the body blanked.
 */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    sessionId: uuid("session_id").references(() => planSessions.id, { onDelete: "cascade" }),
    /** Null once the author deleted their account. */
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    /** Plain text, never rendered as HTML. */
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [
    index("comments_athlete_subject_idx").on(table.athleteId, table.subject, table.createdAt),
    check("comments_body_length", sql`char_length(${table.body}) <= 2000`),
    check(
      "comments_subject_shape",
      sql`(${table.sessionId} IS NOT NULL AND ${table.subject} = 'session:' || ${table.sessionId}::text) OR (${table.sessionId} IS NULL AND ${table.subject} ~ '^week:[0-9]{4}-[0-9]{2}-[0-9]{2}$')`,
    ),
  ],
);

/** When a reader last read a subject's thread: comments by others after it are unread. */
export const commentReads = pgTable(
  "comment_reads",
  {
    readerId: uuid("reader_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    lastReadAt: timestamp("last_read_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.readerId, table.athleteId, table.subject] })],
);

export type CommentRow = typeof comments.$inferSelect;
