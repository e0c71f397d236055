import { MARATHON, type Slot, type WeekSlots, type Workout, inMiles, week } from "./grid";

/**
 * Hansons-like beginner plan, in miles. Structure (docs/training-science.md#published-marathon-plans):
 * six running days with
 * Wednesday off; Tuesday speed (weeks 6-10) then "strength" repeats (weeks 11-17); Thursday
 * tempo at goal marathon pace growing from 5 to 10 miles; Sunday long run capped at 16 miles;
 * the load comes off over about the final ten days. Easy days fill the rest, as in the book's
 * cumulative-fatigue approach; the light weeks are the short-long-run weeks.
 */

const easy = (miles: number): Workout => inMiles("easy", miles, `Easy ${miles} mi`);
const long = (miles: number): Workout => inMiles("long", miles, `Long run ${miles} mi`);

/** Warm-up and cool-down (1.5 mi each) plus the reps and their recoveries make the total. */
function speed(reps: number, metres: number, totalMiles: number): Workout {
  return inMiles(
    "intervals",
    totalMiles,
    `Speed ${totalMiles} mi: ${reps} × ${metres} m at 5K-10K pace, half-distance jog recoveries`,
  );
}

function strength(reps: number, miles: number, totalMiles: number): Workout {
  return inMiles(
    "intervals",
    totalMiles,
    `Strength ${totalMiles} mi: ${reps} × ${miles} mi at marathon pace minus 10 s/mi`,
  );
}

/** Tempo miles at goal marathon pace, plus a mile of warm-up and a mile of cool-down. */
function tempo(paceMiles: number): Workout {
  return inMiles(
    "tempo",
    paceMiles + 2,
    `Tempo ${paceMiles + 2} mi: ${paceMiles} mi at goal marathon pace between 1 mi warm-up and cool-down`,
  );
}

/** [mon, tue, thu, fri, sat, sun]; Wednesday is always off. Numbers are easy miles. */
type Row = readonly [Slot | number, Slot | number, Slot | number, Slot | number, Slot | number, Slot];

const ROWS: readonly Row[] = [
  [3, null, 3, null, 3, easy(4)],
  [3, null, 3, 3, 3, easy(5)],
  [4, 4, 4, null, 4, long(6)],
  [4, 5, 5, 4, 4, long(8)],
  [5, 5, 5, 5, 4, long(8)],
  [5, speed(12, 400, 6), tempo(5), 5, 5, long(10)],
  [5, speed(8, 600, 6), tempo(5), 5, 6, long(10)],
  [6, speed(6, 800, 6.5), tempo(6), 5, 6, long(12)],
  [5, speed(5, 1000, 6.5), tempo(6), 5, 5, long(10)],
  [6, speed(4, 1200, 6.5), tempo(7), 6, 6, long(15)],
  [6, strength(6, 1, 9), tempo(7), 6, 6, long(12)],
  [6, strength(4, 1.5, 9), tempo(8), 6, 6, long(16)],
  [6, strength(3, 2, 9), tempo(8), 5, 6, long(12)],
  [7, strength(2, 3, 9), tempo(9), 6, 7, long(16)],
  [6, strength(3, 2, 9), tempo(9), 6, 6, long(15)],
  [7, strength(4, 1.5, 9), tempo(10), 6, 7, long(16)],
  [6, strength(2, 2, 7), tempo(6), 5, 5, long(10)],
  [5, 5, tempo(3), 3, 3, MARATHON],
];

const slot = (value: Slot | number): Slot => (typeof value === "number" ? easy(value) : value);

export const HANSONS_BEGINNER: readonly WeekSlots[] = ROWS.map(([mon, tue, thu, fri, sat, sun]) =>
  week(slot(mon), slot(tue), null, slot(thu), slot(fri), slot(sat), sun),
);
