import type { Exercise, MovementPattern } from "./types";

/**
 * One line per exercise on why it is in this session (docs/training-science.md#what-every-session-holds):
 * what the pattern does for a runner, then what is particular about this prescription (one side at
 * a time, slow lowering, a first time, a weight from the log).
 */

const PURPOSE: Record<MovementPattern, string> = {
  hinge: "Hip-hinge strength for the hamstrings and glutes that drive each push-off",
  squat: "Quad and glute strength to absorb each landing, downhill and late in long runs most of all",
  lunge: "Single-leg strength in the split stance you run in",
  "knee-flexion": "Hamstring strength at the knee, where runners' hamstrings most often strain",
  "hip-extension": "Glute drive for a strong toe-off",
  "hip-abduction": "Side-hip strength that keeps the pelvis level and the knee over the foot",
  calf: "Calf and Achilles capacity for the load they take at every stride",
  core: "Trunk control so the legs' force is not lost through the middle",
  plyometric: "Quick, springy ground contacts: the tendon stiffness that makes running cheaper",
  balance: "Foot and ankle control on one leg",
  "upper-pull": "Upper-back strength for posture and arm drive late in a race",
  "upper-push": "Pushing strength to balance the upper body and arm drive",
};

export interface WhyDetail {
  /** First time in the block: entered one step lighter. */
  first: boolean;
  /** How a logged weight was reached, when there is one. */
  anchored?: string;
  /** A deload or taper keeps it at a lower volume. */
  maintenance?: "deload" | "taper" | "peak";
}

function particular(e: Exercise): string {
  if (e.emphasis === "eccentric") return "slow lowering builds muscle and tendon resilience";
  if (e.emphasis === "isometric") return "a hold that builds strength with little soreness";
  if (e.unilateral) return "one side at a time, to even out left and right";
  return "";
}

/**
 * The same few combinations repeat across sessions and plans, so each is built once: a slot per
 * exercise and (first time, maintenance) pair, without building a string key per line. A weight
 * from the log is the athlete's own, so that text is built each time.
 */
const MAINTENANCE_SLOT = { deload: 1, taper: 2, peak: 3 } as const;
const MEMO = new WeakMap<Exercise, (string | undefined)[]>();

export function exerciseWhy(e: Exercise, detail: WhyDetail): string {
  if (detail.anchored) return buildWhy(e, detail);
  const slot = (detail.first ? 4 : 0) + (detail.maintenance ? MAINTENANCE_SLOT[detail.maintenance] : 0);
  let texts = MEMO.get(e);
  if (!texts) MEMO.set(e, (texts = []));
  return (texts[slot] ??= buildWhy(e, detail));
}

function buildWhy(e: Exercise, detail: WhyDetail): string {
  const parts = [particular(e)];
  if (detail.anchored) parts.push(`weight ${detail.anchored}`);
  else if (detail.first) parts.push("new this block, so it starts a step lighter");
  if (detail.maintenance === "deload") parts.push("fewer sets this deload week");
  if (detail.maintenance === "peak") parts.push("kept short while the mileage peaks");
  if (detail.maintenance === "taper") parts.push("a short dose to stay sharp for the race");
  const rest = parts.filter((p) => p.length > 0).join("; ");
  return rest.length > 0 ? `${PURPOSE[e.pattern]}: ${rest}.` : `${PURPOSE[e.pattern]}.`;
}
