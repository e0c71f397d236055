import { fromDayNumber, startOfWeek, toDayNumber } from "../domain/dates";
import type { IsoDate } from "./types";

/**
 * The block: whole weeks, Monday to Sunday. With a race date the block ends in race week (its
 * Sunday); otherwise it starts in the week of the start date. When both are given the block ends
 * in race week and starts no earlier than the start date's week, so a runner who starts eight
 * weeks out gets an eight-week block.
 */
export interface Block {
  /** Day number (see dates.ts) of the Monday of week 1. */
  firstMonday: number;
  weeks: number;
  /** The first day a session may be planned on: the start date when it falls mid-week. */
  firstPlannableDay: number;
  /** Day number of the goal race, when there is one. */
  raceDay?: number;
}

export class PlanInputError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("; "));
    this.name = "PlanInputError";
  }
}

export interface BlockSpec {
  raceDate?: IsoDate;
  startDate?: IsoDate;
  weeks: number;
}

const mondayOf = (date: IsoDate): number => toDayNumber(startOfWeek(date, 1));

export function blockOf(spec: BlockSpec): Block {
  const { raceDate, startDate } = spec;
  if (raceDate !== undefined) {
    const raceDay = toDayNumber(raceDate);
    const raceMonday = mondayOf(raceDate);
    let weeks = spec.weeks;
    let firstPlannableDay = raceMonday - (weeks - 1) * 7;
    if (startDate !== undefined) {
      const startDay = toDayNumber(startDate);
      if (startDay > raceDay) throw new PlanInputError(["raceDate: before startDate"]);
      weeks = Math.min(weeks, (raceMonday - mondayOf(startDate)) / 7 + 1);
      firstPlannableDay = Math.max(startDay, raceMonday - (weeks - 1) * 7);
    }
    return { firstMonday: raceMonday - (weeks - 1) * 7, weeks, firstPlannableDay, raceDay };
  }
  if (startDate === undefined) {
    throw new PlanInputError(["raceDate: a block needs a raceDate or a startDate"]);
  }
  return { firstMonday: mondayOf(startDate), weeks: spec.weeks, firstPlannableDay: toDayNumber(startDate) };
}

export function blockLength(block: Block): number {
  return block.weeks * 7;
}

export function blockStartDate(block: Block): IsoDate {
  return fromDayNumber(block.firstMonday);
}

export function blockEndDate(block: Block): IsoDate {
  return fromDayNumber(block.firstMonday + blockLength(block) - 1);
}
