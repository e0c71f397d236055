/**
 * The planner's vocabulary. Everything here is plain data so a plan can be stored as JSON,
 * compared byte for byte and sent over the wire unchanged.
 */

/** A calendar date in the athlete's time zone, `YYYY-MM-DD`. Never a timestamp. */
export type IsoDate = string;

export const RUN_TYPES = ["easy", "recovery", "long", "tempo", "intervals", "hills", "race", "cross", "rest"] as const;
export type RunType = (typeof RUN_TYPES)[number];

/** Quality runs are the hard sessions strength work must stay clear of the day before. */
export const QUALITY_RUN_TYPES: readonly RunType[] = ["tempo", "intervals", "hills"];

export interface Run {
  date: IsoDate;
  type: RunType;
  distanceKm?: number;
  durationMin?: number;
  title?: string;
}

export const EQUIPMENT = [
  "none",
  "mat",
  "band",
  "stability-ball",
  "slider",
  "box",
  "dumbbell",
  "kettlebell",
  "barbell",
  "machine",
  "partner",
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const MOVEMENT_PATTERNS = [
  "hinge",
  "squat",
  "lunge",
  "knee-flexion",
  "hip-abduction",
  "hip-extension",
  "calf",
  "core",
  "plyometric",
  "balance",
  "upper-pull",
  "upper-push",
] as const;
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];

export const EMPHASES = ["isometric", "concentric", "eccentric", "plyometric"] as const;
export type Emphasis = (typeof EMPHASES)[number];

export const SORENESS = ["low", "medium", "high"] as const;
export type Soreness = (typeof SORENESS)[number];

export type PrescriptionUnit = "reps" | "seconds" | "metres";

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

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type AthleteLevel = (typeof LEVELS)[number];

export interface PlanInput {
  raceDate?: IsoDate;
  startDate?: IsoDate;
  weeks?: number;
  sessionsPerWeek: 2 | 3;
  level: AthleteLevel;
  equipment: string[];
  allowRestDays?: boolean;
  blockedDates?: IsoDate[];
  runs: Run[];
}

export const LOADS = ["bodyweight", "light", "moderate", "heavy"] as const;
export type Load = (typeof LOADS)[number];

export const PHASES = ["foundation", "strength", "max-strength", "power", "taper"] as const;
export type Phase = (typeof PHASES)[number];

export interface PrescribedExercise {
  exerciseId: string;
  sets: number;
  reps?: number;
  seconds?: number;
  metres?: number;
  perSide: boolean;
  /** Human guidance: "bodyweight", "light band", "RPE 7 (about 70% 1RM)", ... */
  intensity: string;
}

/** A rule name a reason or warning refers to, so the UI and the tests can key on it. */
export type RuleName = string;

export interface Reason {
  rule: RuleName;
  text: string;
}

export interface PlannedSession {
  date: IsoDate;
  load: Load;
  focus: string;
  exercises: PrescribedExercise[];
  reasons: Reason[];
}

export interface PlannedWeek {
  index: number;
  startDate: IsoDate;
  phase: Phase;
  deload: boolean;
  sessions: PlannedSession[];
}

export interface PlanWarning {
  rule: RuleName;
  date?: IsoDate;
  text: string;
}

export interface Plan {
  startDate: IsoDate;
  endDate: IsoDate;
  weeks: PlannedWeek[];
  warnings: PlanWarning[];
}
