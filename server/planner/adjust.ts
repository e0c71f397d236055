import { exerciseById } from "./catalog";
import { daysBetween } from "../domain/dates";
import type { LoggedSession } from "../domain/plan";
import type { IsoDate, MovementPattern, PlannedSession } from "./types";

/**
 * Adjusting the weeks ahead from the training log: a pure function from what the athlete logged
 * up to today to what the planner changes after today. The app shows the result as a re-plan and
 * applies it only when the athlete confirms
 * (docs/training-science.md#progression-from-bodyweight-to-heavy: add load once the top of the
 * range is beaten by one or two repetitions; hold it when a session was too hard).
 */

export type HoldKind = "hard-session" | "missed-twice";

export interface LoadHold {
  kind: HoldKind;
  /** The logged session the hold refers to: the hard one, or the last one completed before the misses. */
  date: IsoDate;
  text: string;
}

export interface LogAdjustments {
  /** The next session after today keeps the load of the week of `hold.date` instead of progressing. */
  hold?: LoadHold;
  /** Exercises whose top of the rep range was beaten by two reps: their load goes up (the content side doses it). */
  raise: string[];
  /** Movement patterns left out after a session skipped as "injured", until the athlete says it is fine. */
  removedPatterns: MovementPattern[];
  /** The skipped-injured session that removed them. */
  injuredOn?: IsoDate;
  /** One line per adjustment, shown with the re-plan preview. */
  reasons: { rule: string; text: string }[];
}

export const NO_ADJUSTMENTS: LogAdjustments = { raise: [], removedPatterns: [], reasons: [] };

const HARD_EFFORT = 9;
const completed = (entry: LoggedSession): boolean => entry.status === "done" || entry.status === "partial";
const notDone = (entry: LoggedSession): boolean => entry.status === "missed" || entry.status === "skipped";

function holdFrom(past: LoggedSession[]): LoadHold | undefined {
  const last = past[past.length - 1];
  const previous = past[past.length - 2];
  const lastDone = [...past].reverse().find(completed);
  if (last && previous && notDone(last) && notDone(previous)) {
    if (!lastDone) return undefined;
    return {
      kind: "missed-twice",
      date: lastDone.date,
      text: `Two sessions in a row were missed (${previous.date} and ${last.date}): the next week repeats the load of your last completed week instead of moving on.`,
    };
  }
  if (!last || !completed(last)) return undefined;
  const hard = (last.rpe ?? 0) >= HARD_EFFORT;
  const sore = last.soreness === "very-sore";
  if (!hard && !sore) return undefined;
  const why = hard ? `felt like ${last.rpe}/10` : "left you very sore";
  return {
    kind: "hard-session",
    date: last.date,
    text: `Your session on ${last.date} ${why}: the next session holds that load instead of adding more.`,
  };
}

/** Exercises whose latest logged set beat the prescribed reps by two or more. */
function raisedLifts(past: LoggedSession[]): string[] {
  const latest = new Map<string, boolean>();
  for (const entry of past.filter(completed)) {
    for (const [exerciseId, prescribed] of Object.entries(entry.prescribedReps)) {
      const reps = entry.sets.filter((set) => set.exerciseId === exerciseId).map((set) => set.reps ?? 0);
      if (reps.length > 0) latest.set(exerciseId, Math.max(...reps) >= prescribed + 2);
    }
  }
  return [...latest].filter(([, beaten]) => beaten).map(([id]) => id);
}

function patternsOf(entry: LoggedSession): MovementPattern[] {
  const ids = new Set([...Object.keys(entry.prescribedReps), ...entry.sets.map((set) => set.exerciseId)]);
  const patterns = [...ids].map((id) => exerciseById(id)?.pattern).filter((p): p is MovementPattern => !!p);
  return [...new Set(patterns)].sort();
}

export interface AdjustSpec {
  log: readonly LoggedSession[];
  today?: IsoDate;
  injuriesClearedOn?: IsoDate;
}

/** What the log up to today changes in the weeks after it. Without a today there is nothing to adjust. */
export function adjustFromLog(spec: AdjustSpec): LogAdjustments {
  const { today } = spec;
  if (today === undefined || spec.log.length === 0) return NO_ADJUSTMENTS;
  const past = spec.log
    .filter((entry) => daysBetween(entry.date, today) >= 0)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const hold = holdFrom(past);
  const cleared = spec.injuriesClearedOn;
  const injured = [...past]
    .reverse()
    .find(
      (entry) =>
        entry.status === "skipped" &&
        entry.skipReason === "injured" &&
        (cleared === undefined || daysBetween(cleared, entry.date) > 0),
    );
  const removedPatterns = injured ? patternsOf(injured) : [];
  const raise = raisedLifts(past);
  const reasons: LogAdjustments["reasons"] = [];
  if (hold) reasons.push({ rule: `log-${hold.kind}`, text: hold.text });
  if (injured && removedPatterns.length > 0) {
    reasons.push({
      rule: "log-injured",
      text: `You skipped ${injured.date} because of an injury: ${removedPatterns.join(", ")} work stays out of the plan until you say it is fine. If it still hurts after a few days, see a physiotherapist.`,
    });
  }
  if (raise.length > 0) {
    const names = raise.map((id) => exerciseById(id)?.name ?? id).join(", ");
    reasons.push({
      rule: "log-raise",
      text: `You beat the top of the range by two reps on ${names}: the load goes up.`,
    });
  }
  return {
    ...(hold ? { hold } : {}),
    raise,
    removedPatterns,
    ...(injured && removedPatterns.length > 0 ? { injuredOn: injured.date } : {}),
    reasons,
  };
}

/**
 * A session after today without the patterns an injury took out; null when nothing is left. The
 * reason says why the exercises went and suggests seeing a physiotherapist.
 */
export function withoutPatterns(
  session: PlannedSession,
  adjustments: LogAdjustments,
  patternOf: (exerciseId: string) => MovementPattern | undefined,
): PlannedSession | null {
  const removed = new Set(adjustments.removedPatterns);
  if (removed.size === 0) return session;
  const exercises = session.exercises.filter((line) => {
    const pattern = patternOf(line.exerciseId);
    return pattern === undefined || !removed.has(pattern);
  });
  if (exercises.length === session.exercises.length) return session;
  if (exercises.length === 0) return null;
  const kept = new Set(exercises.map((line) => line.exerciseId));
  const reason = adjustments.reasons.find((r) => r.rule === "log-injured");
  return {
    ...session,
    exercises,
    shortVersion: session.shortVersion.filter((id) => kept.has(id)),
    reasons: [...session.reasons, ...(reason ? [reason] : [])],
  };
}
