import type { Database } from "@/db/client";
import { markCoachReadFeed } from "@/db/queries/coach-links";

/**
 * Called by the feed service whenever the feed's address is shown: when the viewer is a coach,
 * the link remembers it, so ending the link replaces the token (the coach may have subscribed).
 */
export async function noteFeedAddressSeen(db: Database, viewerId: string, athleteId: string): Promise<void> {
  if (viewerId !== athleteId) await markCoachReadFeed(db, { athleteId, coachId: viewerId });
}
