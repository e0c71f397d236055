import type { LoggedSession } from "../domain/plan";
import type { Load } from "./types";

/**
 * Loads anchored to what the athlete lifted (docs/training-science.md#knowing-the-load): once the
 * training log holds a set with a load for a lift, the prescription gives a weight in kg (shown in
 * the athlete's unit) instead of effort words alone. Two ways to get it:
 * - the top of the rep range was beaten by 1-2 reps at the last load: that load plus a 2-10 % step
 *   (new lifters the larger step, regular lifters the smaller);
 * - otherwise an estimated 1-rep max (Epley: load x (1 + reps / 30), trusted up to about 10 reps)
 *   turned back into a weight for the prescribed reps, leaving the reps in reserve the load asks for.
 */

export interface LiftAnchor {
  /** Estimated 1-rep max from the best logged set of the latest session with this lift. */
  oneRepMaxKg: number;
  lastLoadKg: number;
  /** Most reps done at the last load. */
  lastReps: number;
  /** True when those reps beat what was prescribed by at least one. */
  beaten: boolean;
}

export type Anchors = ReadonlyMap<string, LiftAnchor>;

/** Epley's estimate; a single rep is its own maximum. */
export function estimateOneRepMax(loadKg: number, reps: number): number {
  return reps <= 1 ? loadKg : loadKg * (1 + Math.min(reps, 12) / 30);
}

/** Reps left in the tank for each load: the RPE words the athlete reads say the same thing. */
export const RESERVE: Record<Load, number> = { bodyweight: 4, light: 4, moderate: 3, heavy: 2 };
export const RPE: Record<Load, number> = { bodyweight: 6, light: 6, moderate: 7, heavy: 8 };

/** The latest logged session holding loaded sets of each lift, read up to `today` when given. */
export function anchorsFromLog(log: readonly LoggedSession[], today?: string): Anchors {
  const anchors = new Map<string, LiftAnchor>();
  const done = log
    .filter((s) => (s.status === "done" || s.status === "partial") && (today === undefined || s.date <= today))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of done) {
    const byLift = new Map<string, { load: number; reps: number }[]>();
    for (const set of s.sets) {
      if (!set.loadKg || !set.reps) continue;
      byLift.set(set.exerciseId, [...(byLift.get(set.exerciseId) ?? []), { load: set.loadKg, reps: set.reps }]);
    }
    for (const [id, sets] of byLift) {
      const best = sets.reduce((a, b) =>
        estimateOneRepMax(b.load, b.reps) > estimateOneRepMax(a.load, a.reps) ? b : a,
      );
      const last = Math.max(...sets.map((x) => x.load));
      const lastReps = Math.max(...sets.filter((x) => x.load === last).map((x) => x.reps));
      const asked = s.prescribedReps[id];
      anchors.set(id, {
        oneRepMaxKg: estimateOneRepMax(best.load, best.reps),
        lastLoadKg: last,
        lastReps,
        beaten: asked !== undefined && lastReps >= asked + 1,
      });
    }
  }
  return anchors;
}

/** Rounded to the half kilo a gym can load (plates and dumbbells come in steps about that fine). */
const roundLoad = (kg: number): number => Math.max(0.5, Math.round(kg * 2) / 2);

export interface AnchoredLoad {
  loadKg: number;
  /** How the number was reached, for the exercise's "why". */
  how: string;
}

/**
 * The weight for `reps` at `load`'s effort. A beaten rep target adds a step (5 % for new lifters,
 * 2.5 % otherwise, within the 2-10 % of the notes) when the reps asked are no more than last time;
 * otherwise the estimate from the 1-rep max, never more than that step above the last load.
 */
export function anchoredLoad(anchor: LiftAnchor, reps: number, load: Load, newLifter: boolean): AnchoredLoad {
  const step = newLifter ? 0.05 : 0.025;
  const ceiling = anchor.lastLoadKg * (1 + step);
  if (anchor.beaten && reps <= anchor.lastReps) {
    return { loadKg: roundLoad(ceiling), how: "you beat the top of the range last time, so the load goes up a step" };
  }
  const fromMax = anchor.oneRepMaxKg / (1 + (reps + RESERVE[load]) / 30);
  const loadKg = roundLoad(Math.min(fromMax, ceiling));
  const how =
    loadKg > anchor.lastLoadKg
      ? "from the sets you logged, a small step up"
      : loadKg < anchor.lastLoadKg
        ? "from the sets you logged, lighter for the extra reps"
        : "from the sets you logged, the same weight";
  return { loadKg, how };
}
