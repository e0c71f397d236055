/**
 * The planner's vocabulary. The shapes and enums are defined once, in zod, in server/domain/;
 * this module gathers what the planner uses so its files import from one place. Everything is
 * plain data so a plan can be stored as JSON, compared byte for byte and sent over the wire.
 */

export type { IsoDate } from "../domain/dates";
export {
  EMPHASES,
  EQUIPMENT,
  LEVELS,
  LOADS,
  MOVEMENT_PATTERNS,
  PHASES,
  QUALITY_RUN_TYPES,
  RUN_TYPES,
  SORENESS,
} from "../domain/vocabulary";
export type {
  AthleteLevel,
  Emphasis,
  Equipment,
  Load,
  MovementPattern,
  Phase,
  PrescriptionUnit,
  RunType,
  Soreness,
} from "../domain/vocabulary";
export type {
  Plan,
  PlanInput,
  PlanRequest,
  PlannedSession,
  PlannedWeek,
  PlanWarning,
  PrescribedExercise,
  Reason,
  RuleName,
  Run,
} from "../domain/plan";
import type { Emphasis, Equipment, MovementPattern, PrescriptionUnit, Soreness } from "../domain/vocabulary";

export interface Exercise {
  /** kebab-case and stable: stored plans refer to it. */
  id: string;
  name: string;
  pattern: MovementPattern;
  /** Everything needed; an empty list or ["none"] means bodyweight anywhere. */
  equipment: Equipment[];
  emphasis: Emphasis;
  soreness: Soreness;
  level: 1 | 2 | 3 | 4 | 5;
  unilateral: boolean;
  unit: PrescriptionUnit;
  /** The next easier rung on this exercise's ladder, if any. */
  regression?: string;
  /** The next harder rung on this exercise's ladder, if any. */
  progression?: string;
  /** 3-6 steps, in our own words. */
  steps: string[];
  /** The seed article it comes from, e.g. "000_0feef3ce087d421e.txt". */
  source?: string;
}
