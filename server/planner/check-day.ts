import { blockOf } from "./block";
import { buildCalendar } from "./calendar";
import { exerciseById } from "./catalog";
import { daysBetween } from "../domain/dates";
import { judgeDay, loadRank, SPACING, type ExerciseLimits } from "./rules";
import { withDefaults } from "./schema";
import { allowedBy } from "./selection";
import type { IsoDate, Load, PlanInput, Reason } from "./types";

/**
 * Judges a day for a session someone wants to move there by hand: the same rules the planner
 * places by, applied to a session that already exists. What comes back are the rules the move
 * would break, each with a reason a runner can read ("the day before a long run: keep the legs
 * fresh for it"); an empty list means the day is fine.
 */
export interface SessionToMove {
  date: IsoDate;
  load: Load;
  exerciseIds: readonly string[];
}

export function checkSessionDay(
  input: PlanInput,
  session: SessionToMove,
  otherSessionDates: readonly IsoDate[],
): Reason[] {
  const request = withDefaults(input);
  const calendar = buildCalendar(blockOf(request), request);
  const first = calendar.days[0];
  const index = first ? daysBetween(first.date, session.date) : -1;
  if (index < 0 || index >= calendar.days.length) {
    return [{ rule: "outside-block", text: "outside the dates of this plan" }];
  }
  const judgement = judgeDay({ calendar, allowRestDays: request.allowRestDays }, index);
  const broken: Reason[] = judgement.forbiddenBy.map(({ rule, text }) => ({ rule, text }));
  if (loadRank(session.load) > loadRank(judgement.maxLoad) || !exercisesFit(session.exerciseIds, judgement.limits)) {
    broken.push(...judgement.limitedBy.map(({ rule, text }) => ({ rule, text })));
  }
  const crowded = otherSessionDates.find((other) => !SPACING.ok(0, daysBetween(session.date, other)));
  if (crowded) {
    broken.push({
      rule: SPACING.name,
      text: `another strength session is ${neighbour(daysBetween(session.date, crowded))}: leave a day between sessions`,
    });
  }
  return dedupe(broken);
}

/** Where the crowding session is, in words: spacing only ever trips on the same or the next day. */
function neighbour(offset: number): string {
  if (offset === 0) return "on the same day";
  return offset < 0 ? "the day before" : "the day after";
}

function exercisesFit(exerciseIds: readonly string[], limits: ExerciseLimits): boolean {
  return exerciseIds.every((id) => {
    const exercise = exerciseById(id);
    return !exercise || allowedBy(limits, exercise);
  });
}

function dedupe(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.rule}:${reason.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
