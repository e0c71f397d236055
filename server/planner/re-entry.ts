import type { Calendar } from "./calendar";
import { daysBetween } from "../domain/dates";
import type { LoggedSession } from "../domain/plan";
import { DELOAD_SHARE, type WeekTarget } from "./progression";
import { lighterOf } from "./rules";
import type { IsoDate, Load, PlanWarning } from "./types";

/**
 * Coming back after a break (docs/training-science.md#deloads-and-step-back-weeks, and the
 * re-entry section of server/planner/README.md): after 10 or more days without a strength session,
 * because of blocked dates or sessions missed or skipped in the log, the week of the first session
 * back is a re-entry week, held at most at the load of the last completed week; the week after
 * progresses again. A deload that falls in a week the blocked dates emptied moves to the next
 * week that holds sessions, so the easy week is not spent on a week with no training anyway.
 */

/** Days without a session that make the next week a re-entry week. */
export const RE_ENTRY_GAP_DAYS = 10;

/** The log as block day indexes: sessions done (or partly done), and sessions missed or skipped. */
export interface LogDays {
  /** Block index of the athlete's today; -1 when the plan has no today (nothing is in the past). */
  today: number;
  done: readonly number[];
  notDone: ReadonlySet<number>;
}

export function logDays(calendar: Calendar, log: readonly LoggedSession[], today: IsoDate | undefined): LogDays {
  const first = calendar.days[0]?.date;
  if (first === undefined || today === undefined) return { today: -1, done: [], notDone: new Set() };
  const t = daysBetween(first, today);
  const past = log.filter((entry) => daysBetween(entry.date, today) >= 0);
  const index = (entry: LoggedSession): number => daysBetween(first, entry.date);
  return {
    today: t,
    done: past
      .filter((e) => e.status === "done" || e.status === "partial")
      .map(index)
      .sort((a, b) => a - b),
    notDone: new Set(past.filter((e) => e.status === "missed" || e.status === "skipped").map(index)),
  };
}

/** What the planner remembers from week to week to spot a break. */
export interface Continuity {
  /** Block index of the last session that happened (logged) or will happen (planned after today). */
  lastSession: number | null;
  /** Top load per week of the sessions planned (0-based week). */
  weekTop: (Load | null)[];
  /** A deload that fell in a week the blocked dates emptied, waiting for the next week with sessions. */
  deloadPending: boolean;
  /** Weeks with sessions since a moved deload (Infinity when none moved). */
  sinceMovedDeload: number;
  /** Loading weeks (with sessions, not a deload) since the last deload week (Infinity before the first). */
  sinceDeload: number;
  /** This week's scheduled deload was postponed to the next week. */
  postponed: boolean;
}

/** The last session before block day `index`: logged up to today, planned after it. */
export function lastSessionBefore(state: Continuity, days: LogDays, index: number): number | null {
  let last = state.lastSession !== null && state.lastSession < index ? state.lastSession : null;
  for (const d of days.done) if (d < index && (last === null || d > last)) last = d;
  return last;
}

/** True when the break from `last` to `next` is long and came from blocked dates, misses or skips. */
export function isBreak(calendar: Calendar, days: LogDays, last: number, next: number): boolean {
  if (next - last - 1 < RE_ENTRY_GAP_DAYS) return false;
  for (let d = last + 1; d < next; d++) {
    if (calendar.days[d]?.blocked || days.notDone.has(d) || d <= days.today) return true;
  }
  return false;
}

/** The week of the first session back: at most the load of the week of the last session. */
export function reEntryTarget(target: WeekTarget, previousTop: Load | null): WeekTarget {
  return previousTop === null ? target : { ...target, load: lighterOf(target.load, previousTop) };
}

export function reEntryWarning(target: WeekTarget, weekStart: IsoDate, gapDays: number, lastWeek: number): PlanWarning {
  return {
    rule: "re-entry",
    date: weekStart,
    text: `Week ${target.index} is a re-entry week: ${gapDays} days without a strength session come before it, so it stays at most at the load of week ${lastWeek} (${target.load}); the progression picks up again the week after.`,
  };
}

/** A deload moved out of an emptied week lands on this one (outside the taper). */
export function withMovedDeload(target: WeekTarget): WeekTarget {
  if (target.deload || target.phase === "taper" || target.raceWeek) return target;
  return {
    ...target,
    deload: true,
    volume: { kind: "deload", share: DELOAD_SHARE },
    sessions: Math.min(target.sessions, 2),
  };
}

export function movedDeloadWarning(target: WeekTarget, weekStart: IsoDate, postponed: boolean): PlanWarning {
  const text = postponed
    ? `Week ${target.index} takes the deload of the week before, which came too soon after the deload moved out of your unavailable dates.`
    : `Week ${target.index} takes the deload that fell in a week your unavailable dates left without sessions.`;
  return { rule: "deload", date: weekStart, text };
}

/** A scheduled deload that comes too soon after a moved one: a normal loading week instead. */
export function withoutDeload(target: WeekTarget, perWeek: 2 | 3): WeekTarget {
  const fewer = target.phase === "power" || target.phase === "taper" || target.raceWeek;
  return { ...target, deload: false, volume: { kind: "full" }, sessions: fewer ? Math.min(perWeek, 2) : perWeek };
}
