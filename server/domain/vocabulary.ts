import { z } from "zod";
import {
  DISTANCE_UNITS,
  EMPHASES,
  EQUIPMENT,
  LEVELS,
  LIFTING_EXPERIENCE,
  LOADS,
  MOVEMENT_PATTERNS,
  PHASES,
  PRESCRIPTION_UNITS,
  RUN_TYPES,
  SORENESS,
  WEEKDAY_SLOTS,
  WEEK_STARTS,
} from "./enums";

export {
  RUN_TYPES,
  EQUIPMENT,
  LEVELS,
  LIFTING_EXPERIENCE,
  LOADS,
  PHASES,
  MOVEMENT_PATTERNS,
  EMPHASES,
  SORENESS,
  WEEKDAY_SLOTS,
  WEEKDAY_NAMES,
  QUALITY_RUN_TYPES,
  NOT_RUNNING,
  KM_PER_MILE,
  weekStartsOn,
  weekdaySlotName,
  PRESCRIPTION_UNITS,
  DISTANCE_UNITS,
  WEEK_STARTS,
} from "./enums";

/**
 * The product's words as zod enums, built from the plain lists in ./enums.ts: the planner, the
 * schemas, the database enums and the forms all take them from here, and the TypeScript types
 * are inferred. Client code that needs only the lists imports ./enums.ts (no zod in the bundle).
 */

export const runTypeSchema = z.enum(RUN_TYPES, {
  error: "Choose a run type: easy, recovery, long, tempo, intervals, hills, race, cross or rest.",
});
export type RunType = z.infer<typeof runTypeSchema>;

export const equipmentSchema = z.enum(EQUIPMENT, { error: `Unknown equipment (known: ${EQUIPMENT.join(", ")}).` });
export type Equipment = z.infer<typeof equipmentSchema>;

export const levelSchema = z.enum(LEVELS, {
  error: "Choose beginner, intermediate or advanced.",
});
export type AthleteLevel = z.infer<typeof levelSchema>;

export const liftingExperienceSchema = z.enum(LIFTING_EXPERIENCE, {
  error: "Choose new to lifting, some lifting, or lifting most weeks.",
});
export type LiftingExperience = z.infer<typeof liftingExperienceSchema>;

/** How heavy a session is, from no weights to the block's heaviest work. */
export const loadSchema = z.enum(LOADS);
export type Load = z.infer<typeof loadSchema>;

export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

export const movementPatternSchema = z.enum(MOVEMENT_PATTERNS);
export type MovementPattern = z.infer<typeof movementPatternSchema>;

export const emphasisSchema = z.enum(EMPHASES);
export type Emphasis = z.infer<typeof emphasisSchema>;

/** How sore an exercise tends to leave a runner the next days (a planning input, not a feeling). */
export const exerciseSorenessSchema = z.enum(SORENESS);
export type Soreness = z.infer<typeof exerciseSorenessSchema>;

export const prescriptionUnitSchema = z.enum(PRESCRIPTION_UNITS);
export type PrescriptionUnit = z.infer<typeof prescriptionUnitSchema>;

/** The unit distances are shown in; they are always stored in kilometres. */
export const distanceUnitSchema = z.enum(DISTANCE_UNITS);
export type DistanceUnit = z.infer<typeof distanceUnitSchema>;

export const weekStartSchema = z.enum(WEEK_STARTS);
export type WeekStart = z.infer<typeof weekStartSchema>;

export type WeekdaySlot = (typeof WEEKDAY_SLOTS)[number];
