import { MARATHON, type Slot, type WeekSlots, type Workout, inMiles, week } from "./grid";

/**
 * Pfitzinger-like 18 weeks peaking at 55 miles, in miles.
 * Structure (docs/training-science.md#published-marathon-plans):
 * Monday rest, Sunday long run building to 20 miles, a medium-long run midweek (Wednesday),
 * lactate-threshold or VO2max work on Tuesday, general-aerobic and recovery runs around them.
 * A step-back week every third week in the build; a 3-week taper cutting weekly mileage by
 * about 22 %, 40 % and 60 % from the 55-mile peak (race week counted without the race).
 */

const ga = (miles: number, strides = false): Workout =>
  inMiles(
    "easy",
    miles,
    strides ? `General aerobic + speed ${miles} mi w/ 10 × 100 m strides` : `General aerobic ${miles} mi`,
  );
const recovery = (miles: number): Workout => inMiles("recovery", miles, `Recovery ${miles} mi`);
const mediumLong = (miles: number): Workout => inMiles("easy", miles, `Medium-long run ${miles} mi`);
const long = (miles: number, atMarathonPace?: number): Workout =>
  inMiles(
    "long",
    miles,
    atMarathonPace ? `Long run ${miles} mi w/ ${atMarathonPace} mi at marathon pace` : `Long run ${miles} mi`,
  );
const threshold = (miles: number, atThreshold: number): Workout =>
  inMiles("tempo", miles, `Lactate threshold ${miles} mi w/ ${atThreshold} mi at 15K-half marathon pace`);
const vo2max = (miles: number, reps: number, metres: number): Workout =>
  inMiles("intervals", miles, `VO2max ${miles} mi w/ ${reps} × ${metres} m at 5K pace`);
const dressRehearsal: Workout = inMiles("tempo", 7, "Dress rehearsal 7 mi w/ 2 mi at marathon pace");

/** [tue, wed, thu, fri, sat, sun]; Monday is always rest. */
type Row = readonly [Slot, Slot, Slot, Slot, Slot, Slot];

const ROWS: readonly Row[] = [
  [ga(6, true), mediumLong(9), null, ga(5), recovery(4), long(12)],
  [threshold(7, 3), mediumLong(10), null, ga(6), recovery(4), long(12)],
  [threshold(8, 4), mediumLong(10), null, ga(6), recovery(4), long(14)],
  [ga(7, true), mediumLong(9), null, ga(5), recovery(4), long(12)],
  [threshold(8, 4), mediumLong(11), null, ga(6), recovery(4), long(15)],
  [threshold(9, 5), mediumLong(11), null, ga(6), recovery(4), long(16)],
  [ga(8, true), mediumLong(10), null, ga(6), recovery(4), long(13, 8)],
  [threshold(9, 5), mediumLong(11), recovery(4), ga(6), recovery(4), long(17)],
  [threshold(10, 5), mediumLong(12), recovery(4), ga(6), recovery(4), long(18)],
  [ga(8, true), mediumLong(11), null, ga(6), recovery(4), long(15, 10)],
  [threshold(10, 6), mediumLong(12), recovery(4), ga(6), recovery(3), long(20)],
  [vo2max(8, 5, 1000), mediumLong(13), recovery(4), ga(7), recovery(4), long(16, 12)],
  [ga(7, true), mediumLong(11), null, ga(6), recovery(4), long(17)],
  [vo2max(9, 5, 1200), mediumLong(13), recovery(4), ga(6), recovery(3), long(20)],
  [vo2max(9, 6, 1000), mediumLong(14), recovery(4), ga(7), recovery(4), long(17, 14)],
  [vo2max(8, 5, 800), mediumLong(10), null, ga(6), recovery(3), long(16)],
  [threshold(7, 3), mediumLong(9), null, ga(5), null, long(12)],
  [recovery(6), dressRehearsal, null, recovery(5), recovery(4), MARATHON],
];

export const PFITZINGER_18_55: readonly WeekSlots[] = ROWS.map(([tue, wed, thu, fri, sat, sun]) =>
  week(null, tue, wed, thu, fri, sat, sun),
);
