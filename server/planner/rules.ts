import { dayName, type Calendar, type CalendarDay } from "./calendar";
import { LOADS, type Load, type Reason, type Soreness } from "./types";

/**
 * The placement rules (docs/training-science.md#placement-around-long-runs-quality-runs-and-races), as data.
 * Each rule judges one day of the block:
 * - ok: the rule has nothing against the day;
 * - forbidden: no session that day;
 * - limited: a session only at a lighter load and/or with some exercises left out.
 * Spacing (a day between two sessions) judges a pair of days, so it stands apart at the end.
 * Rules with a bend cost may be bent, cheapest first, when a week has no day that satisfies them
 * all; the others never are. Coaches may disagree with a default: these are defaults, in one place.
 */

export type DayRuleName =
  | "race-proximity"
  | "post-marathon"
  | "long-run-day"
  | "day-before-long-run"
  | "before-quality-run"
  | "after-long-run"
  | "after-race"
  | "taper"
  | "rest-day"
  | "blocked-date"
  | "before-start";

export type PlacementRuleName = DayRuleName | "spacing";

/** What a limited day still allows. */
export interface ExerciseLimits {
  maxSoreness: Soreness;
  plyometric: boolean;
  eccentricHeavy: boolean;
  lowerBody: boolean;
  /**
   * False when the day should hold no exercise the athlete meets for the first time (it is not
   * the week's session furthest from the long run). Read by the prescription; absent means true.
   */
  newExercises?: boolean;
}

export const NO_LIMITS: ExerciseLimits = {
  maxSoreness: "high",
  plyometric: true,
  eccentricHeavy: true,
  lowerBody: true,
};

export type Verdict =
  | { kind: "ok" }
  | { kind: "forbidden"; text: string }
  | { kind: "limited"; maxLoad: Load; limits: Partial<ExerciseLimits>; text: string };

export interface RuleContext {
  calendar: Calendar;
  allowRestDays: boolean;
}

export interface DayRule {
  name: DayRuleName;
  /** Why the rule exists, in a phrase a runner can read. */
  because: string;
  /** The price of bending it when a week has no day that satisfies every rule; null: never. */
  bendCost: number | null;
  judge(ctx: RuleContext, index: number): Verdict;
}

const OK: Verdict = { kind: "ok" };
const forbid = (text: string): Verdict => ({ kind: "forbidden", text });
const limit = (maxLoad: Load, limits: Partial<ExerciseLimits>, text: string): Verdict => ({
  kind: "limited",
  maxLoad,
  limits,
  text,
});

/**
 * The day at `index`, or undefined outside the block. Checked first because the rules look days
 * back from the first week: V8 reads a negative array index as a property name, about ten times
 * slower than an element, and the day rules run for every day of every plan.
 */
const dayAt = (ctx: RuleContext, index: number): CalendarDay | undefined =>
  index >= 0 ? ctx.calendar.days[index] : undefined;

function raceLabel(day: CalendarDay): string {
  const race = day.runs.find((run) => run.type === "race");
  if (day.goalRace) return race?.title ? `your goal race (${race.title})` : "your goal race";
  return race?.title ? `the ${race.title}` : "a race";
}

/** Days from `index` to the next day matching `test`, looking `span` days ahead (0 = same day). */
function daysUntil(ctx: RuleContext, index: number, span: number, test: (day: CalendarDay) => boolean): number | null {
  for (let k = 0; k <= span; k++) {
    const day = dayAt(ctx, index + k);
    if (day && test(day)) return k;
  }
  return null;
}

/** Days since the last day matching `test`, looking `span` days back (from 1). */
function daysSince(ctx: RuleContext, index: number, span: number, test: (day: CalendarDay) => boolean): number | null {
  for (let k = 1; k <= span; k++) {
    const day = dayAt(ctx, index - k);
    if (day && test(day)) return k;
  }
  return null;
}

const raceProximity: DayRule = {
  name: "race-proximity",
  because: "nothing on race day, in the two days before a race, or after the goal race",
  bendCost: null,
  judge(ctx, index) {
    const goal = ctx.calendar.goalRaceIndex;
    if (goal !== undefined && index > goal)
      return forbid("after the goal race the legs need recovery, not strength work");
    const k = daysUntil(ctx, index, 2, (day) => day.race);
    if (k === null) return OK;
    const race = dayAt(ctx, index + k);
    const label = race ? raceLabel(race) : "a race";
    if (k === 0) return forbid(`race day: ${label}`);
    return forbid(`${k === 1 ? "the day" : "two days"} before ${label}: arrive with fresh legs`);
  },
};

const postMarathon: DayRule = {
  name: "post-marathon",
  because: "no lower-body strength in the week after a marathon, light work in the second week",
  bendCost: null,
  judge(ctx, index) {
    const k = daysSince(ctx, index, 14, (day) => day.marathon);
    if (k === null) return OK;
    if (k <= 7) {
      return limit(
        "light",
        { lowerBody: false, maxSoreness: "low" },
        `${k} day${k === 1 ? "" : "s"} after a marathon: core and upper body only, the legs are still repairing`,
      );
    }
    return limit("light", { maxSoreness: "low" }, "second week after a marathon: light work only");
  },
};

const longRunDay: DayRule = {
  name: "long-run-day",
  because: "the long run is the key session of the week",
  bendCost: null,
  judge(ctx, index) {
    return dayAt(ctx, index)?.long ? forbid("long-run day: the long run gets all the energy") : OK;
  },
};

const dayBeforeLongRun: DayRule = {
  name: "day-before-long-run",
  because: "the long run needs fresh legs",
  bendCost: 3,
  judge(ctx, index) {
    return dayAt(ctx, index + 1)?.long ? forbid("the day before a long run: keep the legs fresh for it") : OK;
  },
};

/** A quality run's name for a reason: "Saturday's tempo run". */
function qualityLabel(day: CalendarDay): string {
  return `${dayName(day)}'s ${day.quality.join(" and ")} run`;
}

/**
 * Heavy and slow-eccentric leg work leaves soreness for up to 48 hours, so the two days before a
 * quality run stay moderate and free of slow-eccentric work; the day before also has no jumps
 * (docs/training-science.md#placement-around-long-runs-quality-runs-and-races).
 */
const beforeQualityRun: DayRule = {
  name: "before-quality-run",
  because: "a heavy, slow-eccentric or jumping session leaves soreness for up to 48 hours",
  bendCost: null,
  judge(ctx, index) {
    const next = dayAt(ctx, index + 1);
    if (next && next.quality.length > 0) {
      return limit(
        "moderate",
        { plyometric: false, eccentricHeavy: false },
        `the day before ${qualityLabel(next)}: nothing heavy, no jumps, no slow-eccentric work`,
      );
    }
    const after = dayAt(ctx, index + 2);
    if (!after || after.quality.length === 0) return OK;
    return limit(
      "moderate",
      { eccentricHeavy: false },
      `48 hours before ${qualityLabel(after)}: nothing heavy or slow-eccentric, so the legs are fresh for it`,
    );
  },
};

const afterLongRun: DayRule = {
  name: "after-long-run",
  because: "the day after the long run is for recovery",
  bendCost: null,
  judge(ctx, index) {
    if (!dayAt(ctx, index - 1)?.long) return OK;
    return limit("light", { maxSoreness: "low" }, "the day after the long run: light, low-soreness work only");
  },
};

/**
 * Recovery after a race grows with its distance: about a day per 7 km raced, at least one, so a
 * half marathon brings three light days. Marathons have their own, longer rule (post-marathon).
 */
export function recoveryDays(day: CalendarDay): number {
  // The marathon's own two weeks are post-marathon's; this rule only keeps its first day light too.
  if (day.marathon) return 1;
  const km = Math.max(0, ...day.runs.filter((run) => run.type === "race").map((run) => run.distanceKm ?? 0));
  if (km > 0) return Math.max(1, Math.round(km / 7));
  const half = day.runs.some((run) => run.type === "race" && /half|semi|1\/2/i.test(run.title ?? ""));
  return half ? 3 : 1;
}

const afterRace: DayRule = {
  name: "after-race",
  because: "the days after a race are for recovery, more of them the longer the race",
  bendCost: null,
  judge(ctx, index) {
    for (let k = 1; k <= 6; k++) {
      const prev = dayAt(ctx, index - k);
      if (!prev?.race || k > recoveryDays(prev)) continue;
      const when = k === 1 ? "the day" : `${k} days`;
      return limit("light", { maxSoreness: "low" }, `${when} after ${raceLabel(prev)}: light, low-soreness work only`);
    }
    return OK;
  },
};

const taper: DayRule = {
  name: "taper",
  because: "nothing heavy in the last 10 days before the goal race",
  bendCost: null,
  judge(ctx, index) {
    const goal = ctx.calendar.goalRaceIndex;
    if (goal === undefined || index >= goal || goal - index > 10) return OK;
    return limit("moderate", {}, `${goal - index} days before your goal race: nothing heavy in the last 10 days`);
  },
};

const restDay: DayRule = {
  name: "rest-day",
  because: "rest days stay rest days unless you allow strength on them",
  bendCost: 1,
  judge(ctx, index) {
    if (ctx.allowRestDays || !dayAt(ctx, index)?.rest) return OK;
    return forbid("a rest day, and you chose to keep rest days free");
  },
};

const blockedDate: DayRule = {
  name: "blocked-date",
  because: "you marked the date as unavailable",
  bendCost: null,
  judge(ctx, index) {
    return dayAt(ctx, index)?.blocked ? forbid("you marked this date as unavailable") : OK;
  },
};

const beforeStart: DayRule = {
  name: "before-start",
  because: "the plan starts on your start date",
  bendCost: null,
  judge(ctx, index) {
    return dayAt(ctx, index)?.beforeStart ? forbid("before your start date") : OK;
  },
};

/** Every day rule, in the order their reasons are listed. */
export const DAY_RULES: readonly DayRule[] = [
  blockedDate,
  beforeStart,
  raceProximity,
  postMarathon,
  longRunDay,
  dayBeforeLongRun,
  beforeQualityRun,
  afterLongRun,
  afterRace,
  taper,
  restDay,
];

export const SPACING = {
  name: "spacing" as const,
  because: "at least one day between two strength sessions",
  bendCost: 2,
  /** True when sessions on day indexes `a` and `b` leave a free day between them. */
  ok: (a: number, b: number): boolean => Math.abs(a - b) >= 2,
};

/** Looked up by name for every forbidden day and every bent rule: a table, not a search. */
const BY_NAME = new Map(DAY_RULES.map((rule, bit) => [rule.name, { rule, bit }]));

export function ruleByName(name: DayRuleName): DayRule {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`unknown rule ${name}`);
  return found.rule;
}

/** The rule's position in DAY_RULES, used as a bit number. */
export function ruleBit(name: DayRuleName): number {
  return BY_NAME.get(name)?.bit ?? -1;
}

const LOAD_RANK = Object.fromEntries(LOADS.map((load, rank) => [load, rank])) as Record<Load, number>;
export const loadRank = (load: Load): number => LOAD_RANK[load];
export const lighterOf = (a: Load, b: Load): Load => (loadRank(a) <= loadRank(b) ? a : b);

const SORENESS_RANK: Record<Soreness, number> = { low: 0, medium: 1, high: 2 };

function mergeLimits(into: ExerciseLimits, extra: Partial<ExerciseLimits>): ExerciseLimits {
  const maxSoreness = extra.maxSoreness;
  return {
    maxSoreness:
      maxSoreness !== undefined && SORENESS_RANK[maxSoreness] < SORENESS_RANK[into.maxSoreness]
        ? maxSoreness
        : into.maxSoreness,
    plyometric: into.plyometric && extra.plyometric !== false,
    eccentricHeavy: into.eccentricHeavy && extra.eccentricHeavy !== false,
    lowerBody: into.lowerBody && extra.lowerBody !== false,
  };
}

export interface RuleHit extends Reason {
  rule: DayRuleName;
  /** For a limiting rule: the heaviest load it allows. */
  maxLoad?: Load;
}

/** Everything the day rules say about one day, combined. */
export interface DayJudgement {
  forbiddenBy: RuleHit[];
  /** The forbidding rules as bits, `1 << ruleBit(name)`, for quick what-if checks. */
  forbiddenMask: number;
  limitedBy: RuleHit[];
  maxLoad: Load;
  limits: ExerciseLimits;
}

export function judgeDay(ctx: RuleContext, index: number, rules: readonly DayRule[] = DAY_RULES): DayJudgement {
  const judgement: DayJudgement = {
    forbiddenBy: [],
    forbiddenMask: 0,
    limitedBy: [],
    maxLoad: "heavy",
    limits: NO_LIMITS,
  };
  for (const rule of rules) {
    const verdict = rule.judge(ctx, index);
    if (verdict.kind === "forbidden") {
      judgement.forbiddenBy.push({ rule: rule.name, text: verdict.text });
      judgement.forbiddenMask |= 1 << ruleBit(rule.name);
    }
    if (verdict.kind === "limited") {
      judgement.limitedBy.push({ rule: rule.name, text: verdict.text, maxLoad: verdict.maxLoad });
      judgement.maxLoad = lighterOf(judgement.maxLoad, verdict.maxLoad);
      judgement.limits = mergeLimits(judgement.limits, verdict.limits);
    }
  }
  return judgement;
}
