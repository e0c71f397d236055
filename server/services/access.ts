import type { Database } from "@/db/client";
import { mayAccessAthlete } from "@/db/queries/coaching";
import { forbidden } from "./errors";

/**
 * The one authorization rule of the product: an athlete's runs, plans, sessions and comments
 * are visible to, and editable by, the athlete and any coach the athlete has actively linked.
 * Every service that touches athlete data calls this before reading or writing.
 */
export async function canAccessAthlete(db: Database, viewerId: string, athleteId: string): Promise<boolean> {
  // The athlete's own data needs no round trip; everything else asks the shared SQL rule.
  if (viewerId === athleteId) return true;
  return mayAccessAthlete(db, viewerId, athleteId);
}

export async function assertCanAccessAthlete(db: Database, viewerId: string, athleteId: string): Promise<void> {
  if (!(await canAccessAthlete(db, viewerId, athleteId))) throw forbidden();
}
