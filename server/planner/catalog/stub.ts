import type { Exercise } from "../types";

/** Temporary seed set; replaced by the per-pattern files. */
export const STUB: readonly Exercise[] = [
  {
    id: "glute-bridge",
    name: "Glute bridge",
    pattern: "hip-extension",
    equipment: ["mat"],
    emphasis: "concentric",
    soreness: "low",
    level: 1,
    unilateral: false,
    unit: "reps",
    steps: [
      "Lie on your back with knees bent and feet flat, hip-width apart.",
      "Brace your stomach and press through your heels to lift your hips.",
      "Stop when shoulders, hips and knees form a straight line; squeeze your glutes.",
      "Lower slowly back to the floor and repeat.",
    ],
  },
  {
    id: "bodyweight-squat",
    name: "Bodyweight squat",
    pattern: "squat",
    equipment: ["none"],
    emphasis: "concentric",
    soreness: "low",
    level: 1,
    unilateral: false,
    unit: "reps",
    steps: [
      "Stand with feet shoulder-width apart, toes turned out a little.",
      "Sit your hips back and down, keeping your chest tall.",
      "Go as low as you can with heels down, then stand up by driving through the whole foot.",
    ],
  },
  {
    id: "plank",
    name: "Plank",
    pattern: "core",
    equipment: ["mat"],
    emphasis: "isometric",
    soreness: "low",
    level: 1,
    unilateral: false,
    unit: "seconds",
    steps: [
      "Rest on your forearms and toes, elbows under shoulders.",
      "Make a straight line from head to heels; do not let the hips sag.",
      "Breathe steadily and hold for the set time.",
    ],
  },
];
