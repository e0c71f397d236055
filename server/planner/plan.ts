import { blockEndDate, blockOf, blockStartDate } from "./block";
import { CATALOG, isAvailable } from "./catalog";
import { buildCalendar, type Calendar } from "./calendar";
import { loadReasons } from "./explain";
import { placeWeek, type PlacedSession, type PlacementContext } from "./placement";
import { SessionPrescriber, type Exposures } from "./prescription";
import { planProgression, type WeekTarget } from "./progression";
import { judgeDay } from "./rules";
import { withDefaults, type PlanRequest } from "./schema";
import { ExercisePicker, isExternallyLoaded } from "./selection";
import type { IsoDate, Plan, PlanInput, PlannedSession, PlannedWeek, PlanWarning } from "./types";
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
}

interface WeekContext {
  request: PlanRequest;
  calendar: Calendar;
  placement: PlacementContext;
  prescriber: SessionPrescriber;
  bodyweightOnly: boolean;
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
    },
    exposures,
  );
  const why = loadReasons({
    target,
    weeks: ctx.calendar.weeks,
    bodyweightOnly: ctx.bodyweightOnly,
    stepBack: ctx.calendar.stepBack[target.index - 1] ?? false,
  });
  return {
    date: day?.date ?? "",
    load: placed.load,
    focus: content.focus,
    exercises: content.exercises,
    reasons: [...placed.dayReasons, ...why, ...placed.limitReasons, ...content.reasons],
    warmUp: [],
    shortVersion: [],
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

function planWeek(ctx: WeekContext, target: WeekTarget, running: Running, warnings: PlanWarning[]): PlannedWeek {
  const w = target.index - 1;
  const placement = placeWeek(ctx.placement, w, target, running.previousSession);
  warnings.push(...placement.warnings);
  const placed = [...placement.sessions].sort((a, b) => a.index - b.index);
  const drafts = placed.map((p, k) => session(ctx, target, p, k, running.exposures));
  const budget = budgetFor(target, running);
  const sessions = fitToBudget(drafts, budget);
  const weekStart = ctx.calendar.days[w * 7]?.date ?? "";
  if (sessions.length < placed.length)
    warnings.push(budgetWarning(target, weekStart, placed.length, sessions.length, budget));
  const sets = weekSets(sessions);
  // Trimming only ever drops sessions from the end, so `placed` still lines up with `sessions`.
  const last = placed[sessions.length - 1];
  if (last) running.previousSession = last.index;
  if (sets > 0) running.previousSets = sets;
  running.peakSets = Math.max(running.peakSets, sets);
  countExposures(sessions, running.exposures);
  return {
    index: target.index,
    startDate: weekStart,
    phase: target.phase,
    deload: target.deload,
    reEntry: false,
    sessions,
  };
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
  const ctx: WeekContext = {
    request,
    calendar,
    placement,
    prescriber: new SessionPrescriber(new ExercisePicker(request.equipment)),
    bodyweightOnly: !CATALOG.some((e) => isExternallyLoaded(e) && isAvailable(e, request.equipment)),
  };
  const targets = planProgression({
    weeks: block.weeks,
    level: request.level,
    sessionsPerWeek: request.sessionsPerWeek,
    hasRace: block.raceDay !== undefined,
    stepBack: calendar.stepBack,
  });
  const running: Running = { previousSession: null, previousSets: 0, peakSets: 0, exposures: new Map() };
  const warnings: PlanWarning[] = [];
  const weeks = targets.map((target) => planWeek(ctx, target, running, warnings));
  return { startDate: blockStartDate(block), endDate: blockEndDate(block), weeks, warnings };
}
