import { and, eq, sql } from "drizzle-orm";
import { builtOnce } from "../built-once";
import { profileColumns, type UserProfile } from "./users";
import type { Database } from "../client";
import { authSessions, rateLimits, users } from "../schema";

/** The numbers of one rate rule, in milliseconds, as the attempt query needs them. */
export interface AttemptRule {
  limit: number;
  windowMs: number;
  baseBlockMs: number;
  maxBlockMs: number;
}

export interface AttemptState {
  hits: number;
  blockedUntil: Date | null;
}

const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;

/**
 * Counts one attempt under `key` in a single INSERT ... ON CONFLICT DO UPDATE, so concurrent
 * attempts (or several app instances) each count once: PostgreSQL locks the row and evaluates
 * every SET expression against the latest committed version.
 *
 * Every SET expression reads the row as it was before this attempt:
 * - while blocked, nothing changes (waiting out a block does not lengthen it);
 * - a window older than windowMs starts again at this attempt;
 * - going over the limit blocks the key for baseBlockMs * 2^strikes (at most maxBlockMs) and starts
 *   the next window when the block ends;
 * - strikes are forgotten after a quiet spell of windowMs + maxBlockMs.
 */
export async function recordAttempt(db: Database, key: string, rule: AttemptRule, now: Date): Promise<AttemptState> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const blocked = sql`(${rateLimits.blockedUntil} is not null and ${rateLimits.blockedUntil} > ${at})`;
  const expired = sql`(${rateLimits.windowStartedAt} + ${ms(rule.windowMs)} <= ${at})`;
  const hitsNow = sql`(case when ${expired} then 1 else ${rateLimits.hits} + 1 end)`;
  const over = sql`(not ${blocked} and ${hitsNow} > ${rule.limit}::integer)`;
  const quiet = sql`(${rateLimits.windowStartedAt} + ${ms(rule.windowMs + rule.maxBlockMs)} <= ${at})`;
  const strikesBefore = sql`(case when ${quiet} then 0 else ${rateLimits.strikes} end)`;
  const blockMs = sql`least(${rule.baseBlockMs}::double precision * power(2, ${strikesBefore}), ${rule.maxBlockMs}::double precision)`;
  const blockEnds = sql`(${at} + (${blockMs} * interval '1 millisecond'))`;

  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, windowStartedAt: now, blockedUntil: null, strikes: 0 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${blocked} then ${rateLimits.hits} when ${over} then 0 else ${hitsNow} end`,
        windowStartedAt: sql`case when ${blocked} then ${rateLimits.windowStartedAt} when ${over} then ${blockEnds} when ${expired} then ${at} else ${rateLimits.windowStartedAt} end`,
        blockedUntil: sql`case when ${over} then ${blockEnds} else ${rateLimits.blockedUntil} end`,
        strikes: sql`case when ${blocked} then ${rateLimits.strikes} when ${over} then ${strikesBefore} + 1 else ${strikesBefore} end`,
      },
    })
    .returning({ hits: rateLimits.hits, blockedUntil: rateLimits.blockedUntil });
  if (!row) throw new Error("The attempt upsert returned no row.");
  return row;
}

export async function deleteAttempts(db: Database, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Starts a signed-in browser's session; its id goes into the JWT. */
export async function insertAuthSession(db: Database, userId: string, now: Date): Promise<string> {
  const [row] = await db.insert(authSessions).values({ userId, createdAt: now }).returning({ id: authSessions.id });
  if (!row) throw new Error("The session insert returned no row.");
  return row.id;
}

/**
 * The user behind a live session, read in the same primary-key lookup that checks the session
 * has not been ended: every signed-in request needs both, so it pays one statement for them.
 */
const userOfSession = (db: Database) =>
  db
    .select(profileColumns)
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, sql.placeholder("id")), eq(authSessions.userId, sql.placeholder("userId"))))
    .limit(1)
    .prepare("user_of_session");

/** Sent by every signed-in request (the session check), so built once. */
export async function findUserOfSession(db: Database, id: string, userId: string): Promise<UserProfile | undefined> {
  const [row] = await builtOnce(db, "user_of_session", userOfSession).execute({ id, userId });
  return row;
}

export async function deleteAuthSession(db: Database, id: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, id));
}

/** Ends every session of the user, or every one but `keepId`; returns how many were ended. */
export async function deleteUserAuthSessions(db: Database, userId: string, keepId?: string): Promise<number> {
  const where = keepId
    ? and(eq(authSessions.userId, userId), sql`${authSessions.id} <> ${keepId}::uuid`)
    : eq(authSessions.userId, userId);
  const rows = await db.delete(authSessions).where(where).returning({ id: authSessions.id });
  return rows.length;
}

export async function findPasswordHash(
  db: Database,
  userId: string,
): Promise<{ email: string; passwordHash: string } | undefined> {
  const [row] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export async function updatePasswordHash(db: Database, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}
