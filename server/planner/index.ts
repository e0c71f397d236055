/** The planning engine's public surface. Pure: no database, framework, clock or environment. */
export { buildPlan } from "./plan";
export { parsePlanInput, withDefaults, type ParseResult, type PlanRequest } from "./schema";
export { PlanInputError } from "./block";
export { DAY_RULES, SPACING, type DayRuleName, type PlacementRuleName } from "./rules";
export { CATALOG, exerciseById, isAvailable, ladderOf } from "./catalog";
export type * from "./types";
export { checkSessionDay, type SessionToMove } from "./check-day";
export { summariseRunWeeks, type RunWeeks } from "./run-weeks";
