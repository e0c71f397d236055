import type { Database } from "@/db/client";
import { findUserProfile, type UserProfile } from "@/db/queries/users";
import { assertCanAccessAthlete } from "./access";
import { notFound } from "./errors";

/**
 * Resolves whose data a request is about (the caller's own unless they name an athlete) and
 * checks the caller may see it. Returns the athlete's profile: time zone, units, week start.
 */
export async function resolveAthlete(
  db: Database,
  viewerId: string,
  athleteId?: string,
  /** The viewer's own profile when the caller already has it (server/trpc/context.ts). */
  viewer?: UserProfile | null,
): Promise<UserProfile> {
  const id = athleteId ?? viewerId;
  if (id === viewerId && viewer?.id === viewerId) return viewer;
  // Both at once: a coach's request costs one round trip, and a profile read for a caller who may
  // not see it is dropped unread when the check throws.
  const [, athlete] = await Promise.all([assertCanAccessAthlete(db, viewerId, id), findUserProfile(db, id)]);
  if (!athlete) throw notFound("That athlete");
  return athlete;
}
