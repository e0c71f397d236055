import type { Database } from "@/db/client";
import type { UserProfile } from "@/db/queries/users";
import { resolveAthlete } from "../athletes";

/**
 * The athlete a coach is working for: name, time zone, units and week start, which the coach's
 * pages read dates and distances in. Refused unless the caller is the athlete or an active coach.
 */
export async function athleteProfile(db: Database, viewerId: string, athleteId: string): Promise<UserProfile> {
  return resolveAthlete(db, viewerId, athleteId);
}
