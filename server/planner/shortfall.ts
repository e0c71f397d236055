import { dayName, type CalendarDay } from "./calendar";
import {
  DAY_RULES,
  SPACING,
  ruleBit,
  ruleByName,
  type DayRuleName,
  type PlacementRuleName,
  type RuleHit,
} from "./rules";
import type { PlanWarning } from "./types";
import { choose, dayOfWeek, fillsEveryDay, legalWithout, type Candidate, type WeekView } from "./week-view";

/**
 * When a week cannot hold what it asks for: which rule stands in the way, and which day is the
 * least bad when no day satisfies every rule. Every answer becomes a warning a runner can read.
 */

export function because(rule: PlacementRuleName): string {
  return rule === "spacing" ? SPACING.because : ruleByName(rule).because;
}

/**
 * The rule that, relaxed on its own, would make room for the most sessions; among equals the one
 * a runner can most easily change (the lowest bend cost: allowing rest days comes first).
 */
function limitingRule(view: WeekView, count: number): PlacementRuleName {
  const limit = view.target.sessions;
  let best = {
    rule: "spacing" as PlacementRuleName,
    gain: choose(view, view.legal, limit, false).count - count,
    cost: SPACING.bendCost,
  };
  for (const rule of DAY_RULES) {
    // A rule that forbids no day of the week frees nothing: its gain is 0, which never decides.
    if (!forbidsAnyDay(view, rule.name)) continue;
    const gain = choose(view, legalWithout(view, rule.name), limit).count - count;
    const cost = rule.bendCost ?? Infinity;
    if (gain > best.gain || (gain === best.gain && cost < best.cost)) best = { rule: rule.name, gain, cost };
  }
  return best.gain > 0 ? best.rule : mostForbidding(view);
}

function forbidsAnyDay(view: WeekView, rule: DayRuleName): boolean {
  const bit = 1 << ruleBit(rule);
  return view.candidates.some((c) => (c.judgement.forbiddenMask & bit) !== 0);
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

const names = (days: readonly CalendarDay[]): string => days.map(dayName).join(", ");

/** "Monday (a rest day, ...)" for every day some rule forbids, apart from `except`. */
function otherBlockedDays(view: WeekView, except: PlacementRuleName): string {
  return view.candidates
    .filter((c) => c.judgement.forbiddenBy.length > 0 && !c.judgement.forbiddenBy.some((h) => h.rule === except))
    .map((c) => `${dayName(c.day)} (${c.judgement.forbiddenBy[0]?.text ?? ""})`)
    .join("; ");
}

/** A warning for a week that holds fewer sessions than it asks for. */
export function shortfallWarning(view: WeekView, count: number): PlanWarning {
  const rule = limitingRule(view, count);
  const head = `Week ${view.target.index}: ${count} strength session${count === 1 ? "" : "s"} instead of ${view.target.sessions}.`;
  const freeDays = view.candidates.filter((_, d) => (view.legal & (1 << d)) !== 0).map((c) => c.day);
  const ruled = view.candidates.filter((c) => c.judgement.forbiddenBy.some((h) => h.rule === rule)).map((c) => c.day);
  const main =
    rule === "spacing"
      ? `The free days (${names(freeDays) || "none"}) sit too close together${view.mondayTooClose ? ", and Monday follows last Sunday's session" : ""}: ${because(rule)}.`
      : `Rule "${rule}" (${because(rule)}) rules out ${names(ruled) || "the other days"}.`;
  const others = otherBlockedDays(view, rule);
  const start = view.candidates[0]?.day.date;
  return {
    rule,
    ...(start ? { date: start } : {}),
    text: [head, main, others ? `Also ruled out: ${others}.` : ""].join(" ").trim(),
  };
}

export interface BentDay {
  candidate: Candidate;
  /** The rules bent for this day, with what each says about it. */
  bent: { rule: PlacementRuleName; text: string }[];
}

/** The least bad day of a week with no legal day: the cheapest rules to bend, then preference. */
export function leastBadDay(view: WeekView): BentDay | null {
  let best: { candidate: Candidate; cost: number; hits: RuleHit[]; spacing: boolean } | null = null;
  for (const candidate of view.candidates) {
    const hits = candidate.judgement.forbiddenBy;
    if (hits.some((hit) => ruleByName(hit.rule).bendCost === null)) continue;
    // A day that breaks no rule but is the week's only free day is not "least bad": taking it
    // would leave no day without training, and no warning would say why (rule 5 of issue 11).
    if (fillsEveryDay(view, 1 << dayOfWeek(candidate.day))) continue;
    const spacing = dayOfWeek(candidate.day) === 0 && view.mondayTooClose;
    const cost =
      hits.reduce((sum, hit) => sum + (ruleByName(hit.rule).bendCost ?? 0), 0) + (spacing ? SPACING.bendCost : 0);
    if (!best || cost < best.cost || (cost === best.cost && candidate.score > best.candidate.score)) {
      best = { candidate, cost, hits, spacing };
    }
  }
  if (!best) return null;
  const bent: BentDay["bent"] = [...best.hits];
  if (best.spacing) bent.push({ rule: "spacing", text: "the day after the previous session" });
  return { candidate: best.candidate, bent };
}

export function bentWarnings(view: WeekView, day: BentDay): PlanWarning[] {
  const { date } = day.candidate.day;
  return day.bent.map((hit) => ({
    rule: hit.rule,
    date,
    text: `${dayName(day.candidate.day)} ${date}: ${hit.text}. No day in week ${view.target.index} satisfies every rule, so this is the least bad day: rule "${hit.rule}" (${because(hit.rule)}) is bent and the session kept light.`,
  }));
}
