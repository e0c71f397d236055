import type { Database } from "@/db/client";
import { endCoachLink } from "@/db/queries/coach-links";
import { findFeedByAthlete, upsertFeed } from "@/db/queries/feeds";
import type { CoachLinkRow } from "@/db/schema";
import { notFound } from "../errors";
import { newFeedToken } from "../feeds";

/**
 * Either side ends a link at any time. Access checks read only active links, so the coach's next
 * request for this athlete is refused. If the coach ever saw the athlete's calendar-feed address,
 * the feed gets a new one in the same transaction: a subscription the coach made stops updating.
 */
export async function endLink(
  db: Database,
  userId: string,
  link: { athleteId: string; coachId: string },
  now: Date,
): Promise<{ ended: true; feedReplaced: boolean }> {
  if (userId !== link.athleteId && userId !== link.coachId) throw notFound("That coaching link");
  return db.transaction(async (tx) => {
    const ended = await endCoachLink(tx, { ...link, endedBy: userId, now });
    if (!ended) throw notFound("That active coaching link");
    return { ended: true as const, feedReplaced: await replaceFeedIfSeen(tx, ended) };
  });
}

async function replaceFeedIfSeen(db: Database, link: CoachLinkRow): Promise<boolean> {
  if (!link.coachReadFeedAt) return false;
  const feed = await findFeedByAthlete(db, link.athleteId);
  if (!feed) return false;
  await upsertFeed(db, link.athleteId, newFeedToken(), feed.includeRuns);
  return true;
}
