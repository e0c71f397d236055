import { z } from "zod";

/**
 * The product's words, each defined once as a zod enum: the planner, the schemas, the database
 * enums and the forms all take them from here, and the TypeScript types are inferred.
 */

export const RUN_TYPES = ["easy", "recovery", "long", "tempo", "intervals", "hills", "race", "cross", "rest"] as const;
export const runTypeSchema = z.enum(RUN_TYPES, {
  error: "Choose a run type: easy, recovery, long, tempo, intervals, hills, race, cross or rest.",
});
export type RunType = z.infer<typeof runTypeSchema>;

/** Quality runs are the hard sessions strength work must stay clear of. */
export const QUALITY_RUN_TYPES: readonly RunType[] = ["tempo", "intervals", "hills"];
/** Entries on a run calendar that are not running: no distance counts towards run volume. */
export const NOT_RUNNING: readonly RunType[] = ["cross", "rest"];

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
export const equipmentSchema = z.enum(EQUIPMENT, { error: `Unknown equipment (known: ${EQUIPMENT.join(", ")}).` });
export type Equipment = z.infer<typeof equipmentSchema>;

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export const levelSchema = z.enum(LEVELS, {
  error: "Choose beginner, intermediate or advanced.",
});
export type AthleteLevel = z.infer<typeof levelSchema>;

/** How heavy a session is, from no weights to the block's heaviest work. */
export const LOADS = ["bodyweight", "light", "moderate", "heavy"] as const;
export const loadSchema = z.enum(LOADS);
export type Load = z.infer<typeof loadSchema>;

export const PHASES = ["foundation", "strength", "max-strength", "power", "taper"] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

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
export const movementPatternSchema = z.enum(MOVEMENT_PATTERNS);
export type MovementPattern = z.infer<typeof movementPatternSchema>;

export const EMPHASES = ["isometric", "concentric", "eccentric", "plyometric"] as const;
export const emphasisSchema = z.enum(EMPHASES);
export type Emphasis = z.infer<typeof emphasisSchema>;

/** How sore an exercise tends to leave a runner the next days (a planning input, not a feeling). */
export const SORENESS = ["low", "medium", "high"] as const;
export const exerciseSorenessSchema = z.enum(SORENESS);
export type Soreness = z.infer<typeof exerciseSorenessSchema>;

export const prescriptionUnitSchema = z.enum(["reps", "seconds", "metres"]);
export type PrescriptionUnit = z.infer<typeof prescriptionUnitSchema>;

/** The unit distances are shown in; they are always stored in kilometres. */
export const distanceUnitSchema = z.enum(["km", "mi"]);
export type DistanceUnit = z.infer<typeof distanceUnitSchema>;
export const KM_PER_MILE = 1.609344;

export const weekStartSchema = z.enum(["monday", "sunday"]);
export type WeekStart = z.infer<typeof weekStartSchema>;
/** The weekday number a week starts on (0 Sunday, 1 Monday), as the date helpers take it. */
export function weekStartsOn(weekStart: WeekStart): 0 | 1 {
  return weekStart === "sunday" ? 0 : 1;
}

/** Monday first, as the week builder and run templates lay out a week. */
export const WEEKDAY_SLOTS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdaySlot = (typeof WEEKDAY_SLOTS)[number];
/** Full weekday names by `weekday()` number: 0 Sunday ... 6 Saturday. */
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
/** "Monday" for "mon": a slot's name (slots run Monday first, names Sunday first). */
export function weekdaySlotName(slot: WeekdaySlot): string {
  return WEEKDAY_NAMES[(WEEKDAY_SLOTS.indexOf(slot) + 1) % 7] ?? slot;
}
