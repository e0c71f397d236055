import type { IsoDate, Run } from "../planner/types";
import { type DaySlot, type WeekSlots, layOut } from "./grid";
import { HANSONS_BEGINNER } from "./hansons";
import { HIGDON_INTERMEDIATE, HIGDON_NOVICE } from "./higdon";
import { PFITZINGER_18_55 } from "./pfitzinger";
import { THREE_RUNS } from "./three-runs";

export { buildOwnWeek, longRunProgression, type DayRole, type OwnWeekInput } from "./own-week";
export { weeklyRunKm, type DaySlot } from "./grid";

/**
 * Ready-made run calendars anchored on a race date, for athletes who have no calendar to
 * import. The structures and numbers follow the published plans
 * (docs/training-science.md#published-marathon-plans); titles
 * and texts are our own. Distances are kilometres (mile plans converted).
 */

export const TEMPLATE_IDS = [
  "higdon-novice",
  "higdon-intermediate",
  "hansons-beginner",
  "pfitzinger-18-55",
  "three-runs",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  name: string;
  description: string;
  weeks: number;
  /** The unit the original plan is written in; Run distances are always kilometres. */
  unit: "mi" | "km";
  /** Weekday of the long run for a Sunday race (the grid shifts with other race days). */
  longRunDay: DaySlot;
  /** 1-based weeks where weekly volume drops on purpose before the taper. */
  stepBackWeeks: readonly number[];
  /** Weeks before the race week whose volume comes down for the race. */
  taperWeeks: number;
}

interface Template extends TemplateInfo {
  grid: readonly WeekSlots[];
}

const ALL: readonly Template[] = [
  {
    id: "higdon-novice",
    name: "Novice, 18 weeks",
    description:
      "Four days a week: three short runs and a Saturday long run from 6 to 20 miles, cross-training on Sunday. A half marathon in week 8.",
    weeks: 18,
    unit: "mi",
    longRunDay: "sat",
    stepBackWeeks: [3, 6, 9, 12, 14],
    taperWeeks: 2,
    grid: HIGDON_NOVICE,
  },
  {
    id: "higdon-intermediate",
    name: "Intermediate, 18 weeks",
    description:
      "Five runs and a cross-training day: a midweek medium run, a Saturday pace run and a Sunday long run up to 20 miles.",
    weeks: 18,
    unit: "mi",
    longRunDay: "sun",
    stepBackWeeks: [3, 6, 9, 12, 14],
    taperWeeks: 2,
    grid: HIGDON_INTERMEDIATE,
  },
  {
    id: "hansons-beginner",
    name: "Six days, 18 weeks (cumulative fatigue)",
    description:
      "Six running days with Wednesday off: Tuesday speed then strength repeats, Thursday marathon-pace tempo, Sunday long run capped at 16 miles.",
    weeks: 18,
    unit: "mi",
    longRunDay: "sun",
    stepBackWeeks: [9, 11, 13, 15],
    taperWeeks: 1,
    grid: HANSONS_BEGINNER,
  },
  {
    id: "pfitzinger-18-55",
    name: "Up to 55 miles, 18 weeks",
    description:
      "Monday rest, threshold or VO2max work on Tuesday, a midweek medium-long run, Sunday long runs to 20 miles, and a three-week taper.",
    weeks: 18,
    unit: "mi",
    longRunDay: "sun",
    stepBackWeeks: [4, 7, 10, 13],
    taperWeeks: 2,
    grid: PFITZINGER_18_55,
  },
  {
    id: "three-runs",
    name: "Three runs a week, 16 weeks",
    description:
      "Tuesday track repeats, Thursday tempo and a Sunday long run, with two cross-training days for aerobic volume.",
    weeks: 16,
    unit: "km",
    longRunDay: "sun",
    stepBackWeeks: [4, 8, 11, 13],
    taperWeeks: 1,
    grid: THREE_RUNS,
  },
];

export const TEMPLATES: readonly TemplateInfo[] = ALL.map(({ grid: _grid, ...info }) => info);

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** The template's runs, dated so that its last day is the race on `raceDate`. */
export function buildTemplate(id: TemplateId, raceDate: IsoDate): Run[] {
  const template = ALL.find((candidate) => candidate.id === id);
  if (!template) throw new RangeError(`unknown template: ${id}`);
  return layOut(raceDate, template.grid);
}
