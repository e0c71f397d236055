/**
 * The product's words as plain lists, with no zod, so a page can use them without shipping a
 * schema library to the browser. server/domain/vocabulary.ts builds the zod enums (and the
 * inferred types) from exactly these lists: each word is still defined once.
 */

export const RUN_TYPES = ["easy", "recovery", "long", "tempo", "intervals", "hills", "race", "cross", "rest"] as const;

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

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;

/**
 * Lifting experience, asked apart from running level: a fast runner may never have lifted. "new" never
 * lifted (or not for years), "some" lifted now and then, "regular" lifts most weeks.
 */
export const LIFTING_EXPERIENCE = ["new", "some", "regular"] as const;

export const LOADS = ["bodyweight", "light", "moderate", "heavy"] as const;

export const PHASES = ["foundation", "strength", "max-strength", "power", "taper"] as const;

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

export const EMPHASES = ["isometric", "concentric", "eccentric", "plyometric"] as const;

export const SORENESS = ["low", "medium", "high"] as const;

export const WEEKDAY_SLOTS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const PRESCRIPTION_UNITS = ["reps", "seconds", "metres"] as const;
export const DISTANCE_UNITS = ["km", "mi"] as const;
export const WEEK_STARTS = ["monday", "sunday"] as const;

type RunTypeWord = (typeof RUN_TYPES)[number];
/** Quality runs are the hard sessions strength work must stay clear of. */
export const QUALITY_RUN_TYPES: readonly RunTypeWord[] = ["tempo", "intervals", "hills"];
/** Entries on a run calendar that are not running: no distance counts towards run volume. */
export const NOT_RUNNING: readonly RunTypeWord[] = ["cross", "rest"];

/** Distances are stored in kilometres and shown in the athlete's unit. */
export const KM_PER_MILE = 1.609344;
/** Loads are stored in kilograms and shown in pounds to athletes who run in miles. */
export const KG_PER_LB = 0.45359237;

/** The weekday number a week starts on (0 Sunday, 1 Monday), as the date helpers take it. */
export function weekStartsOn(weekStart: (typeof WEEK_STARTS)[number]): 0 | 1 {
  return weekStart === "sunday" ? 0 : 1;
}

/** "Monday" for "mon": a slot's name (slots run Monday first, names Sunday first). */
export function weekdaySlotName(slot: (typeof WEEKDAY_SLOTS)[number]): string {
  return WEEKDAY_NAMES[(WEEKDAY_SLOTS.indexOf(slot) + 1) % 7] ?? slot;
}
