import { doseFor, firstExposure, prescribe, type DoseContext, type SlotRole } from "./dosage";
import { lighterOf, type ExerciseLimits } from "./rules";
import { type ExercisePicker } from "./selection";
import type { AthleteLevel, Exercise, Load, MovementPattern, Phase, PrescribedExercise, Reason } from "./types";

/**
 * What a session holds: a template per phase (main lifts first, then power and accessories),
 * each slot filled with the best rung the equipment and the day allow.
 */

interface Slot {
  patterns: readonly MovementPattern[];
  role: SlotRole;
}

interface Template {
  focus: string;
  slots: readonly Slot[];
}

const main = (...patterns: MovementPattern[]): Slot => ({ patterns, role: "main" });
const accessory = (...patterns: MovementPattern[]): Slot => ({ patterns, role: "accessory" });
const power = (): Slot => ({ patterns: ["plyometric"], role: "power" });

const CORE = accessory("core", "balance");

function liftingTemplates(label: string): Template[] {
  return [
    { focus: `${label}: hinge and squat`, slots: [main("hinge", "hip-extension"), main("squat", "lunge"), main("knee-flexion"), accessory("calf"), CORE] },
    { focus: `${label}: single leg and hamstrings`, slots: [main("lunge", "squat"), main("knee-flexion", "hinge"), main("hip-extension"), accessory("hip-abduction"), CORE] },
    { focus: `${label}: posterior chain and calves`, slots: [main("hinge", "hip-extension"), main("lunge", "squat"), main("calf"), accessory("hip-abduction"), CORE] },
  ];
}

const TEMPLATES: Record<Phase, readonly Template[]> = {
  foundation: [
    { focus: "foundation: hips, hamstrings and trunk", slots: [main("hip-extension", "hinge"), main("squat", "lunge"), main("knee-flexion"), accessory("calf"), CORE] },
    { focus: "foundation: single-leg control", slots: [main("hinge", "hip-extension"), main("lunge", "squat"), accessory("hip-abduction"), accessory("balance"), accessory("core")] },
    { focus: "foundation: hamstrings and hips", slots: [main("knee-flexion"), main("hip-extension"), main("squat", "lunge"), accessory("hip-abduction"), CORE] },
  ],
  strength: liftingTemplates("strength"),
  "max-strength": liftingTemplates("max strength"),
  power: [
    { focus: "power: jumps and heavy hinge", slots: [power(), main("hinge", "hip-extension"), main("squat", "lunge"), main("calf"), CORE] },
    { focus: "power: springy single leg", slots: [power(), main("lunge", "squat"), main("knee-flexion", "hinge"), CORE] },
  ],
  taper: [{ focus: "taper: short and sharp", slots: [power(), main("hinge", "hip-extension"), main("lunge", "squat"), CORE] }],
};

const RACE_WEEK: Template = {
  focus: "race week: activation and mobility",
  slots: [accessory("hip-extension"), accessory("hip-abduction"), accessory("core"), power(), accessory("balance")],
};

const RECOVERY: Template = {
  focus: "recovery day: core, hips and upper body",
  slots: [accessory("core"), accessory("hip-abduction"), accessory("upper-pull"), accessory("upper-push"), accessory("hip-extension", "balance")],
};

const UPPER_ONLY: Template = {
  focus: "core and upper body: the legs rest after the marathon",
  slots: [accessory("core"), accessory("upper-pull"), accessory("upper-push"), accessory("core", "balance")],
};

export interface SessionSpec {
  phase: Phase;
  weekOfPhase: number;
  /** 1-based block week. */
  week: number;
  level: AthleteLevel;
  /** The session's own load (the week's target, or lighter on a limited day). */
  load: Load;
  /** The week's target load. */
  weekLoad: Load;
  limits: ExerciseLimits;
  raceWeek: boolean;
  /** 0-based position of the session in its week, to rotate the templates. */
  slotInWeek: number;
}

export interface SessionContent {
  focus: string;
  exercises: PrescribedExercise[];
  reasons: Reason[];
}

/** How many sessions have already met each high-soreness exercise. */
export type Exposures = ReadonlyMap<string, number>;

const LOAD_LEVEL: Record<Load, number> = { bodyweight: 1, light: 2, moderate: 3, heavy: 4 };

function targetLevel(role: SlotRole, spec: SessionSpec): number {
  if (role === "power") {
    if (spec.phase !== "power" || spec.load !== "heavy") return 2;
    return spec.level === "beginner" ? 2 : spec.level === "intermediate" ? 3 : 4;
  }
  const base = LOAD_LEVEL[spec.load] + (spec.level === "advanced" && LOAD_LEVEL[spec.load] >= 3 ? 1 : 0);
  return role === "main" ? base : Math.min(base, spec.level === "advanced" ? 4 : 3);
}

function templateFor(spec: SessionSpec): Template {
  if (!spec.limits.lowerBody) return UPPER_ONLY;
  if (spec.raceWeek) return RACE_WEEK;
  const lowered = LOAD_LEVEL[spec.load] < LOAD_LEVEL[spec.weekLoad];
  if (lowered && spec.limits.maxSoreness === "low" && spec.load === "light") return RECOVERY;
  const templates = TEMPLATES[spec.phase];
  return templates[spec.slotInWeek % templates.length] ?? RECOVERY;
}

/** The day's limits, tightened for race week and for a beginner's first two weeks. */
function sessionLimits(spec: SessionSpec): ExerciseLimits {
  if (spec.raceWeek) return { ...spec.limits, maxSoreness: "low", eccentricHeavy: false };
  if (spec.level === "beginner" && spec.week <= 2) {
    return { ...spec.limits, maxSoreness: spec.limits.maxSoreness === "low" ? "low" : "medium" };
  }
  return spec.limits;
}

/** Beginners meet each high-soreness exercise twice at low volume, others once. */
const lowVolumeExposures = (level: AthleteLevel): number => (level === "beginner" ? 2 : 1);

function exposureReason(e: Exercise, sets: number, line: PrescribedExercise): Reason {
  const amount = line.reps !== undefined ? `${line.reps}` : line.seconds !== undefined ? `${line.seconds} s` : `${line.metres} m`;
  return {
    rule: "repeated-bout",
    text: `${e.name} leaves soreness the first times: ${sets} x ${amount} for now; the repeated-bout effect makes the next sessions easier.`,
  };
}

export function prescribeSession(spec: SessionSpec, picker: ExercisePicker, exposures: Exposures): SessionContent {
  const template = templateFor(spec);
  const limits = sessionLimits(spec);
  const dose: DoseContext = { phase: spec.phase, weekOfPhase: spec.weekOfPhase, level: spec.level, load: spec.load, raceWeek: spec.raceWeek };
  const exercises: PrescribedExercise[] = [];
  const reasons: Reason[] = [];
  const chosen: string[] = [];
  for (const slot of template.slots) {
    const e = picker.pick({ patterns: slot.patterns, targetLevel: targetLevel(slot.role, spec), limits, heavy: spec.load === "heavy", bodyweightOnly: spec.load === "bodyweight", exclude: chosen });
    if (!e) continue;
    chosen.push(e.id);
    let amount = doseFor(slot.role, dose);
    const firstTimes = e.soreness === "high" && (exposures.get(e.id) ?? 0) < lowVolumeExposures(spec.level);
    if (firstTimes) amount = firstExposure(amount);
    const line = prescribe(e, amount, slot.role === "main" ? spec.load : lighterOf(spec.load, "moderate"));
    exercises.push(line);
    if (firstTimes) reasons.push(exposureReason(e, amount.sets, line));
  }
  return { focus: template.focus, exercises, reasons };
}
