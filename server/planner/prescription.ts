import { doseFor, firstExposure, prescribe, type DoseContext, type SlotRole } from "./dosage";
import { lighterOf, type ExerciseLimits } from "./rules";
import type { ExercisePicker } from "./selection";
import { FALLBACK, RACE_WEEK, RECOVERY, TEMPLATES, UPPER_ONLY, type Slot, type Template } from "./templates";
import type { AthleteLevel, Exercise, Load, Phase, PrescribedExercise, Reason } from "./types";

/**
 * What a session holds: its phase's template (templates.ts), each slot filled with the best rung
 * the equipment and the day allow, dosed for the week.
 */

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
  const amount =
    line.reps !== undefined ? `${line.reps}` : line.seconds !== undefined ? `${line.seconds} s` : `${line.metres} m`;
  return {
    rule: "repeated-bout",
    text: `${e.name} leaves soreness the first times: ${sets} x ${amount} for now; the repeated-bout effect makes the next sessions easier.`,
  };
}

interface Choice {
  exercise: Exercise;
  role: SlotRole;
}

/**
 * Fills the sessions of one plan. The exercises a template gets depend only on the template,
 * the session's load and limits (the athlete and the equipment are fixed per plan), so they are
 * worked out once per combination; the doses depend on the week and are computed every time.
 */
export class SessionPrescriber {
  private readonly chosen = new Map<string, Choice[]>();

  constructor(private readonly picker: ExercisePicker) {}

  prescribe(spec: SessionSpec, exposures: Exposures): SessionContent {
    const template = templateFor(spec);
    const dose: DoseContext = {
      phase: spec.phase,
      weekOfPhase: spec.weekOfPhase,
      level: spec.level,
      load: spec.load,
      raceWeek: spec.raceWeek,
    };
    const exercises: PrescribedExercise[] = [];
    const reasons: Reason[] = [];
    for (const { exercise: e, role } of this.choose(template, spec)) {
      let amount = doseFor(role, dose);
      const firstTimes = e.soreness === "high" && (exposures.get(e.id) ?? 0) < lowVolumeExposures(spec.level);
      if (firstTimes) amount = firstExposure(amount);
      const line = prescribe(e, amount, role === "main" ? spec.load : lighterOf(spec.load, "moderate"));
      exercises.push(line);
      if (firstTimes) reasons.push(exposureReason(e, amount.sets, line));
    }
    return { focus: template.focus, exercises, reasons };
  }

  private choose(template: Template, spec: SessionSpec): Choice[] {
    const limits = sessionLimits(spec);
    const key = [
      template.focus,
      spec.load,
      spec.phase === "power",
      limits.maxSoreness,
      limits.plyometric,
      limits.eccentricHeavy,
      limits.lowerBody,
    ].join("|");
    let choices = this.chosen.get(key);
    if (!choices) {
      choices = this.fill(template, spec, limits);
      this.chosen.set(key, choices);
    }
    return choices;
  }

  private fill(template: Template, spec: SessionSpec, sessionLimits: ExerciseLimits): Choice[] {
    const choices: Choice[] = [];
    let limits = sessionLimits;
    for (const slot of template.slots) {
      const exclude = choices.map((c) => c.exercise.id);
      const exercise = this.pickFor(slot, spec, limits, exclude);
      if (!exercise) continue;
      choices.push({ exercise, role: slot.role });
      // A beginner meets one high-soreness exercise per session at most.
      if (exercise.soreness === "high" && spec.level === "beginner") limits = { ...limits, maxSoreness: "medium" };
    }
    return choices;
  }

  private pickFor(slot: Slot, spec: SessionSpec, limits: ExerciseLimits, exclude: readonly string[]): Exercise | null {
    const request = {
      targetLevel: targetLevel(slot.role, spec),
      limits,
      load: spec.load,
      bodyweightOnly: spec.load === "bodyweight",
      exclude,
    };
    const e = this.picker.pick({ ...request, patterns: slot.patterns });
    if (e || !limits.lowerBody) return e;
    for (const pattern of FALLBACK[slot.role]) {
      const fallback = this.picker.pick({ ...request, patterns: [pattern] });
      if (fallback) return fallback;
    }
    return null;
  }
}
