import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { calendarFeeds, type CalendarFeedRow } from "../schema";

export async function findFeedByAthlete(db: Database, athleteId: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.athleteId, athleteId)).limit(1);
  return row;
}

export async function findFeedByToken(db: Database, token: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token)).limit(1);
  return row;
}

/** Creates the athlete's feed or replaces its token (the old URL stops working at once). */
export async function upsertFeed(
  db: Database,
  athleteId: string,
  token: string,
  includeRuns: boolean,
): Promise<CalendarFeedRow> {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ athleteId, token, includeRuns })
    .onConflictDoUpdate({ target: calendarFeeds.athleteId, set: { token, includeRuns, createdAt: new Date() } })
    .returning();
  if (!row) throw new Error("feed upsert returned no row");
  return row;
}

export async function setFeedIncludesRuns(
  db: Database,
  athleteId: string,
  includeRuns: boolean,
): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .update(calendarFeeds)
    .set({ includeRuns })
    .where(eq(calendarFeeds.athleteId, athleteId))
    .returning();
  return row;
}

export async function deleteFeed(db: Database, athleteId: string): Promise<void> {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.athleteId, athleteId));
}
