import { blockOf } from "./block";
import { buildCalendar } from "./calendar";
import { roundVolume } from "./run-volume";
import { withDefaults } from "./schema";
import type { PlanInput } from "./types";

/** The run side of a block, week by week, as the planner sees it: volume and step-back weeks. */
export interface RunWeeks {
  volumeKm: number[];
  longestKm: number[];
  stepBack: boolean[];
}

export function summariseRunWeeks(input: PlanInput): RunWeeks {
  const request = withDefaults(input);
  const calendar = buildCalendar(blockOf(request), request);
  return {
    volumeKm: calendar.weekVolumeKm.map(roundVolume),
    longestKm: calendar.weekLongestKm,
    stepBack: calendar.stepBack,
  };
}
