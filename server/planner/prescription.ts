import type { LoggedSession } from "../domain/plan";
import type { LiftingExperience } from "../domain/vocabulary";
import { LEVEL_RANK, LOAD_LEVEL, TemplateChoices, type Choice } from "./choices";
import {
  doseContext,
  firstExposure,
  powerDose,
  prescribe,
  roleDose,
  sessionDoses,
  type SessionDoses,
  type SlotRole,
} from "./dosage";
import { anchoredLoad, anchorsFromLog, type Anchors } from "./loads";
import { nordicAllowed, nordicDose, nordicFor, nordicLine, nordicSorenessNote } from "./nordic";
import { lighterOf, type ExerciseLimits } from "./rules";
import { isExternallyLoaded, type ExercisePicker } from "./selection";
import { orderByDemand, sessionTiming } from "./session-shape";
import { RACE_WEEK, RECOVERY, TEMPLATES, UPPER_ONLY, type Template } from "./templates";
import type { AthleteLevel, Exercise, Load, Phase, PrescribedExercise, Reason, Soreness } from "./types";
import { warmUpFor } from "./warm-up";
import { exerciseWhy, type WhyDetail } from "./why";

/**
 * What a session holds: its phase's template (templates.ts), each slot filled with the best rung
 * the equipment and the day allow, dosed for the week (dosage.ts, bodyweight-dosage.ts), anchored
 * to the log where it can be (loads.ts), the week's Nordic (nordic.ts), then ordered, timed and
 * explained (session-shape.ts, warm-up.ts, why.ts).
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
  deload?: boolean;
  /** Lifting experience, asked apart from the running level; absent: read from the level. */
  liftingExperience?: LiftingExperience;
  /** The training log and the athlete's today, to anchor loads. */
  log?: readonly LoggedSession[];
  today?: string;
  equipment?: readonly string[];
  /** The running level, kept for jump contacts when `level` is lowered to the lifting experience. */
  runningLevel?: AthleteLevel;
}

export interface SessionContent {
  focus: string;
  exercises: PrescribedExercise[];
  reasons: Reason[];
  warmUp: string[];
  minutes: number;
  shortVersion: string[];
}

/** How many sessions have already met each exercise. */
export type Exposures = ReadonlyMap<string, number>;

const FROM_EXPERIENCE: Record<LiftingExperience, AthleteLevel> = {
  new: "beginner",
  some: "intermediate",
  regular: "advanced",
};

/** The level lifting choices use: the running level, never above the lifting experience. */
export function liftingLevel(level: AthleteLevel, experience: LiftingExperience | undefined): AthleteLevel {
  if (!experience) return level;
  const fromLifting = FROM_EXPERIENCE[experience];
  return LEVEL_RANK[fromLifting] < LEVEL_RANK[level] ? fromLifting : level;
}

function templateFor(spec: SessionSpec): Template {
  if (!spec.limits.lowerBody) return UPPER_ONLY;
  if (spec.raceWeek) return RACE_WEEK;
  const lowered = LOAD_LEVEL[spec.load] < LOAD_LEVEL[spec.weekLoad];
  if (lowered && spec.limits.maxSoreness === "low" && spec.load === "light") return RECOVERY;
  const templates = TEMPLATES[spec.phase];
  return templates[spec.slotInWeek % templates.length] ?? RECOVERY;
}

/** The day's limits, tightened for race week, a beginner's first two weeks, and beside the Nordic. */
function sessionLimits(spec: SessionSpec, withNordic: boolean): ExerciseLimits {
  if (spec.raceWeek) return tightened(spec.limits, "low", false);
  const cap = spec.level === "beginner" && (spec.week <= 2 || withNordic);
  if (cap) return tightened(spec.limits, spec.limits.maxSoreness === "low" ? "low" : "medium");
  return spec.limits;
}

/** The limits with a lower soreness cap (and maybe no slow-eccentric work), written out: see `liftedSpec`. */
function tightened(limits: ExerciseLimits, maxSoreness: Soreness, eccentricHeavy = limits.eccentricHeavy) {
  return {
    maxSoreness,
    plyometric: limits.plyometric,
    eccentricHeavy,
    lowerBody: limits.lowerBody,
    newExercises: limits.newExercises,
  } satisfies Every<ExerciseLimits>;
}

/** Every key of T present (a value may still be undefined), so a written-out copy misses none. */
type Every<T> = { [K in keyof Required<T>]: T[K] };

/**
 * The spec the lifting choices read: the level lowered to the lifting experience, the running
 * level kept for jumps. Written out key by key on purpose: in V8 a spread that then adds a key
 * builds a fresh hidden class every time, several microseconds per session on the planner's
 * hottest path (a spread-and-add there was about a third of a plan's time).
 */
function liftedSpec(spec: SessionSpec, level: AthleteLevel): SessionSpec {
  return {
    phase: spec.phase,
    weekOfPhase: spec.weekOfPhase,
    week: spec.week,
    level,
    load: spec.load,
    weekLoad: spec.weekLoad,
    limits: spec.limits,
    raceWeek: spec.raceWeek,
    slotInWeek: spec.slotInWeek,
    deload: spec.deload,
    liftingExperience: spec.liftingExperience,
    log: spec.log,
    today: spec.today,
    equipment: spec.equipment,
    runningLevel: spec.level,
  } satisfies Every<SessionSpec>;
}

/** Beginners meet each high-soreness exercise twice at low volume, others once. */
const lowVolumeExposures = (level: AthleteLevel): number => (level === "beginner" ? 2 : 1);

/** One step lighter for a first time: heavy enters as moderate, moderate as light. */
const STEP_DOWN: Record<Load, Load> = {
  heavy: "moderate",
  moderate: "light",
  light: "light",
  bodyweight: "bodyweight",
};

function exposureReason(e: Exercise, sets: number, line: PrescribedExercise): Reason {
  const amount =
    line.reps !== undefined ? `${line.reps}` : line.seconds !== undefined ? `${line.seconds} s` : `${line.metres} m`;
  return {
    rule: "repeated-bout",
    text: `${e.name} leaves soreness the first times: ${sets} x ${amount} for now; the repeated-bout effect makes the next sessions easier.`,
  };
}

/** A deload or taper never asks more of an exercise than its last prescription did. */
function capTo(line: PrescribedExercise, last: PrescribedExercise | undefined): void {
  if (!last) return;
  line.sets = Math.min(line.sets, last.sets);
  if (line.reps !== undefined && last.reps !== undefined) line.reps = Math.min(line.reps, last.reps);
  if (line.seconds !== undefined && last.seconds !== undefined) line.seconds = Math.min(line.seconds, last.seconds);
  if (line.metres !== undefined && last.metres !== undefined) line.metres = Math.min(line.metres, last.metres);
}

function maintenanceOf(spec: SessionSpec): WhyDetail["maintenance"] {
  if (spec.deload) return "deload";
  if (spec.phase === "taper") return "taper";
  return spec.phase === "power" ? "peak" : undefined;
}

/**
 * Fills the sessions of one plan; the doses depend on the week and are computed every time.
 * It remembers, across weeks, each exercise's last line (deloads never raise it) and the Nordic.
 */
export class SessionPrescriber {
  private readonly choices: TemplateChoices;
  private readonly lastLine = new Map<string, PrescribedExercise>();
  private anchors: Anchors | null = null;
  private nordicWeek = 0;
  private nordicsDone = 0;

  constructor(picker: ExercisePicker) {
    this.choices = new TemplateChoices(picker);
  }

  prescribe(spec: SessionSpec, exposures: Exposures): SessionContent {
    const level = liftingLevel(spec.level, spec.liftingExperience ?? undefined);
    const lifted = liftedSpec(spec, level);
    const template = templateFor(lifted);
    const nordic = spec.equipment ? nordicFor(spec.equipment) : null;
    const withNordic = nordic !== null && this.nordicWeek !== spec.week && nordicAllowed(lifted);
    const reasons: Reason[] = [];
    const doses = sessionDoses(doseContext(lifted, lifted.level), lifted.runningLevel ?? lifted.level);
    const exercises: PrescribedExercise[] = [];
    // A plain loop over the template's choices, empty slots skipped: no filtered copy, no callback.
    for (const c of this.choose(template, lifted, withNordic))
      if (c) exercises.push(this.line(c.exercise, c.role, lifted, doses, exposures, reasons));
    if (nordic && withNordic) exercises.push(this.nordic(nordic, lifted, reasons));
    const ordered = orderByDemand(exercises);
    for (const line of ordered) this.lastLine.set(line.exerciseId, line);
    const { minutes, shortVersion } = sessionTiming(ordered);
    return {
      focus: template.focus,
      exercises: ordered,
      reasons,
      warmUp: warmUpFor(ordered, spec.raceWeek),
      minutes,
      shortVersion,
    };
  }

  private anchorsFor(spec: SessionSpec): Anchors {
    this.anchors ??= anchorsFromLog(spec.log ?? [], spec.today);
    return this.anchors;
  }

  private line(
    e: Exercise,
    role: SlotRole,
    spec: SessionSpec,
    doses: SessionDoses,
    exposures: Exposures,
    reasons: Reason[],
  ) {
    const loaded = isExternallyLoaded(e);
    const seen = exposures.get(e.id) ?? 0;
    let amount = role === "power" ? powerDose(e, doses.power) : roleDose(doses, role, !loaded);
    const firstTimes = e.soreness === "high" && seen < lowVolumeExposures(spec.level);
    if (firstTimes) amount = firstExposure(amount, !loaded);
    const roleLoad = role === "main" ? spec.load : lighterOf(spec.load, "moderate");
    // New lifters take two sessions at the lighter step; everyone enters a new lift one step lighter.
    const first = seen < (spec.level === "beginner" && loaded ? 2 : 1);
    const load = first ? STEP_DOWN[roleLoad] : roleLoad;
    const line = prescribe(e, amount, load);
    if (spec.deload || spec.phase === "taper") capTo(line, this.lastLine.get(e.id));
    const anchor = loaded && line.reps !== undefined ? this.anchorsFor(spec).get(e.id) : undefined;
    let anchored: string | undefined;
    if (anchor && line.reps !== undefined) {
      const kg = anchoredLoad(anchor, line.reps, load, spec.level === "beginner");
      line.loadKg = kg.loadKg;
      anchored = kg.how;
    }
    line.why = exerciseWhy(e, { first: first && load !== roleLoad, anchored, maintenance: maintenanceOf(spec) });
    if (firstTimes) reasons.push(exposureReason(e, line.sets, line));
    return line;
  }

  private nordic(e: Exercise, spec: SessionSpec, reasons: Reason[]): PrescribedExercise {
    const [sets, reps] = nordicDose(this.nordicsDone, spec.level, spec.phase, spec.deload ?? false);
    const line = nordicLine(e, sets, reps);
    if (spec.deload) capTo(line, this.lastLine.get(e.id));
    const base = "Eccentric hamstring strength: programmes with the Nordic curl cut hamstring strains by about half";
    const stage =
      this.nordicsDone < 2
        ? "a short start, building a little each week"
        : spec.phase === "power"
          ? "held at a maintenance dose through the peak"
          : "once a week";
    line.why = `${base}; ${stage}.`;
    const note = nordicSorenessNote(this.nordicsDone, line.sets, reps);
    if (note) reasons.push(note);
    this.nordicWeek = spec.week;
    if (!spec.deload) this.nordicsDone += 1;
    return line;
  }

  /** The template's choices, null for a slot nothing fills. */
  private choose(template: Template, spec: SessionSpec, withNordic: boolean): readonly (Choice | null)[] {
    const limits = sessionLimits(spec, withNordic);
    const choices = this.choices.get(template, spec, limits);
    if (spec.load !== "heavy") return choices;
    // Loaded main lifts keep the moderate weeks' lifts: the weight and the reps make them heavy,
    // so a lift is never met for the first time at heavy load (docs/training-science.md#knowing-the-load).
    const moderate = this.choices.get(template, spec, limits, "moderate");
    const kept = choices.map((c, i) => {
      const m = moderate[i];
      if (!c || !m || c.role !== "main" || !isExternallyLoaded(m.exercise)) return c;
      return choices.some((o, j) => j !== i && o?.exercise.id === m.exercise.id) ? c : m;
    });
    return kept;
  }
}
