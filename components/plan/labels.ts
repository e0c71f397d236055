import type { AthleteLevel, Equipment, Load, Phase } from "@/server/planner/types";

/** Words and colours for the planner's vocabulary, shared by every plan screen. */

export const PHASE_LABEL: Record<Phase, string> = {
  foundation: "Foundation",
  strength: "Strength",
  "max-strength": "Max strength",
  power: "Power",
  taper: "Taper",
};

export const PHASE_COLOUR: Record<Phase, string> = {
  foundation: "bg-emerald-200 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-100",
  strength: "bg-sky-200 text-sky-950 dark:bg-sky-900 dark:text-sky-100",
  "max-strength": "bg-indigo-200 text-indigo-950 dark:bg-indigo-900 dark:text-indigo-100",
  power: "bg-amber-200 text-amber-950 dark:bg-amber-900 dark:text-amber-100",
  taper: "bg-rose-200 text-rose-950 dark:bg-rose-900 dark:text-rose-100",
};

export const LOAD_LABEL: Record<Load, string> = {
  bodyweight: "Bodyweight",
  light: "Light",
  moderate: "Moderate",
  heavy: "Heavy",
};

export const LOAD_BADGE: Record<Load, string> = {
  bodyweight: "bg-raised text-fg",
  light: "bg-brand-soft text-brand-strong",
  moderate: "bg-warn-soft text-warn",
  heavy: "bg-danger-soft text-danger",
};

export const EQUIPMENT_CHOICES: { id: Equipment; label: string; hint: string }[] = [
  { id: "mat", label: "Mat or soft floor", hint: "bridges, planks, floor work" },
  { id: "band", label: "Resistance band", hint: "mini band or long loop" },
  { id: "dumbbell", label: "Dumbbells", hint: "a pair you can hold for lunges" },
  { id: "kettlebell", label: "Kettlebell", hint: "swings and deadlifts" },
  { id: "barbell", label: "Barbell and rack", hint: "squats, deadlifts, hip thrusts" },
  { id: "box", label: "Box, bench or step", hint: "step-ups, split squats, box jumps" },
  { id: "stability-ball", label: "Stability ball", hint: "bridges and hamstring curls" },
  { id: "slider", label: "Sliders or a towel", hint: "hamstring curls on a smooth floor" },
  { id: "machine", label: "Gym machines", hint: "leg curl, pull-up station" },
  { id: "partner", label: "Partner or anchor", hint: "to hold your heels for Nordic curls" },
];

/** Running level: how much structured running is behind the athlete (lifting is asked apart). */
export const RUNNING_LEVEL: Record<AthleteLevel, { label: string; hint: string }> = {
  beginner: { label: "Newer runner", hint: "a first block or two of structured running" },
  intermediate: { label: "Regular runner", hint: "several training blocks behind you" },
  advanced: { label: "Experienced runner", hint: "years of racing and high mileage" },
};
