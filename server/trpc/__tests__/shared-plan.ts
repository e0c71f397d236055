import type { Database } from "@/db/client";
import { linkCoach } from "@/db/queries/coaching";
import { callerFor, signedUpCaller } from "./caller";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

export const MONDAY = new Date("2026-11-23T09:00:00Z");
/** A week of the marathon block with two sessions, Monday 30 Nov to Sunday 6 Dec. */
export const WEEK_START = "2026-11-30";
export const WEEK_END = "2026-12-06";

/**
 * An athlete with a saved marathon plan and a coach they linked (active), each with a caller
 * on a fixed clock; plus the sessions of the week of 30 November.
 */
export async function sharedPlan(db: Database, now: () => Date = () => MONDAY) {
  const athlete = await signedUpCaller(db, "Alex Athlete");
  const coach = await signedUpCaller(db, "Casey Coach");
  await seedMarathonCalendar(db, athlete.user.id);
  await linkCoach(db, athlete.user.id, coach.user.id, "active");
  const asAthlete = callerFor(db, athlete.user.id, now);
  const asCoach = callerFor(db, coach.user.id, now);
  const { planId } = await asAthlete.plans.create({ settings: marathonSettings });
  const week = await asAthlete.plans.week({ date: WEEK_START });
  const sessions = week.days.flatMap((day) => day.sessions);
  return { athlete: athlete.user, coach: coach.user, asAthlete, asCoach, planId, sessions };
}

/** A signed-in stranger: neither the athlete nor a linked coach. */
export async function stranger(db: Database, name = "Sam Stranger", now: () => Date = () => MONDAY) {
  const { user } = await signedUpCaller(db, name);
  return { user, caller: callerFor(db, user.id, now) };
}
