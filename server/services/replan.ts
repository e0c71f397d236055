import type { Database } from "@/db/client";
import {
  deleteSessions,
  insertSessions,
  listSessionsOfPlan,
  markPlanReplanned,
  type SessionWithExercises,
} from "@/db/queries/plans";
import { lockPlan } from "@/db/queries/plan-locks";
import { updatePlanSettings } from "@/db/queries/plan-settings";
import { daysBetween, startOfWeek } from "../domain/dates";
import type { Load, PlannedSession } from "../planner/types";
import { todayIn } from "./clock";
import { recordChange } from "./history";
import { isPinned, sessionsToRows } from "./plan-tree";
import { accessiblePlan, planFromCalendar, plannerContext } from "./plans";
import type { ReplanInput } from "../schemas/plans";

export interface ReplanChange {
  kind: "added" | "removed" | "moved" | "changed";
  date: string;
  fromDate?: string;
  load: Load;
  focus: string;
}

export interface ReplanResult {
  applied: boolean;
  today: string;
  kept: number;
  changes: ReplanChange[];
  /** What the training log changes in the weeks ahead, and why (re-entry, held load, injury...). */
  adjustments: { rule: string; text: string }[];
}

/** The planner's warnings that come from the log or a break, shown with the re-plan preview. */
const ADJUSTMENT_RULES = /^(log-|re-entry$)/;

/**
 * Places the sessions from today on again from the current run calendar. Sessions in the past,
 * sessions already checked off and sessions moved by hand stay where they are; the new plan's
 * sessions that would crowd one of them (same or next day) are left out. Without `confirm` it
 * only reports the changes; with it, the swap happens in one transaction.
 */
export async function replan(db: Database, viewerId: string, input: ReplanInput, now: Date): Promise<ReplanResult> {
  if (!input.confirm) return { applied: false, ...(await decideReplan(db, viewerId, input, now)).result };
  return db.transaction(async (tx) => {
    // A second confirm waits here, then reads the sessions the first one wrote and finds nothing left to change.
    await lockPlan(tx, input.planId);
    const { plan, settings, fresh, replaceable, rows, result } = await decideReplan(tx, viewerId, input, now);
    const { changes, today, kept } = result;
    if (settings !== plan.settings) await updatePlanSettings(tx, plan.id, settings);
    if (changes.length > 0) {
      await deleteSessions(
        tx,
        replaceable.map((session) => session.id),
      );
      await insertSessions(tx, rows.sessions, rows.exercises);
      await recordChange(tx, {
        athleteId: plan.athleteId,
        actorId: viewerId,
        entity: "plan",
        entityId: plan.id,
        action: "replanned",
        after: { ...countChanges(changes), kept, from: today },
      });
    }
    // Even with nothing to move, the plan now matches this calendar.
    await markPlanReplanned(tx, plan.id, { warnings: fresh.warnings, calendarFingerprint: fresh.calendarFingerprint });
    return { applied: true, ...result };
  });
}

/** Reads the plan, its sessions and the calendar, and works out the re-plan without writing anything. */
async function decideReplan(db: Database, viewerId: string, input: ReplanInput, now: Date) {
  const plan = await accessiblePlan(db, viewerId, input.planId);
  const context = await plannerContext(db, plan.athleteId, now);
  const today = context.today ?? todayIn("UTC", now);
  // "My injury is fine": skips logged as injured up to today stop removing their patterns.
  const settings = input.injuryFine ? { ...plan.settings, injuriesClearedOn: today } : plan.settings;
  const [fresh, current] = await Promise.all([
    planFromCalendar(db, plan.athleteId, settings, context),
    listSessionsOfPlan(db, plan.id),
  ]);
  // Sessions on or before today are history (or today's plan): a re-plan never changes them.
  const fixed = (session: SessionWithExercises) => session.date <= today || isPinned(session, today);
  const pinned = current.filter(fixed);
  const replaceable = current.filter((session) => !fixed(session));
  const incoming = fresh.weeks.flatMap((week) =>
    week.sessions
      .filter((session) => session.date > today && !crowds(session.date, pinned))
      .map((session) => ({ session, weekIndex: week.index })),
  );
  const changes = describeChanges(replaceable, incoming);
  const rows = sessionsToRows(plan.athleteId, plan.id, incoming);
  const adjustments = fresh.warnings
    .filter((w) => ADJUSTMENT_RULES.test(w.rule) && (w.date === undefined || w.date >= startOfWeek(today, 1)))
    .map(({ rule, text }) => ({ rule, text }));
  return { plan, settings, fresh, replaceable, rows, result: { today, kept: pinned.length, changes, adjustments } };
}

function countChanges(changes: ReplanChange[]): Record<ReplanChange["kind"], number> {
  const counts = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

function crowds(date: string, pinned: SessionWithExercises[]): boolean {
  return pinned.some((session) => Math.abs(daysBetween(session.date, date)) <= 1);
}

type ComparedExercise = Pick<PlannedSession["exercises"][number], "exerciseId" | "sets" | "reps" | "seconds">;
/** What describing a change reads of a stored session. */
export type StoredSession = Pick<SessionWithExercises, "date" | "weekIndex" | "load" | "focus"> & {
  exercises: { exerciseId: string; sets: number; reps: number | null; seconds: number | null }[];
};
/** What describing a change reads of a newly planned session. */
export type IncomingSession = Pick<PlannedSession, "date" | "load" | "focus"> & { exercises: ComparedExercise[] };

/** Pairs old and new sessions week by week, in order, to say what moved, changed, came or went. */
export function describeChanges(
  before: StoredSession[],
  after: { session: IncomingSession; weekIndex: number }[],
): ReplanChange[] {
  const changes: ReplanChange[] = [];
  const weeks = new Set([...before.map((s) => s.weekIndex), ...after.map((s) => s.weekIndex)]);
  for (const week of [...weeks].sort((a, b) => a - b)) {
    const old = before.filter((s) => s.weekIndex === week);
    const next = after.filter((s) => s.weekIndex === week).map((s) => s.session);
    for (let k = 0; k < Math.max(old.length, next.length); k++) {
      const was = old[k];
      const will = next[k];
      if (was && !will) changes.push({ kind: "removed", date: was.date, load: was.load, focus: was.focus });
      else if (!was && will) changes.push({ kind: "added", date: will.date, load: will.load, focus: will.focus });
      else if (was && will && was.date !== will.date)
        changes.push({ kind: "moved", date: will.date, fromDate: was.date, load: will.load, focus: will.focus });
      else if (was && will && (was.load !== will.load || was.focus !== will.focus || !sameExercises(was, will))) {
        changes.push({ kind: "changed", date: will.date, load: will.load, focus: will.focus });
      }
    }
  }
  return changes;
}

function sameExercises(was: StoredSession, will: IncomingSession): boolean {
  return (
    was.exercises.length === will.exercises.length &&
    was.exercises.every((e, i) => {
      const other = will.exercises[i];
      return (
        other !== undefined &&
        e.exerciseId === other.exerciseId &&
        e.sets === other.sets &&
        (e.reps ?? undefined) === other.reps &&
        (e.seconds ?? undefined) === other.seconds
      );
    })
  );
}
