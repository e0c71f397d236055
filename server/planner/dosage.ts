import { bodyweightDose } from "./bodyweight-dosage";
import { RESERVE, RPE } from "./loads";
import { isExternallyLoaded, isPlyometric, needsBand } from "./selection";
import type { AthleteLevel, Exercise, Load, Phase, PrescribedExercise } from "./types";

/**
 * Sets, reps, holds and distances per phase (docs/training-science.md#progression-from-bodyweight-to-heavy),
 * and the intensity a runner reads next to each exercise. Loaded lifts follow the barbell schemes:
 *   foundation     2-3 x 10-15, holds 20-30 s
 *   strength       3 x 8-10                         RPE 7, 3 reps in reserve
 *   max strength   3-4 x 4-6                        RPE 8, 2 reps in reserve
 *   power          2 x 3-5 plus jumps               maintenance while the mileage peaks
 *   taper          1-2 x 3-5                        keep some intensity, cut volume
 * Bodyweight work has its own scheme (bodyweight-dosage.ts): never below 6 reps a set, harder by
 * tempo, pauses and rungs. Intensity is effort (RPE, reps in reserve), never a share of a 1-rep max
 * we do not know; a weight appears only once the log anchors it (loads.ts).
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
      // Maintenance while the run volume peaks: two sets keep the strength (Ronnestad 2010).
      return { sets: 2, reps: ctx.level === "advanced" ? 3 : 4, seconds: 30, metres: 30 };
    case "taper":
      return ctx.raceWeek
        ? { sets: 1, reps: 8, seconds: 20, metres: 20 }
        : { sets: 2, reps: 4, seconds: 30, metres: 20 };
  }
}

function accessoryDose(ctx: DoseContext): Dose {
  if (ctx.phase === "foundation") {
    const main = mainDose(ctx);
    return { ...main, reps: Math.max(12, main.reps) };
  }
  if (ctx.phase === "taper") return { sets: ctx.raceWeek ? 1 : 2, reps: 10, seconds: 20, metres: 20 };
  if (ctx.phase === "power") return { sets: 2, reps: 10, seconds: 30, metres: 20 };
  return { sets: 2, reps: 12, seconds: ctx.phase === "strength" ? 30 : 40, metres: 20 };
}

/**
 * Foot contacts a jump session aims at: 60-80 for beginners, 80-100 for experienced runners
 * (docs/training-science.md#jumps-counted-in-foot-contacts); half in the taper, a few in race week.
 */
export function contactTarget(ctx: Pick<DoseContext, "phase" | "level" | "raceWeek">): number {
  const full = ctx.level === "beginner" ? 64 : ctx.level === "intermediate" ? 84 : 90;
  if (ctx.phase === "taper") return ctx.raceWeek ? 20 : Math.round(full / 2);
  return full;
}

/** Contacts per unit of a drill: a rep is one landing, a metre of bounding about half, a second of skipping two. */
export function contactsPerUnit(e: Exercise): number {
  return e.unit === "reps" ? 1 : e.unit === "metres" ? 0.5 : 2;
}

export function powerDose(e: Exercise, ctx: DoseContext): Dose {
  const target = contactTarget(ctx);
  const sides = e.unilateral ? 2 : 1;
  const perSet = 12 / contactsPerUnit(e);
  const sets = Math.max(1, Math.ceil(target / (perSet * sides * contactsPerUnit(e))));
  const amount = Math.ceil(target / (sets * sides * contactsPerUnit(e)));
  return { sets, reps: amount, seconds: amount, metres: amount };
}

/** Foot contacts of a prescribed jump drill, as the athlete would count them. */
export function contactsOf(
  e: Exercise,
  line: Pick<PrescribedExercise, "sets" | "reps" | "seconds" | "metres">,
): number {
  return jumpContacts(e, line.sets, line.reps ?? line.seconds ?? line.metres ?? 0);
}

const jumpContacts = (e: Exercise, sets: number, amount: number): number =>
  Math.round(sets * amount * (e.unilateral ? 2 : 1) * contactsPerUnit(e));

export function doseFor(role: SlotRole, ctx: DoseContext): Dose {
  if (role === "main") return mainDose(ctx);
  return accessoryDose(ctx);
}

/**
 * What dosing reads in one session. A main or accessory dose depends on the week and the role,
 * not on the exercise, so each of the four (role, bodyweight) doses is worked out at most once
 * per session instead of once per line; nothing writes to a dose, so lines share them.
 */
export interface SessionDoses {
  lifting: DoseContext;
  /** Jumps are running work: their contacts follow the running level. */
  power: DoseContext;
  /** main, accessory, main bodyweight, accessory bodyweight. */
  byRole: (Dose | undefined)[];
}

export function sessionDoses(lifting: DoseContext, runningLevel: AthleteLevel): SessionDoses {
  const power = runningLevel === lifting.level ? lifting : doseContext(lifting, runningLevel);
  return { lifting, power, byRole: [] };
}

export function doseContext(week: DoseContext, level: AthleteLevel): DoseContext {
  return { phase: week.phase, weekOfPhase: week.weekOfPhase, level, load: week.load, raceWeek: week.raceWeek };
}

export function roleDose(doses: SessionDoses, role: "main" | "accessory", bodyweight: boolean): Dose {
  const slot = (role === "main" ? 0 : 1) + (bodyweight ? 2 : 0);
  const known = doses.byRole[slot];
  if (known) return known;
  const dose = doseFor(role, doses.lifting);
  return (doses.byRole[slot] = bodyweight ? bodyweightDose(dose, doses.lifting) : dose);
}

/** A first taste of a high-soreness exercise: two short sets (repeated-bout effect). */
export function firstExposure(dose: Dose, bodyweight: boolean): Dose {
  return {
    sets: Math.min(dose.sets, 2),
    reps: Math.min(dose.reps, bodyweight ? 6 : 5),
    seconds: Math.min(dose.seconds, 20),
    metres: Math.min(dose.metres, 20),
  };
}

const BAND: Record<Load, string> = {
  bodyweight: "light band, RPE 6",
  light: "light band, RPE 6",
  moderate: "medium band, RPE 7",
  heavy: "strong band, RPE 8",
};

/** Effort words for a weight: the RPE and the reps left in reserve, nothing about a 1RM we do not know. */
function loadedIntensity(load: Load): string {
  // Four texts, each built once: every loaded line of every plan reads one.
  return (LOADED_INTENSITY[load] ??= loadedIntensityText(load));
}

const LOADED_INTENSITY: Partial<Record<Load, string>> = {};

function loadedIntensityText(load: Load): string {
  if (load === "bodyweight") return "no added weight, RPE 6";
  const words = load === "light" ? "light weight" : load === "moderate" ? "moderate weight" : "heavy weight";
  return `${words}, RPE ${RPE[load]} (${RESERVE[load]} reps in reserve)`;
}

/** Bodyweight intensity: effort plus the tempo or pause that makes the rung harder. */
function bodyweightIntensity(e: Exercise, load: Load): string {
  const hold = e.unit === "seconds";
  if (hold) {
    if (load === "heavy") return "hardest hold you can keep in good form, RPE 8";
    return `steady hold, RPE ${RPE[load]}`;
  }
  switch (load) {
    case "bodyweight":
    case "light":
      return "smooth and controlled, RPE 6 (4 reps in reserve)";
    case "moderate":
      return "3 s lowering, RPE 7 (3 reps in reserve)";
    case "heavy":
      return e.emphasis === "eccentric"
        ? "4 s lowering, 1 s pause at the bottom, RPE 8 (2 reps in reserve)"
        : "3 s lowering, 1 s pause, RPE 8 (2 reps in reserve)";
  }
}

export function intensityFor(e: Exercise, load: Load, contacts?: number): string {
  if (isPlyometric(e)) {
    const count = contacts !== undefined ? `, about ${contacts} foot contacts` : "";
    return load === "heavy"
      ? `explosive, quick contacts, full recovery between sets${count}`
      : `light, quick contacts${count}`;
  }
  if (isExternallyLoaded(e)) return loadedIntensity(load);
  if (needsBand(e)) return BAND[load];
  return bodyweightIntensity(e, load);
}

/**
 * The prescription line for one exercise, keys in a fixed order (the plan's JSON keeps it). One
 * literal per unit rather than a spread amount: in V8 a spread followed by more keys builds a
 * fresh hidden class for every line, and a plan holds hundreds of lines.
 */
export function prescribe(e: Exercise, dose: Dose, load: Load): PrescribedExercise {
  const amount = e.unit === "reps" ? dose.reps : e.unit === "seconds" ? dose.seconds : dose.metres;
  const intensity = intensityFor(e, load, isPlyometric(e) ? jumpContacts(e, dose.sets, amount) : undefined);
  const perSide = e.unilateral;
  if (e.unit === "reps") return { exerciseId: e.id, sets: dose.sets, reps: amount, perSide, intensity };
  if (e.unit === "seconds") return { exerciseId: e.id, sets: dose.sets, seconds: amount, perSide, intensity };
  return { exerciseId: e.id, sets: dose.sets, metres: amount, perSide, intensity };
}
