import { phaseLengths, type WeekTarget } from "./progression";
import type { Load, Phase, Reason } from "./types";

/**
 * The plain-words "why this load" of a session: its phase, a deload, the taper, the rep-max test.
 * Every text matches what the session prescribes: effort words (RPE, reps in reserve), never a
 * share of a 1-rep max, and bodyweight words only for bodyweight weeks.
 */

function phaseNote(phase: Phase, load: Load, bodyweightOnly: boolean): string {
  switch (phase) {
    case "foundation":
      if (load === "bodyweight")
        return "learn the moves with bodyweight, bands and holds, and ease in: the first sessions of a block make you the sorest";
      return `${load} loads and steady tempo while tendons and muscles adapt; every set ends with reps to spare`;
    case "strength":
      return bodyweightOnly
        ? "harder rungs and a 3-second lowering at RPE 7 (about 3 reps in reserve); move up a rung once the top of the range feels easy"
        : "moderate weights at RPE 7 (about 3 reps in reserve); add a little weight once the top of the rep range feels easy";
    case "max-strength":
      return bodyweightOnly
        ? "the hardest rungs you can control, slow lowering and pauses at RPE 8 (about 2 reps in reserve): the stimulus that improves running economy"
        : "heavy weights for few reps at RPE 8 (about 2 reps in reserve): the stimulus that improves running economy";
    case "power":
      return "two short sessions a week with jumps keep the strength while the mileage peaks";
    case "taper":
      return "keep some intensity but cut the volume, so you reach the start line fresh";
  }
}

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
  hasRace?: boolean;
  /** The session holds lifts with weights. */
  loadedLifts?: boolean;
  /** Some weights come from the athlete's log. */
  anchored?: boolean;
}

function phaseReason(spec: LoadReasonSpec): Reason {
  const { target } = spec;
  if (target.raceWeek) {
    return {
      rule: "race-week",
      text: "Race week: a short activation and mobility session early in the week, light and low in soreness; nothing in the last two days.",
    };
  }
  const heading = `Week ${target.index} of ${spec.weeks}, ${PHASE_NAMES[target.phase]} phase, ${target.load} week`;
  let text = `${heading}: ${phaseNote(target.phase, target.load, spec.bodyweightOnly)}.`;
  if (target.phase === "taper") text += " Nothing heavy in the last 10 days before the race.";
  if (target.load === "heavy" && spec.bodyweightOnly) {
    text += " With your equipment, heavy means the hardest rungs of each ladder: single-leg and slow-lowering work.";
  }
  if (target.index === 1 && target.load === "bodyweight")
    text = `${heading}: bodyweight only in week 1, to learn the moves.`;
  if (spec.anchored) text += " Weights come from the sets you logged.";
  return { rule: target.phase === "taper" ? "taper" : "phase", text };
}

function deloadReason(spec: LoadReasonSpec): Reason {
  const why = spec.stepBack ? "lined up with the step-back week of your run plan" : "every third or fourth week";
  return {
    rule: "deload",
    text: `Deload week, ${why}: the same effort, about half of last week's sets and no exercise asked for more than last time, so the body absorbs the work.`,
  };
}

/** At the end of the foundation phase, athletes with weights may find their working weights. */
function repMaxReason(spec: LoadReasonSpec): Reason | null {
  if (spec.bodyweightOnly || spec.anchored || spec.target.phase !== "foundation") return null;
  if (phaseLengths(spec.weeks, spec.hasRace ?? true).foundation !== spec.target.index) return null;
  return {
    rule: "rep-max-test",
    text: "Optional this week: a rep-max test. After the session, work up over 3-4 sets to the heaviest weight you can lift 8 times in good form on a main lift, and log it; from then on the plan gives your weights.",
  };
}

export function loadReasons(spec: LoadReasonSpec): Reason[] {
  const reasons = [phaseReason(spec)];
  if (spec.target.deload) reasons.push(deloadReason(spec));
  const test = repMaxReason(spec);
  if (test) reasons.push(test);
  return reasons;
}
