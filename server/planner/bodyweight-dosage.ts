import type { Dose, DoseContext } from "./dosage";

/**
 * Bodyweight and band work has a scheme of its own (docs/training-science.md#progression-from-bodyweight-to-heavy):
 * it gets harder by rung, tempo, pauses, one leg and range, never by cutting the reps to barbell
 * numbers. Reps stay within 6-15 a set; holds within 20-45 s. The barbell dose sets the sets.
 */

export const MIN_BODYWEIGHT_REPS = 6;

function repsFor(ctx: DoseContext): number {
  const w = ctx.weekOfPhase;
  switch (ctx.phase) {
    case "foundation":
      return Math.min(15, 10 + 2 * (w - 1));
    case "strength":
      return w <= 2 ? 12 : 10;
    case "max-strength":
      return w === 1 ? 10 : 8;
    case "power":
      return 8;
    case "taper":
      return ctx.raceWeek ? 8 : 6;
  }
}

/** The barbell-shaped dose turned into a bodyweight one: same sets, reps and holds of its own. */
export function bodyweightDose(base: Dose, ctx: DoseContext): Dose {
  const reps = Math.max(MIN_BODYWEIGHT_REPS, Math.max(repsFor(ctx), Math.min(base.reps, 15)));
  const seconds = Math.min(45, Math.max(20, base.seconds));
  return { sets: base.sets, reps, seconds, metres: base.metres };
}
