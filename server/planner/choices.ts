import type { SlotRole } from "./dosage";
import type { SessionSpec } from "./prescription";
import type { ExerciseLimits } from "./rules";
import type { ExercisePicker } from "./selection";
import { FALLBACK, type Slot, type Template } from "./templates";
import type { AthleteLevel, Exercise, Load } from "./types";

/**
 * The exercises a template gets: each slot filled with the best rung the kit, the load and the
 * day's limits allow (selection.ts). They never depend on the athlete's dates, so they are worked
 * out once per combination and kept (see CHOSEN).
 */

export const LOAD_LEVEL: Record<Load, number> = { bodyweight: 1, light: 2, moderate: 3, heavy: 4 };
export const LEVEL_RANK: Record<AthleteLevel, number> = { beginner: 0, intermediate: 1, advanced: 2 };

export interface Choice {
  exercise: Exercise;
  role: SlotRole;
}

function targetLevel(role: SlotRole, spec: SessionSpec): number {
  if (role === "power") {
    if (spec.phase !== "power" || spec.load !== "heavy") return 2;
    return spec.level === "beginner" ? 2 : spec.level === "intermediate" ? 3 : 4;
  }
  const base = LOAD_LEVEL[spec.load] + (spec.level === "advanced" && LOAD_LEVEL[spec.load] >= 3 ? 1 : 0);
  return role === "main" ? base : Math.min(base, spec.level === "advanced" ? 4 : 3);
}

/**
 * The choices depend only on the kit, the template, the load and the limits, never on the
 * athlete's dates, so they are kept across plans (a pure memo: the same key always gives the
 * same choices). Per kit, then per template, then per combination as a small number, so a
 * session looks its choices up without building a string key. Bounded: a kit is a subset of the
 * equipment list, and a long-running server still clears it past a limit.
 */
type ChoiceMemo = Map<Template, Map<number, (Choice | null)[]>>;
const CHOSEN = new Map<string, ChoiceMemo>();
const CHOSEN_KITS = 1_000;

function choicesForKit(kit: string): ChoiceMemo {
  let memo = CHOSEN.get(kit);
  if (!memo) {
    if (CHOSEN.size >= CHOSEN_KITS) CHOSEN.clear();
    memo = new Map();
    CHOSEN.set(kit, memo);
  }
  return memo;
}

const SORENESS_CODE: Record<ExerciseLimits["maxSoreness"], number> = { low: 0, medium: 1, high: 2 };

/** Everything but the kit and the template that decides the choices, as bits. */
function choiceCode(load: Load, spec: SessionSpec, limits: ExerciseLimits): number {
  return (
    LOAD_LEVEL[load] |
    (spec.phase === "power" ? 8 : 0) |
    (LEVEL_RANK[spec.level] << 4) |
    (SORENESS_CODE[limits.maxSoreness] << 6) |
    (limits.plyometric ? 256 : 0) |
    (limits.eccentricHeavy ? 512 : 0) |
    (limits.lowerBody ? 1024 : 0)
  );
}

/** One kit's choices; the same kit in another plan reads the same memo. */
export class TemplateChoices {
  private readonly memo: ChoiceMemo;

  constructor(private readonly picker: ExercisePicker) {
    this.memo = choicesForKit(picker.key);
  }

  /** The template's choices for the spec at `load` (the spec's own by default). */
  get(template: Template, spec: SessionSpec, limits: ExerciseLimits, load = spec.load): (Choice | null)[] {
    let byCode = this.memo.get(template);
    if (!byCode) this.memo.set(template, (byCode = new Map()));
    const code = choiceCode(load, spec, limits);
    let choices = byCode.get(code);
    if (!choices) {
      choices = this.fill(template, load === spec.load ? spec : { ...spec, load }, limits);
      byCode.set(code, choices);
    }
    return choices;
  }

  private fill(template: Template, spec: SessionSpec, sessionLimits: ExerciseLimits): (Choice | null)[] {
    const choices: (Choice | null)[] = [];
    let limits = sessionLimits;
    for (const slot of template.slots) {
      const exclude = choices.flatMap((c) => (c ? [c.exercise.id] : []));
      const exercise = this.pickFor(slot, spec, limits, exclude);
      choices.push(exercise ? { exercise, role: slot.role } : null);
      // A beginner meets one high-soreness exercise per session at most.
      if (exercise?.soreness === "high" && spec.level === "beginner") limits = { ...limits, maxSoreness: "medium" };
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
    // A peak or taper day that rules out jumps leaves their slot empty: a calf raise dosed as foot
    // contacts (4 x 11 a side) is no jump, and it raised the strength volume the peak must cut
    // (docs/training-science.md#peak-and-taper). Race week keeps its activation fallback.
    if (slot.role === "power" && !spec.raceWeek) return null;
    for (const pattern of FALLBACK[slot.role]) {
      const fallback = this.picker.pick({ ...request, patterns: [pattern] });
      if (fallback) return fallback;
    }
    return null;
  }
}
