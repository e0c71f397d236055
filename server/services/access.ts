import type { Database } from "@/db/client";
import { hasActiveCoachLink } from "@/db/queries/coaching";
import { forbidden } from "./errors";

/**
 * The one authorization rule of the product: an athlete's runs, plans, sessions and comments
 * are visible to, and editable by, the athlete and any coach the athlete has actively linked.
 * Every service that touches athlete data calls this before reading or writing.
 */
export async function canAccessAthlete(db: Database, viewerId: string, athleteId: string): Promise<boolean> {
  if (viewerId === athleteId) return true;
  return hasActiveCoachLink(db, athleteId, viewerId);
}

export async function assertCanAccessAthlete(db: Database, viewerId: string, athleteId: string): Promise<void> {
  if (!(await canAccessAthlete(db, viewerId, athleteId))) throw forbidden();
}
