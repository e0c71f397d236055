import { dayName } from "./calendar";
import type { WeekTarget } from "./progression";
import { lighterOf, loadRank, type ExerciseLimits } from "./rules";
import { bentWarnings, leastBadDay, shortfallWarning } from "./shortfall";
import type { Load, PlanWarning, Reason } from "./types";
import { choose, preference, weekView, type Candidate, type PlacementContext, type WeekView } from "./week-view";

/**
 * Choosing the days of one week. Every set of days that satisfies every rule is scored; the
 * best one holds as many sessions as the week asks for (or as fit), at least one of them at
 * the week's full load when a day allows it, on the most preferred days: a quality-run day
 * first (after the run, 6 h apart), then an easy-run day, then cross-training, then a rest day
 * if allowed. A week with no legal day at all bends the cheapest rule for one light session;
 * every shortfall comes with a warning that names the rule and why.
 */

export type { PlacementContext } from "./week-view";

export interface PlacedSession {
  /** Block day index. */
  index: number;
  load: Load;
  limits: ExerciseLimits;
  /** Why this day (and which rule was bent for it, if any). */
  dayReasons: Reason[];
  /** What the day rules do to the session: a lighter load, fewer kinds of exercise. */
  limitReasons: Reason[];
}

export interface WeekPlacement {
  sessions: PlacedSession[];
  warnings: PlanWarning[];
}

/** Days from `index` to the next long run, looking a week ahead; null when none comes. */
function daysToLongRun(ctx: PlacementContext, index: number): number | null {
  for (let k = 1; k <= 7; k++) if (ctx.days[index + k]?.long) return k;
  return null;
}

/**
 * Soreness peaks a day or two after a session, so a week's high-soreness (and new) work goes in
 * the session furthest ahead of the next long run; the others stay at medium soreness at most
 * (docs/training-science.md#placement-around-long-runs-quality-runs-and-races).
 */
export function keepSorenessFromLongRun(ctx: PlacementContext, sessions: PlacedSession[]): PlacedSession[] {
  if (sessions.length < 2) return sessions;
  // Only a session that may hold sore work competes: a light day after a long run or race cannot.
  const gaps = sessions.map((s) => (s.limits.maxSoreness === "low" ? -1 : (daysToLongRun(ctx, s.index) ?? 99)));
  if (gaps.every((g) => g === 99 || g === -1)) return sessions;
  // Among those, one that also allows slow-eccentric work (the Nordic curl) first.
  const ranks = sessions.map((s, k) => (gaps[k] ?? -1) + (s.limits.eccentricHeavy ? 1000 : 0));
  const far = ranks.reduce((best, rank, k) => (rank > (ranks[best] ?? -1) ? k : best), 0);
  const farIndex = sessions[far]?.index;
  const farDay = farIndex === undefined ? undefined : ctx.days[farIndex];
  return sessions.map((s, k) => {
    const gap = gaps[k] ?? 99;
    if (k === far || gap === 99 || s.limits.maxSoreness === "low") return s;
    const long = ctx.days[s.index + gap];
    const run = long ? `${dayName(long)}'s long run` : "the long run";
    const text = `${capitalise(farDay ? dayName(farDay) : "another day")} takes the week's high-soreness and new work: it is the session furthest from ${run}.`;
    // Written out, not spread: a spread that adds a key (newExercises) is slow in V8 (a fresh hidden class).
    const { plyometric, lowerBody } = s.limits;
    return {
      index: s.index,
      load: s.load,
      limits: { maxSoreness: "medium", plyometric, eccentricHeavy: false, lowerBody, newExercises: false },
      dayReasons: s.dayReasons,
      limitReasons: [...s.limitReasons, { rule: "long-run-distance", text }],
    };
  });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function placed(candidate: Candidate, target: Load, bent: Reason[] = [], load: Load = candidate.load): PlacedSession {
  const { limitedBy, maxLoad } = candidate.judgement;
  // The rule that set the load, when it is lighter than the week's target.
  const capping = loadRank(load) < loadRank(target) ? limitedBy.find((hit) => hit.maxLoad === maxLoad) : undefined;
  const limitReasons = limitedBy.map((hit) => ({
    rule: hit.rule,
    text: hit === capping ? `${capitalise(load)} rather than ${target}: ${hit.text}.` : `${capitalise(hit.text)}.`,
  }));
  return {
    index: candidate.day.index,
    load,
    limits: candidate.judgement.limits,
    dayReasons: [preference(candidate.day).reason, ...bent],
    limitReasons,
  };
}

/** One light, low-soreness session on the least bad day of a week with no legal day. */
function bendForOneSession(view: WeekView): WeekPlacement | null {
  const day = leastBadDay(view);
  if (!day) return null;
  const reasons = day.bent.map((hit) => ({
    rule: hit.rule,
    text: `Least bad day of the week: ${hit.text}, so the session is light and easy on the legs.`,
  }));
  const session = placed(day.candidate, view.target.load, reasons, lighterOf(day.candidate.load, "light"));
  return {
    sessions: [{ ...session, limits: { ...session.limits, maxSoreness: "low" } }],
    warnings: bentWarnings(view, day),
  };
}

/** When every session of the week had to go lighter than its target, say so once. */
function topLoadWarning(view: WeekView, sessions: PlacedSession[]): PlanWarning[] {
  if (sessions.length === 0 || sessions.some((s) => s.load === view.target.load)) return [];
  const top = sessions.reduce((a, b) => (loadRank(b.load) > loadRank(a.load) ? b : a));
  const cap = view.candidates.find((c) => c.day.index === top.index)?.judgement.limitedBy[0];
  const start = view.candidates[0]?.day.date;
  return [
    {
      rule: cap?.rule ?? "spacing",
      ...(start ? { date: start } : {}),
      text: `Week ${view.target.index} tops out at ${top.load} instead of ${view.target.load}: no free day allows more (${cap?.text ?? "the days left are limited"}).`,
    },
  ];
}

/** Places the sessions of week `weekIndex` (0-based) after a session on `previousSession`. */
export function placeWeek(
  ctx: PlacementContext,
  weekIndex: number,
  target: WeekTarget,
  previousSession: number | null,
  rhythm?: number,
  sameRunsNextWeek = false,
): WeekPlacement {
  const view = weekView(ctx, weekIndex, target, previousSession, rhythm, sameRunsNextWeek);
  const choice = choose(view, view.legal, target.sessions);
  const chosen = view.candidates.filter((_, d) => (choice.mask & (1 << d)) !== 0).map((c) => placed(c, target.load));
  const sessions = keepSorenessFromLongRun(ctx, chosen);
  if (choice.count === target.sessions) return { sessions, warnings: topLoadWarning(view, sessions) };
  const bent = choice.count === 0 && !target.raceWeek ? bendForOneSession(view) : null;
  if (bent) return bent;
  return { sessions, warnings: [shortfallWarning(view, choice.count), ...topLoadWarning(view, sessions)] };
}
