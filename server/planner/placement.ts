import { dayName, type CalendarDay } from "./calendar";
import type { WeekTarget } from "./progression";
import {
  DAY_RULES,
  SPACING,
  lighterOf,
  loadRank,
  ruleBit,
  ruleByName,
  type DayJudgement,
  type DayRuleName,
  type ExerciseLimits,
  type PlacementRuleName,
  type RuleHit,
} from "./rules";
import type { Load, PlanWarning, Reason } from "./types";

/**
 * Choosing the days of one week. Every set of days that satisfies every rule is scored; the
 * best one holds as many sessions as the week asks for (or as fit), at least one of them at
 * the week's full load when a day allows it, on the most preferred days: a quality-run day
 * first (after the run, 6 h apart), then an easy-run day, then cross-training, then a rest day
 * if allowed. A week with no legal day at all bends the cheapest rule for one light session;
 * every shortfall comes with a warning that names the rule and why.
 */

export interface PlacedSession {
  /** Block day index. */
  index: number;
  load: Load;
  limits: ExerciseLimits;
  /** Why this day, then why this load as far as the day rules are concerned. */
  reasons: Reason[];
}

export interface WeekPlacement {
  sessions: PlacedSession[];
  warnings: PlanWarning[];
}

export interface PlacementContext {
  days: readonly CalendarDay[];
  judgements: readonly DayJudgement[];
  allowRestDays: boolean;
}

const POPCOUNT = Array.from({ length: 128 }, (_, m) => m.toString(2).replace(/0/g, "").length);
/** Masks with no two adjacent days. */
const SPACED = Array.from({ length: 128 }, (_, m) => (m & (m >> 1)) === 0);

interface Preference {
  score: number;
  reason: Reason;
}

function preference(day: CalendarDay): Preference {
  const name = dayName(day);
  if (day.quality.length > 0) {
    const runs = day.quality.join(" and ");
    return {
      score: 3,
      reason: {
        rule: "quality-day",
        text: `${name} has ${runs}: lift after the run, at least 6 hours apart, so the hard day stays hard and the easy days stay easy.`,
      },
    };
  }
  if (day.easy) return { score: 2, reason: { rule: "easy-day", text: `${name} is an easy-run day: lift after the run or later in the day.` } };
  if (day.cross) return { score: 1.5, reason: { rule: "cross-day", text: `${name} is a cross-training day, easy on the legs.` } };
  if (day.unplanned) {
    return { score: 1.5, reason: { rule: "open-day", text: `No runs are entered for this week, so ${name} is open.` } };
  }
  return { score: 1, reason: { rule: "rest-day", text: `${name} has no run, and you allow strength on rest days.` } };
}

interface Candidate {
  day: CalendarDay;
  judgement: DayJudgement;
  load: Load;
  full: boolean;
  score: number;
}

interface WeekView {
  target: WeekTarget;
  candidates: Candidate[];
  /** Days (bits) that no rule forbids. */
  legal: number;
  /** True when the previous week's last session was on Sunday: Monday must stay free. */
  mondayTooClose: boolean;
}

function candidateFor(day: CalendarDay, judgement: DayJudgement, target: WeekTarget): Candidate {
  const load = lighterOf(target.load, judgement.maxLoad);
  const drop = loadRank(target.load) - loadRank(load);
  // Race week: the activation session goes early, well clear of the race.
  const early = target.raceWeek ? (7 - ((day.weekday + 6) % 7)) * 20 : 0;
  return { day, judgement, load, full: drop === 0, score: preference(day).score * 10 - drop * 4 + early };
}

interface Choice {
  mask: number;
  count: number;
  full: boolean;
  score: number;
}

/** The best set of at most `limit` days among `allowed`. */
function choose(view: WeekView, allowed: number, limit: number, spaced: boolean): Choice {
  let best: Choice = { mask: 0, count: 0, full: false, score: 0 };
  for (let mask = 1; mask < 128; mask++) {
    if ((mask & ~allowed) !== 0 || (POPCOUNT[mask] ?? 0) > limit) continue;
    if (spaced && (!SPACED[mask] || (view.mondayTooClose && (mask & 1) !== 0))) continue;
    const choice = scoreOf(view, mask);
    if (better(choice, best)) best = choice;
  }
  return best;
}

function scoreOf(view: WeekView, mask: number): Choice {
  let score = 0;
  let full = false;
  let first = -1;
  let last = -1;
  let minGap = 7;
  for (let d = 0; d < 7; d++) {
    if ((mask & (1 << d)) === 0) continue;
    const candidate = view.candidates[d];
    if (!candidate) continue;
    score += candidate.score;
    full ||= candidate.full;
    if (last >= 0) minGap = Math.min(minGap, d - last);
    if (first < 0) first = d;
    last = d;
  }
  // Sessions spread out (two free days between them) recover better.
  if (minGap >= 3 && minGap < 7) score += 2;
  return { mask, count: POPCOUNT[mask] ?? 0, full, score };
}

function better(a: Choice, b: Choice): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.full !== b.full) return a.full;
  return a.score > b.score;
}

function weekView(ctx: PlacementContext, weekIndex: number, target: WeekTarget, previousSession: number | null): WeekView {
  const candidates: Candidate[] = [];
  let legal = 0;
  for (let d = 0; d < 7; d++) {
    const index = weekIndex * 7 + d;
    const day = ctx.days[index];
    const judgement = ctx.judgements[index];
    if (!day || !judgement) continue;
    candidates.push(candidateFor(day, judgement, target));
    if (judgement.forbiddenBy.length === 0) legal |= 1 << d;
  }
  return { target, candidates, legal, mondayTooClose: previousSession === weekIndex * 7 - 1 };
}

function placed(candidate: Candidate, extra: Reason[] = [], load: Load = candidate.load): PlacedSession {
  const limited = candidate.judgement.limitedBy.map((hit) => ({ rule: hit.rule, text: capitalise(hit.text) + "." }));
  return {
    index: candidate.day.index,
    load,
    limits: candidate.judgement.limits,
    reasons: [preference(candidate.day).reason, ...extra, ...limited],
  };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Days (bits) that only `rule` forbids, added to the legal ones. */
function legalWithout(view: WeekView, rule: DayRuleName): number {
  const bit = 1 << ruleBit(rule);
  let mask = 0;
  view.candidates.forEach((c, d) => {
    if ((c.judgement.forbiddenMask & ~bit) === 0) mask |= 1 << d;
  });
  return mask;
}

/** The rule that, relaxed on its own, would make room for the most sessions. */
function limitingRule(view: WeekView, count: number): { rule: PlacementRuleName; days: CalendarDay[] } {
  const limit = view.target.sessions;
  let best: { rule: PlacementRuleName; gain: number } = { rule: "spacing", gain: 0 };
  for (const rule of DAY_RULES) {
    const gain = choose(view, legalWithout(view, rule.name), limit, true).count - count;
    if (gain > best.gain) best = { rule: rule.name, gain };
  }
  const spacingGain = choose(view, view.legal, limit, false).count - count;
  if (spacingGain > best.gain) best = { rule: "spacing", gain: spacingGain };
  if (best.gain <= 0) best = { rule: mostForbidding(view), gain: 0 };
  const rule = best.rule;
  const days = view.candidates
    .filter((c) => (rule === "spacing" ? (view.legal & (1 << ((c.day.weekday + 6) % 7))) !== 0 : c.judgement.forbiddenBy.some((h) => h.rule === rule)))
    .map((c) => c.day);
  return { rule, days };
}

function mostForbidding(view: WeekView): DayRuleName {
  let best: DayRuleName = "race-proximity";
  let most = 0;
  for (const rule of DAY_RULES) {
    const n = view.candidates.filter((c) => c.judgement.forbiddenBy.some((h) => h.rule === rule.name)).length;
    if (n > most) {
      most = n;
      best = rule.name;
    }
  }
  return best;
}

function because(rule: PlacementRuleName): string {
  return rule === "spacing" ? SPACING.because : ruleByName(rule).because;
}

function shortfallWarning(view: WeekView, count: number): PlanWarning {
  const { rule, days } = limitingRule(view, count);
  const wanted = view.target.sessions;
  const names = days.map(dayName).join(", ");
  const detail =
    rule === "spacing"
      ? `the free days (${names}) sit too close together`
      : `it rules out ${names || "the other days"}`;
  const start = view.candidates[0]?.day.date;
  return {
    rule,
    ...(start ? { date: start } : {}),
    text: `Week ${view.target.index}: ${count} strength session${count === 1 ? "" : "s"} instead of ${wanted}. Rule "${rule}" (${because(rule)}): ${detail}.`,
  };
}

/** One light session on the least bad day, when no day satisfies every rule. */
function bendForOneSession(view: WeekView): { session: PlacedSession; warnings: PlanWarning[] } | null {
  let best: { candidate: Candidate; cost: number; bent: RuleHit[]; spacing: boolean } | null = null;
  view.candidates.forEach((candidate, d) => {
    const bent = candidate.judgement.forbiddenBy;
    if (bent.some((hit) => ruleByName(hit.rule).bendCost === null)) return;
    const spacing = d === 0 && view.mondayTooClose;
    const cost = bent.reduce((sum, hit) => sum + (ruleByName(hit.rule).bendCost ?? 0), 0) + (spacing ? SPACING.bendCost : 0);
    if (!best || cost < best.cost || (cost === best.cost && candidate.score > best.candidate.score)) {
      best = { candidate, cost, bent, spacing };
    }
  });
  if (!best) return null;
  const { candidate, bent, spacing } = best as { candidate: Candidate; bent: RuleHit[]; spacing: boolean };
  const day = candidate.day;
  const hits: { rule: PlacementRuleName; text: string }[] = [...bent];
  if (spacing) hits.push({ rule: "spacing", text: "the day after the previous session" });
  const warnings = hits.map((hit) => ({
    rule: hit.rule,
    date: day.date,
    text: `${dayName(day)} ${day.date}: ${hit.text}. No day in week ${view.target.index} satisfies every rule, so this is the least bad day; rule "${hit.rule}" (${because(hit.rule)}) is bent and the session kept light.`,
  }));
  const reasons = hits.map((hit) => ({ rule: hit.rule, text: `Least bad day of the week: ${hit.text}, so the session is light and easy on the legs.` }));
  const session = placed(candidate, reasons, lighterOf(candidate.load, "light"));
  return { session: { ...session, limits: { ...session.limits, maxSoreness: "low" } }, warnings };
}

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

/** Places the sessions of week `weekIndex` (0-based). */
export function placeWeek(
  ctx: PlacementContext,
  weekIndex: number,
  target: WeekTarget,
  previousSession: number | null,
): WeekPlacement {
  const view = weekView(ctx, weekIndex, target, previousSession);
  const choice = choose(view, view.legal, target.sessions, true);
  const sessions = view.candidates.filter((_, d) => (choice.mask & (1 << d)) !== 0).map((c) => placed(c));
  const warnings: PlanWarning[] = [];
  if (choice.count < target.sessions) {
    const bent = choice.count === 0 && !target.raceWeek ? bendForOneSession(view) : null;
    if (bent) {
      sessions.push(bent.session);
      warnings.push(...bent.warnings);
    } else {
      warnings.push(shortfallWarning(view, choice.count));
    }
  }
  warnings.push(...topLoadWarning(view, sessions));
  return { sessions, warnings };
}
