import { isExternallyLoaded, isPlyometric, needsBand } from "./selection";
import type { AthleteLevel, Exercise, Load, Phase, PrescribedExercise } from "./types";

/**
 * Sets, reps, holds and distances per phase (docs/training-science.md#progression-from-bodyweight-to-heavy),
 * and the intensity a runner
 * reads next to each exercise.
 *   foundation     2-3 x 10-15, holds 20-30 s      bodyweight, bands, isometrics
 *   strength       3 x 8-10                         RPE 7, about 70 % 1RM
 *   max strength   3-4 x 4-6                        RPE 8, about 85 % 1RM
 *   power          3 x 3-5 plus jumps               heavy-light, quick contacts
 *   taper          1-2 x 3-5                        keep some intensity, cut volume
 * Accessories (core, hips, calves, balance) stay at 2-3 x 10-15 or 20-45 s holds in every phase.
 */

export type SlotRole = "main" | "accessory" | "power";

export interface DoseContext {
  phase: Phase;
  weekOfPhase: number;
  level: AthleteLevel;
  load: Load;
  raceWeek: boolean;
}

export interface Dose {
  sets: number;
  reps: number;
  seconds: number;
  metres: number;
}

function mainDose(ctx: DoseContext): Dose {
  const w = ctx.weekOfPhase;
  switch (ctx.phase) {
    case "foundation": {
      const easing = w === 1 || (ctx.level === "beginner" && w === 2);
      return {
        sets: easing ? 2 : 3,
        reps: Math.min(15, 10 + 2 * (w - 1)),
        seconds: Math.min(30, 20 + 5 * (w - 1)),
        metres: 20,
      };
    }
    case "strength":
      return { sets: 3, reps: w <= 2 ? 10 : 8, seconds: 30, metres: 30 };
    case "max-strength":
      return { sets: ctx.level === "advanced" ? 4 : 3, reps: w === 1 ? 6 : w <= 3 ? 5 : 4, seconds: 40, metres: 30 };
    case "power":
      return { sets: 3, reps: ctx.level === "advanced" ? 3 : 4, seconds: 30, metres: 30 };
    case "taper":
      return ctx.raceWeek
        ? { sets: 2, reps: 8, seconds: 20, metres: 20 }
        : { sets: 2, reps: 4, seconds: 30, metres: 20 };
  }
}

function accessoryDose(ctx: DoseContext): Dose {
  if (ctx.phase === "foundation") {
    const main = mainDose(ctx);
    return { ...main, reps: Math.max(12, main.reps) };
  }
  if (ctx.phase === "taper") return { sets: ctx.raceWeek ? 1 : 2, reps: 10, seconds: 20, metres: 20 };
  return { sets: 2, reps: 12, seconds: ctx.phase === "strength" ? 30 : 40, metres: 20 };
}

function powerDose(ctx: DoseContext): Dose {
  if (ctx.phase === "taper") return { sets: 2, reps: 6, seconds: 10, metres: 20 };
  return { sets: 3, reps: 8, seconds: 15, metres: 20 };
}

export function doseFor(role: SlotRole, ctx: DoseContext): Dose {
  if (role === "main") return mainDose(ctx);
  if (role === "power") return powerDose(ctx);
  return accessoryDose(ctx);
}

/** A first taste of a high-soreness exercise: two short sets (repeated-bout effect). */
export function firstExposure(dose: Dose): Dose {
  return {
    sets: Math.min(dose.sets, 2),
    reps: Math.min(dose.reps, 5),
    seconds: Math.min(dose.seconds, 20),
    metres: Math.min(dose.metres, 20),
  };
}

const BAND: Record<Load, string> = {
  bodyweight: "light band",
  light: "light band",
  moderate: "medium band, RPE 7",
  heavy: "strong band, RPE 8",
};

/** A weight for the reps: fewer reps, a bigger share of the 1-rep max (RPE 7 moderate, RPE 8 heavy). */
function loadedIntensity(load: Load, reps: number): string {
  switch (load) {
    case "bodyweight":
      return "bodyweight";
    case "light":
      return "light weight, RPE 5-6";
    case "moderate":
      return `RPE 7 (about ${reps <= 6 ? 75 : reps <= 10 ? 70 : 60}% 1RM)`;
    case "heavy":
      return `RPE 8 (about ${reps <= 5 ? 85 : reps <= 8 ? 80 : 70}% 1RM)`;
  }
}

function bodyweightIntensity(e: Exercise, load: Load): string {
  const hold = e.unit === "seconds";
  switch (load) {
    case "bodyweight":
      return "bodyweight";
    case "light":
      return hold ? "bodyweight, steady hold at RPE 6" : "bodyweight, slow and controlled, RPE 6";
    case "moderate":
      return hold ? "bodyweight, hold at RPE 7" : "bodyweight, RPE 7 (2-3 reps in reserve)";
    case "heavy":
      if (hold) return "bodyweight, hardest hold you can keep in good form, RPE 8";
      return e.emphasis === "eccentric"
        ? "bodyweight, 3-4 s lowering, RPE 8"
        : "bodyweight, RPE 8 (1-2 reps in reserve)";
  }
}

export function intensityFor(e: Exercise, load: Load, reps: number): string {
  if (isPlyometric(e))
    return load === "heavy" ? "explosive, quick contacts, full recovery between sets" : "light, quick contacts";
  if (isExternallyLoaded(e)) return loadedIntensity(load, reps);
  if (needsBand(e)) return BAND[load];
  return bodyweightIntensity(e, load);
}

/** The prescription line for one exercise, keys in a fixed order. */
export function prescribe(e: Exercise, dose: Dose, load: Load): PrescribedExercise {
  const line: PrescribedExercise = {
    exerciseId: e.id,
    sets: dose.sets,
    perSide: e.unilateral,
    intensity: intensityFor(e, load, dose.reps),
  };
  const amount =
    e.unit === "reps"
      ? { reps: dose.reps }
      : e.unit === "seconds"
        ? { seconds: dose.seconds }
        : { metres: dose.metres };
  return { exerciseId: line.exerciseId, sets: line.sets, ...amount, perSide: line.perSide, intensity: line.intensity };
}
