import { adjustFromLog, withoutPatterns, type LogAdjustments } from "./adjust";
import { blockEndDate, blockOf, blockStartDate } from "./block";
import { exerciseById } from "./catalog";
import { buildCalendar, type Calendar } from "./calendar";
import { loadReasons } from "./explain";
import { placeWeek, type PlacedSession, type PlacementContext } from "./placement";
import { SessionPrescriber, type Exposures } from "./prescription";
import { planProgression, type WeekTarget } from "./progression";
import {
  isBreak,
  lastSessionBefore,
  logDays,
  movedDeloadWarning,
  reEntryTarget,
  reEntryWarning,
  withMovedDeload,
  withoutDeload,
  type Continuity,
  type LogDays,
} from "./re-entry";
import { rhythmFor, weekShapes, type Rhythm } from "./rhythm";
import { judgeDay, lighterOf } from "./rules";
import { travelDay, travelSession } from "./travel";
import { withDefaults, type PlanRequest } from "./schema";
import { ExercisePicker } from "./selection";
import { sortSmall } from "./small-sort";
import { daysBetween } from "../domain/dates";
import type { IsoDate, Load, Plan, PlanInput, PlannedSession, PlannedWeek, PlanWarning, Reason } from "./types";
import { fitToBudget, weekSets } from "./volume";

/**
 * buildPlan: the run calendar and the settings in, a strength plan out. Pure and deterministic:
 * no clock, no randomness, no environment; the same input gives the same JSON, byte for byte.
 *
 * Week by week: the progression sets the phase, the target load and the number of sessions;
 * the placement picks the days under the day rules; the prescription fills each session; deload
 * and taper weeks are then trimmed to their budget of sets.
 */

interface Running {
  previousSession: number | null;
  /** Sets of the last week that had any sessions (the deload reference). */
  previousSets: number;
  /** Sets of the biggest week so far (the taper reference). */
  peakSets: number;
  exposures: Map<string, number>;
  continuity: Continuity;
  rhythm: Rhythm | null;
}

interface WeekContext {
  request: PlanRequest;
  calendar: Calendar;
  placement: PlacementContext;
  prescriber: SessionPrescriber;
  bodyweightOnly: boolean;
  /** The log as block days, and what it changes after today. */
  log: LogDays;
  adjustments: LogAdjustments;
  /** Per week: the runs around it, to keep one rhythm of days while they stay the same. */
  shapes: readonly string[];
  /** For the optional travel sessions: no equipment at all. */
  travelPrescriber: SessionPrescriber;
}

function budgetFor(target: WeekTarget, running: Running): number {
  switch (target.volume.kind) {
    case "full":
      return Infinity;
    case "deload":
      return Math.floor(target.volume.share * running.previousSets);
    case "taper":
      // A block made only of taper weeks has no bigger week to cut from.
      return running.peakSets > 0 ? Math.floor(target.volume.share * running.peakSets) : Infinity;
  }
}

function session(
  ctx: WeekContext,
  target: WeekTarget,
  placed: PlacedSession,
  slotInWeek: number,
  exposures: Exposures,
): PlannedSession {
  const day = ctx.calendar.days[placed.index];
  const content = ctx.prescriber.prescribe(
    {
      phase: target.phase,
      weekOfPhase: target.weekOfPhase,
      week: target.index,
      level: ctx.request.level,
      load: placed.load,
      weekLoad: target.load,
      limits: placed.limits,
      raceWeek: target.raceWeek,
      slotInWeek,
      deload: target.deload,
      liftingExperience: ctx.request.liftingExperience,
      log: ctx.request.log,
      today: ctx.request.today,
      equipment: ctx.request.equipment,
    },
    exposures,
  );
  const why = loadReasons({
    target,
    weeks: ctx.calendar.weeks,
    bodyweightOnly: ctx.bodyweightOnly,
    stepBack: ctx.calendar.stepBack[target.index - 1] ?? false,
    hasRace: ctx.request.raceDate !== undefined,
    loadedLifts: content.exercises.some((e) => e.intensity.includes("weight")),
    anchored: content.exercises.some((e) => e.loadKg !== undefined),
  });
  return {
    date: day?.date ?? "",
    load: placed.load,
    focus: content.focus,
    exercises: content.exercises,
    reasons: placed.dayReasons.concat(why, placed.limitReasons, content.reasons),
    warmUp: content.warmUp,
    minutes: content.minutes,
    shortVersion: content.shortVersion,
    optional: false,
  };
}

/** When a deload or taper budget is smaller than one set per session, sessions go. */
function budgetWarning(
  target: WeekTarget,
  weekStart: IsoDate,
  placed: number,
  kept: number,
  budget: number,
): PlanWarning {
  const taper = target.volume.kind === "taper";
  const share = target.volume.kind === "full" ? 1 : target.volume.share;
  const of = taper ? "the biggest week's" : "last week's";
  return {
    rule: taper ? "taper" : "deload",
    date: weekStart,
    text: `Week ${target.index}: ${kept} strength session${kept === 1 ? "" : "s"} instead of ${placed}: a ${taper ? "taper" : "deload"} week keeps about ${Math.round(share * 100)}% of ${of} sets, ${budget} here.`,
  };
}

function countExposures(sessions: readonly PlannedSession[], exposures: Map<string, number>): void {
  for (const s of sessions)
    for (const e of s.exercises) exposures.set(e.exerciseId, (exposures.get(e.exerciseId) ?? 0) + 1);
}

/** The week's target after a deload moved into it and the log's load hold, with the warnings to show. */
function adjustedTarget(ctx: WeekContext, target: WeekTarget, running: Running, weekStart: IsoDate) {
  let t = target;
  const warnings: PlanWarning[] = [];
  const reasons: Reason[] = [];
  if (running.continuity.deloadPending && !target.deload) {
    t = withMovedDeload(t);
    if (t.deload) warnings.push(movedDeloadWarning(t, weekStart, running.continuity.sinceMovedDeload < 2));
  } else if (target.deload && (running.continuity.sinceMovedDeload < 2 || running.continuity.sinceDeload < 2)) {
    // A deload moved out of an emptied week came just before, or a week emptied by a break sat
    // between the last deload and this one: this one waits a week, so the loading weeks between
    // two deloads stay 2-3 (a re-entry week and then a deload would be two easy weeks in three).
    t = withoutDeload(target, ctx.request.sessionsPerWeek);
    running.continuity.postponed = true;
  }
  const hold = ctx.adjustments.hold;
  const w = target.index - 1;
  if (hold && ctx.log.today >= 0 && Math.floor((ctx.log.today + 1) / 7) === w) {
    const held = running.continuity.weekTop[Math.floor(indexOf(ctx, hold.date) / 7)];
    if (held) t = { ...t, load: lighterOf(t.load, held) };
    reasons.push({ rule: `log-${hold.kind}`, text: hold.text });
    warnings.push({ rule: `log-${hold.kind}`, date: weekStart, text: `Week ${target.index}: ${hold.text}` });
  }
  return { target: t, warnings, reasons };
}

const indexOf = (ctx: WeekContext, date: IsoDate): number => daysBetween(ctx.calendar.days[0]?.date ?? date, date);

/** Places the week, then holds it at the last completed week's load when it follows a break. */
function placeWithReEntry(ctx: WeekContext, target: WeekTarget, running: Running, weekStart: IsoDate) {
  const w = target.index - 1;
  const rhythm = rhythmFor(running.rhythm, ctx.shapes[w]);
  const same = ctx.shapes[w + 1] !== undefined && ctx.shapes[w + 1] === ctx.shapes[w];
  let placement = placeWeek(ctx.placement, w, target, running.previousSession, rhythm, same);
  const first = Math.min(...placement.sessions.map((p) => p.index));
  const last = Number.isFinite(first) ? lastSessionBefore(running.continuity, ctx.log, first) : null;
  if (last === null || first <= ctx.log.today || !isBreak(ctx.calendar, ctx.log, last, first))
    return { target, placement, reEntry: false, warnings: [] as PlanWarning[] };
  const lastWeek = Math.floor(last / 7);
  const t = reEntryTarget(target, running.continuity.weekTop[lastWeek] ?? null);
  if (t.load !== target.load) placement = placeWeek(ctx.placement, w, t, running.previousSession, rhythm, same);
  return {
    target: t,
    placement,
    reEntry: true,
    warnings: [reEntryWarning(t, weekStart, first - last - 1, lastWeek + 1)],
  };
}

function afterToday(ctx: WeekContext, sessions: PlannedSession[]): PlannedSession[] {
  if (ctx.adjustments.removedPatterns.length === 0) return sessions;
  return sessions.flatMap((s) => {
    if (indexOf(ctx, s.date) <= ctx.log.today) return [s];
    const kept = withoutPatterns(s, ctx.adjustments, (id) => exerciseById(id)?.pattern);
    return kept ? [kept] : [];
  });
}

function travelOffer(ctx: WeekContext, target: WeekTarget, running: Running, taken: number[]): PlannedSession[] {
  const w = target.index - 1;
  if (target.raceWeek || taken.length >= target.sessions) return [];
  const prev = running.previousSession;
  const day = travelDay(ctx.placement, w, prev === null ? taken : [prev, ...taken]);
  if (day === null) return [];
  return [travelSession(ctx.placement, ctx.travelPrescriber, target, ctx.request.level, day, running.exposures)];
}

function planWeek(ctx: WeekContext, base: WeekTarget, running: Running, warnings: PlanWarning[]): PlannedWeek {
  const w = base.index - 1;
  const weekStart = ctx.calendar.days[w * 7]?.date ?? "";
  const adjusted = adjustedTarget(ctx, base, running, weekStart);
  const {
    target,
    placement,
    reEntry,
    warnings: reEntryWarnings,
  } = placeWithReEntry(ctx, adjusted.target, running, weekStart);
  // A moved deload that lands on another emptied week moves on again, without a note here.
  const emptiedAhead = placement.sessions.length === 0;
  warnings.push(
    ...adjusted.warnings.filter((w) => !(emptiedAhead && w.rule === "deload")),
    ...reEntryWarnings,
    ...placement.warnings,
  );
  const placed = sortSmall(placement.sessions, (a, b) => a.index < b.index);
  const extra = [...adjusted.reasons, ...reEntryWarnings.map(({ rule, text }) => ({ rule, text }))];
  const drafts = placed.map((p, k) => {
    const s = session(ctx, target, p, k, running.exposures);
    return extra.length > 0 ? { ...s, reasons: [...s.reasons, ...extra] } : s;
  });
  const budget = budgetFor(target, running);
  const sessions = afterToday(ctx, fitToBudget(drafts, budget));
  if (sessions.length < drafts.length && fitToBudget(drafts, budget).length === drafts.length)
    warnings.push({
      rule: "log-injured",
      date: weekStart,
      text: `Week ${target.index}: a session goes, its exercises are out of the plan while the injury heals.`,
    });
  else if (sessions.length < placed.length)
    warnings.push(budgetWarning(target, weekStart, placed.length, sessions.length, budget));
  const sets = weekSets(sessions);
  const dayOf = new Map(placed.map((p) => [ctx.calendar.days[p.index]?.date, p.index]));
  const taken = sessions.map((s) => dayOf.get(s.date) ?? indexOf(ctx, s.date));
  const lastIndex = taken[taken.length - 1];
  if (lastIndex !== undefined) running.previousSession = lastIndex;
  if (lastIndex !== undefined && lastIndex > ctx.log.today) running.continuity.lastSession = lastIndex;
  running.continuity.weekTop[w] = topLoad(sessions) ?? target.load;
  const emptied = sessions.length === 0 && ctx.calendar.days.slice(w * 7, w * 7 + 7).some((d) => d.blocked);
  running.continuity.deloadPending = emptied ? target.deload || running.continuity.deloadPending : false;
  if (running.continuity.postponed && !target.raceWeek) running.continuity.deloadPending = true;
  running.continuity.postponed = false;
  if (target.deload && !base.deload) running.continuity.sinceMovedDeload = 0;
  else if (!emptied) running.continuity.sinceMovedDeload += 1;
  if (target.deload && !emptied) running.continuity.sinceDeload = 0;
  else if (!emptied) running.continuity.sinceDeload += 1;
  running.rhythm = nextRhythm(running.rhythm, ctx.shapes[w], target, taken, w);
  if (sets > 0) running.previousSets = sets;
  running.peakSets = Math.max(running.peakSets, sets);
  countExposures(sessions, running.exposures);
  return {
    index: target.index,
    startDate: weekStart,
    phase: target.phase,
    deload: target.deload && !emptied,
    reEntry,
    sessions: sortSmall([...sessions, ...travelOffer(ctx, target, running, taken)], (a, b) => a.date < b.date),
  };
}

function topLoad(sessions: readonly PlannedSession[]): Load | null {
  let top: Load | null = null;
  for (const s of sessions) if (top === null || lighterOf(s.load, top) === top) top = s.load;
  return top;
}

function nextRhythm(current: Rhythm | null, shape: string | undefined, target: WeekTarget, taken: number[], w: number) {
  if (shape === undefined || target.deload || target.raceWeek || taken.length < target.sessions) return current;
  if (current && current.shape === shape && taken.length < current.count) return current;
  const mask = taken.reduce((m, index) => m | (1 << (index - w * 7)), 0);
  return { shape, mask, count: taken.length };
}

export function buildPlan(input: PlanInput): Plan {
  const request = withDefaults(input);
  const block = blockOf(request);
  const calendar = buildCalendar(block, request);
  const ruleContext = { calendar, allowRestDays: request.allowRestDays };
  const placement: PlacementContext = {
    days: calendar.days,
    judgements: calendar.days.map((_, i) => judgeDay(ruleContext, i)),
  };
  const picker = new ExercisePicker(request.equipment);
  const ctx: WeekContext = {
    request,
    calendar,
    placement,
    prescriber: new SessionPrescriber(picker),
    bodyweightOnly: picker.bodyweightOnly,
    log: logDays(calendar, request.log, request.today),
    adjustments: adjustFromLog(request),
    shapes: weekShapes(calendar),
    travelPrescriber: new SessionPrescriber(new ExercisePicker([])),
  };
  const targets = planProgression({
    weeks: block.weeks,
    level: request.level,
    sessionsPerWeek: request.sessionsPerWeek,
    hasRace: block.raceDay !== undefined,
    stepBack: calendar.stepBack,
  });
  const running: Running = {
    previousSession: null,
    previousSets: 0,
    peakSets: 0,
    exposures: new Map(),
    continuity: {
      lastSession: null,
      weekTop: [],
      deloadPending: false,
      sinceMovedDeload: Infinity,
      sinceDeload: Infinity,
      postponed: false,
    },
    rhythm: null,
  };
  const warnings: PlanWarning[] = [];
  const weeks = targets.map((target) => planWeek(ctx, target, running, warnings));
  return {
    startDate: blockStartDate(block),
    endDate: blockEndDate(block),
    weeks,
    warnings: [...warnings, ...logNotes(ctx)],
  };
}

/** The log's injury and raised lifts, as plan-level notes dated to the week after today (the hold has its own). */
function logNotes(ctx: WeekContext): PlanWarning[] {
  const week = Math.max(0, Math.floor((ctx.log.today + 1) / 7));
  const date = ctx.calendar.days[Math.min(week, ctx.calendar.weeks - 1) * 7]?.date;
  if (date === undefined) return [];
  return ctx.adjustments.reasons
    .filter((r) => r.rule === "log-injured" || r.rule === "log-raise")
    .map((r) => ({ ...r, date }));
}
