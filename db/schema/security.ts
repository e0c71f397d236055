import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Account security kept in the database rather than in one server's memory, so it holds across
 * restarts and across several app instances behind a load balancer.
 */

/**
 * One signed-in browser. The JWT carries this row's id; a request whose id has no row (signed out,
 * "sign out everywhere", password changed) is refused, so a copied token dies with its session.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("auth_sessions_user_idx").on(table.userId)],
);

/**
 * Failed or throttled attempts under one key ("sign-in:account:<email>", "sign-up:address:<ip>",
 * ...): how many in the current window, and, once over the limit, until when the key must wait.
 * `strikes` counts how often the key has been locked, so each lock-out lasts longer.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  strikes: integer("strikes").notNull().default(0),
});

/**
 * A password-reset link: only the SHA-256 of its token is kept; it works once (used_at) and
 * until expires_at (an hour after it was sent).
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [index("password_resets_user_idx").on(table.userId)],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;
export type RateLimitRow = typeof rateLimits.$inferSelect;
export type PasswordResetRow = typeof passwordResets.$inferSelect;
