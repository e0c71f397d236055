import { dayName, type CalendarDay } from "./calendar";
import type { WeekTarget } from "./progression";
import { lighterOf, loadRank, ruleBit, type DayJudgement, type DayRuleName } from "./rules";
import type { Load, Reason } from "./types";

/**
 * One week seen by the placement: its seven candidate days, what the day rules say about each,
 * and the search for the best set of days. Days are bits, Monday = bit 0, so a week's choices
 * are the 127 non-empty masks, scored in a fixed order (deterministic).
 */

export interface PlacementContext {
  days: readonly CalendarDay[];
  judgements: readonly DayJudgement[];
}

export interface Candidate {
  day: CalendarDay;
  judgement: DayJudgement;
  /** The session's load on this day: the week's target, or lighter if a day rule says so. */
  load: Load;
  /** True when the day allows the week's full target load. */
  full: boolean;
  score: number;
}

export interface WeekView {
  target: WeekTarget;
  /** Monday first. */
  candidates: Candidate[];
  /** Days (bits) that no rule forbids. */
  legal: number;
  /** True when the previous week's last session was on Sunday: Monday must stay free. */
  mondayTooClose: boolean;
  /** Days (bits) with a run, a race or cross-training: strength may not fill every other day. */
  trainingDays: number;
  /** Days (bits) that are rest days: used only when no run day works. */
  restDays: number;
  /** The days of the week's rhythm (an earlier week with the same runs), kept when they still work. */
  rhythm?: number;
  /** True when next week has the same runs around it: its days should be able to repeat these. */
  sameRunsNextWeek?: boolean;
}

export interface Choice {
  mask: number;
  count: number;
  full: boolean;
  /** Sessions on rest days: fewer is better, before any preference. */
  onRest: number;
  score: number;
}

const POPCOUNT = Array.from({ length: 128 }, (_, m) => m.toString(2).replace(/0/g, "").length);
/** Masks with no two adjacent days. */
const SPACED = Array.from({ length: 128 }, (_, m) => (m & (m >> 1)) === 0);

export interface Preference {
  score: number;
  reason: Reason;
}

/**
 * A quality-run day first, then an easy day, cross-training, a rest day
 * (docs/training-science.md#placement-around-long-runs-quality-runs-and-races).
 */
export function preference(day: CalendarDay): Preference {
  return { score: preferenceScore(day), reason: preferenceReason(day) };
}

/** The score alone: every day of every week is scored, only the chosen days need the text. */
function preferenceScore(day: CalendarDay): number {
  if (day.quality.length > 0) return 3;
  if (day.easy) return 2;
  if (day.cross || day.unplanned) return 1.5;
  return 1;
}

function preferenceReason(day: CalendarDay): Reason {
  const name = dayName(day);
  if (day.quality.length > 0) {
    const runs = day.quality.join(" and ");
    const text = `${name} has ${runs}: lift after the run, at least 6 hours apart, so the hard day stays hard and the easy days stay easy.`;
    return { rule: "quality-day", text };
  }
  if (day.easy)
    return { rule: "easy-day", text: `${name} is an easy-run day: lift after the run or later in the day.` };
  if (day.cross) return { rule: "cross-day", text: `${name} is a cross-training day, easy on the legs.` };
  if (day.unplanned) return { rule: "open-day", text: `No runs are entered for this week, so ${name} is open.` };
  return { rule: "rest-day", text: `${name} has no run, and you allow strength on rest days.` };
}

/** Monday = 0 ... Sunday = 6. */
export const dayOfWeek = (day: CalendarDay): number => (day.weekday + 6) % 7;

function candidateFor(day: CalendarDay, judgement: DayJudgement, target: WeekTarget): Candidate {
  const load = lighterOf(target.load, judgement.maxLoad);
  const drop = loadRank(target.load) - loadRank(load);
  // Race week: the activation session goes early, well clear of the race.
  const early = target.raceWeek ? (7 - dayOfWeek(day)) * 20 : 0;
  return { day, judgement, load, full: drop === 0, score: preferenceScore(day) * 10 - drop * 4 + early };
}

const holdsTraining = (day: CalendarDay): boolean => day.race || day.runs.some((run) => run.type !== "rest");

export function weekView(
  ctx: PlacementContext,
  weekIndex: number,
  target: WeekTarget,
  previousSession: number | null,
  rhythm?: number,
  sameRunsNextWeek = false,
): WeekView {
  const candidates: Candidate[] = [];
  let legal = 0;
  let trainingDays = 0;
  let restDays = 0;
  for (let d = 0; d < 7; d++) {
    const day = ctx.days[weekIndex * 7 + d];
    const judgement = ctx.judgements[weekIndex * 7 + d];
    if (!day || !judgement) continue;
    candidates.push(candidateFor(day, judgement, target));
    if (judgement.forbiddenBy.length === 0) legal |= 1 << d;
    if (holdsTraining(day)) trainingDays |= 1 << d;
    if (day.rest) restDays |= 1 << d;
  }
  return {
    target,
    candidates,
    legal,
    mondayTooClose: previousSession === weekIndex * 7 - 1,
    trainingDays,
    restDays,
    // Both keys always written (rhythm may be undefined): conditional spreads gave the view up to
    // four shapes and a slower literal, and nothing reads which keys are present.
    rhythm,
    sameRunsNextWeek,
  };
}

function scoreOf(view: WeekView, mask: number): Choice {
  let score = 0;
  let full = false;
  let last = -1;
  let minGap = 7;
  for (let d = 0; d < 7; d++) {
    if ((mask & (1 << d)) === 0) continue;
    const candidate = view.candidates[d];
    if (!candidate) continue;
    score += candidate.score;
    full ||= candidate.full;
    if (last >= 0) minGap = Math.min(minGap, d - last);
    last = d;
  }
  // Sessions spread out (two free days between them) recover better.
  if (minGap >= 3 && minGap < 7) score += 2;
  // One rhythm: the days of an earlier week with the same runs, when they still work, beat a
  // slightly better-scored set of days (no flipping Mon/Wed/Fri and Tue/Thu week to week).
  if (view.rhythm !== undefined && (mask & ~view.rhythm) === 0) score += RHYTHM_BONUS;
  // Monday and Sunday together cannot repeat next week (Sunday then Monday): not a rhythm. When next
  // week has the same runs, any other set of days of the same count and load wins, or the days
  // would flip (Mon/Fri/Sun, then Tue/Fri/Sun) although nothing changed.
  if ((mask & 1) !== 0 && (mask & 64) !== 0) score -= view.sameRunsNextWeek ? MON_SUN_WITH_SAME_RUNS : 3;
  return { mask, count: POPCOUNT[mask] ?? 0, full, onRest: POPCOUNT[mask & view.restDays] ?? 0, score };
}

export const RHYTHM_BONUS = 12;
/** More than any difference of day preference, load drop and rhythm bonus within a week. */
const MON_SUN_WITH_SAME_RUNS = 1000;
const FULL_WEEK = 0b1111111;

/** A week keeps one day with neither a run nor strength: a set of days that fills every day is never chosen. */
export function fillsEveryDay(view: WeekView, mask: number): boolean {
  // A week that runs every day has no free day for strength to take.
  if (view.candidates.length < 7 || view.trainingDays === FULL_WEEK) return false;
  return (mask | view.trainingDays) === FULL_WEEK;
}

/** More sessions first, then one at the full load, then the fewest rest days, then the preferred days. */
function better(a: Choice, b: Choice): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.full !== b.full) return a.full;
  if (a.onRest !== b.onRest) return a.onRest < b.onRest;
  return a.score > b.score;
}

/** The best set of at most `limit` days among `allowed`; `spaced` keeps a day between sessions. */
export function choose(view: WeekView, allowed: number, limit: number, spaced = true): Choice {
  let best: Choice = { mask: 0, count: 0, full: false, onRest: 0, score: 0 };
  const fullDays = fullDaysOf(view);
  for (let mask = 1; mask < 128; mask++) {
    if ((mask & ~allowed) !== 0 || (POPCOUNT[mask] ?? 0) > limit) continue;
    if (fillsEveryDay(view, mask)) continue;
    if (spaced && (!SPACED[mask] || (view.mondayTooClose && (mask & 1) !== 0))) continue;
    if (losesBeforeScore(view, mask, fullDays, best)) continue;
    const choice = scoreOf(view, mask);
    if (better(choice, best)) best = choice;
  }
  return best;
}

/** Days (bits) whose candidate takes the week's full load, read the way `scoreOf` reads them. */
function fullDaysOf(view: WeekView): number {
  let mask = 0;
  for (let d = 0; d < 7; d++) if (view.candidates[d]?.full) mask |= 1 << d;
  return mask;
}

/**
 * True when `better` would already say no on count, full load or rest days, before the score:
 * scoring builds a choice, and most of the 127 sets of days lose on these alone (this runs
 * several times per week of every plan). The result is the same as scoring every set.
 */
function losesBeforeScore(view: WeekView, mask: number, fullDays: number, best: Choice): boolean {
  const count = POPCOUNT[mask] ?? 0;
  if (count !== best.count) return count < best.count;
  const full = (mask & fullDays) !== 0;
  if (full !== best.full) return !full;
  return (POPCOUNT[mask & view.restDays] ?? 0) > best.onRest;
}

/** The legal days plus those that only `rule` forbids. */
export function legalWithout(view: WeekView, rule: DayRuleName): number {
  const bit = 1 << ruleBit(rule);
  let mask = 0;
  view.candidates.forEach((c, d) => {
    if ((c.judgement.forbiddenMask & ~bit) === 0) mask |= 1 << d;
  });
  return mask;
}
