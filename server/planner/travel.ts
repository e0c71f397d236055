import { dayName } from "./calendar";
import type { Exposures, SessionPrescriber } from "./prescription";
import type { WeekTarget } from "./progression";
import { ruleBit } from "./rules";
import type { PlacementContext } from "./week-view";
import type { AthleteLevel, PlannedSession } from "./types";

/**
 * A week the athlete marked (partly) unavailable still offers one short, optional session: about
 * 20 minutes, bodyweight, no equipment, light and easy on the legs, so a hotel room will do. It is
 * offered, not expected: it does not count against adherence and the placement of the real
 * sessions ignores it. It goes on a blocked day (that is where the athlete is travelling) that no
 * other rule rules out, clear of the week's sessions.
 */

export const TRAVEL_MINUTES = 20;
const MAX_EXERCISES = 4;
const MAX_SETS = 2;

const BLOCKED_ONLY = 1 << ruleBit("blocked-date");

/** The blocked day of week `w` where a travel session fits, or null. */
export function travelDay(ctx: PlacementContext, w: number, taken: readonly number[]): number | null {
  let best: number | null = null;
  for (let d = 0; d < 7; d++) {
    const index = w * 7 + d;
    const day = ctx.days[index];
    const judgement = ctx.judgements[index];
    if (!day?.blocked || !judgement || judgement.forbiddenMask !== BLOCKED_ONLY) continue;
    if (day.long || taken.some((t) => Math.abs(t - index) < 2)) continue;
    // The middle of the trip: the blocked day with the most blocked days around it.
    if (best === null || around(ctx, index) > around(ctx, best)) best = index;
  }
  return best;
}

function around(ctx: PlacementContext, index: number): number {
  let n = 0;
  for (let k = -3; k <= 3; k++) if (index + k >= 0 && ctx.days[index + k]?.blocked) n++;
  return n;
}

export function travelSession(
  ctx: PlacementContext,
  prescriber: SessionPrescriber,
  target: WeekTarget,
  level: AthleteLevel,
  index: number,
  exposures: Exposures,
): PlannedSession {
  const day = ctx.days[index];
  const content = prescriber.prescribe(
    {
      phase: "foundation",
      weekOfPhase: 1,
      week: target.index,
      level,
      load: "bodyweight",
      weekLoad: "bodyweight",
      limits: { maxSoreness: "low", plyometric: false, eccentricHeavy: false, lowerBody: true, newExercises: false },
      raceWeek: false,
      slotInWeek: 0,
    },
    exposures,
  );
  const exercises = content.exercises
    .slice(0, MAX_EXERCISES)
    .map((line) => ({ ...line, sets: Math.min(line.sets, MAX_SETS) }));
  const name = day ? dayName(day) : "This day";
  return {
    date: day?.date ?? "",
    load: "bodyweight",
    focus: "Travel session",
    exercises,
    reasons: [
      {
        rule: "travel",
        text: `${name} is one of the dates you marked unavailable. If you have about ${TRAVEL_MINUTES} minutes and a bit of floor, this keeps the habit going; skipping it costs nothing.`,
      },
      {
        rule: "travel-load",
        text: "Bodyweight only and easy on the legs: no equipment, nothing that leaves you sore.",
      },
    ],
    warmUp: ["1 minute marching on the spot", "10 leg swings each side", "10 slow bodyweight squats"],
    minutes: TRAVEL_MINUTES,
    shortVersion: exercises.slice(0, 2).map((line) => line.exerciseId),
    optional: true,
  };
}
