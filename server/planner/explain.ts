import type { WeekTarget } from "./progression";
import type { Phase, Reason } from "./types";

/** The plain-words "why this load" of a session: its phase, a deload, the taper. */

const PHASE_NOTES: Record<Phase, string> = {
  foundation:
    "learn the moves with bodyweight, bands and holds, and ease in: the first sessions of a block make you the sorest",
  strength: "moderate load, about 70% of your 1-rep max (RPE 7); add load once the top of the rep range feels easy",
  "max-strength": "heavy, about 85% of your 1-rep max (RPE 8), few reps: the stimulus that improves running economy",
  power: "heavy-light lifts plus jumps; two sessions a week keep the strength while the mileage peaks",
  taper: "keep some intensity but cut the volume, so you reach the start line fresh",
};

const PHASE_NAMES: Record<Phase, string> = {
  foundation: "foundation",
  strength: "strength",
  "max-strength": "max-strength",
  power: "power and maintenance",
  taper: "taper",
};

export interface LoadReasonSpec {
  target: WeekTarget;
  weeks: number;
  /** True when no equipment adds load: "heavy" means the hardest bodyweight rungs. */
  bodyweightOnly: boolean;
  /** True when the run plan steps back this week. */
  stepBack: boolean;
}

function phaseReason(spec: LoadReasonSpec): Reason {
  const { target } = spec;
  if (target.raceWeek) {
    return {
      rule: "race-week",
      text: "Race week: a short activation session early in the week, light and low in soreness; nothing in the last two days.",
    };
  }
  const heading = `Week ${target.index} of ${spec.weeks}, ${PHASE_NAMES[target.phase]} phase, ${target.load} week`;
  let text = `${heading}: ${PHASE_NOTES[target.phase]}.`;
  if (target.phase === "taper") text += " Nothing heavy in the last 10 days before the race.";
  if (target.load === "heavy" && spec.bodyweightOnly) {
    text += " With your equipment, heavy means the hardest rungs of each ladder: single-leg and slow-lowering work.";
  }
  if (target.index === 1 && target.load === "bodyweight")
    text = `${heading}: bodyweight only in week 1, to learn the moves.`;
  return { rule: target.phase === "taper" ? "taper" : "phase", text };
}

function deloadReason(spec: LoadReasonSpec): Reason {
  const why = spec.stepBack ? "lined up with the step-back week of your run plan" : "every third or fourth week";
  return {
    rule: "deload",
    text: `Deload week, ${why}: same load, about half of last week's sets, so the body absorbs the work.`,
  };
}

export function loadReasons(spec: LoadReasonSpec): Reason[] {
  const reasons = [phaseReason(spec)];
  if (spec.target.deload) reasons.push(deloadReason(spec));
  return reasons;
}
