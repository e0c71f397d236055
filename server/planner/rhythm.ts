import type { Calendar, CalendarDay } from "./calendar";

/**
 * One rhythm of days: while the runs around a week stay the same, the week keeps the days of the
 * last full week with those runs (Mon/Wed/Fri stays Mon/Wed/Fri rather than flipping to Tue/Thu),
 * as long as the rules still allow them. A week's "shape" is what the runs look like from three
 * days before it to two days after it, so a race or a long run next door counts as a change.
 */

export interface Rhythm {
  shape: string;
  /** Days (bits, Monday = 0) of the week the rhythm came from. */
  mask: number;
  count: number;
}

function dayShape(day: CalendarDay | undefined): string {
  if (!day) return "";
  const runs = day.runs.map((run) => run.type).join("+");
  return `${runs}${day.race ? "R" : ""}${day.blocked ? "B" : ""}${day.beforeStart ? "S" : ""}`;
}

export function weekShapes(calendar: Calendar): string[] {
  // Each day's shape once: a week's window overlaps its neighbours'.
  const shapes = calendar.days.map(dayShape);
  return Array.from({ length: calendar.weeks }, (_, w) => {
    const parts: string[] = [];
    // Days before the block have no shape (and a negative index is a slow property read in V8).
    for (let d = w * 7 - 3; d < w * 7 + 9; d++) parts.push(d < 0 ? "" : (shapes[d] ?? ""));
    return parts.join("|");
  });
}

/** The days to keep for a week with this shape, when the rhythm applies. */
export function rhythmFor(rhythm: Rhythm | null, shape: string | undefined): number | undefined {
  return rhythm && shape !== undefined && rhythm.shape === shape ? rhythm.mask : undefined;
}
