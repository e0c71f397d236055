import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { callerFor, signedUpCaller } from "./caller";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

/** Sunday evening of the block's second week, in Berlin: weeks 1 and 2 are wholly due. */
export const SUNDAY_WEEK_2 = new Date("2026-12-06T19:00:00Z");
export const WEEK_1 = "2026-11-23";
export const WEEK_2 = "2026-11-30";

/** A write stamp: a fresh client id, tapped `minutesAgo` before the clock. */
export function tap(minutesAgo = 0, now = SUNDAY_WEEK_2) {
  return { clientId: randomUUID(), clientTime: new Date(now.getTime() - minutesAgo * 60_000).toISOString() };
}

export async function athleteWithPlan(db: () => Database, now = SUNDAY_WEEK_2) {
  const { user } = await signedUpCaller(db(), "Ticker");
  const caller = callerFor(db(), user.id, () => now);
  await seedMarathonCalendar(db(), user.id);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  const weekOf = async (date: string) => {
    const week = await caller.plans.week({ date });
    return {
      week,
      sessions: week.days.flatMap((day) => day.sessions),
      runs: week.days.flatMap((day) => day.runs),
    };
  };
  return { user, caller, planId, weekOf };
}
