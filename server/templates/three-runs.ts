import { MARATHON, type WeekSlots, type Workout, crossTraining, inKm, week } from "./grid";

/**
 * Three runs a week for 16 weeks, in kilometres, in the manner of the "run less, run faster"
 * plans: Tuesday track repeats, Thursday tempo, Sunday long run, and two cross-training days
 * (Wednesday, Saturday) that keep aerobic volume up without the pounding. Every fourth week or
 * so is lighter; the last two weeks taper into the race.
 */

interface Track {
  reps: number;
  metres: number;
}

/** Warm-up and cool-down (4 km together) plus reps plus 400 m jog recoveries. */
function track({ reps, metres }: Track): Workout {
  const km = 4 + (reps * metres) / 1000 + reps * 0.4;
  const total = Math.round(km * 2) / 2;
  return inKm("intervals", total, `Track ${total} km: ${reps} × ${metres} m at 5K pace, 400 m jog recoveries`);
}

/** Threshold kilometres between 2 km easy before and 1 km easy after. */
function tempo(thresholdKm: number): Workout {
  return inKm(
    "tempo",
    thresholdKm + 3,
    `Tempo ${thresholdKm + 3} km: ${thresholdKm} km at threshold after 2 km easy, 1 km easy to finish`,
  );
}

const long = (km: number): Workout => inKm("long", km, `Long run ${km} km at easy to marathon pace`);
const CROSS = crossTraining(45);

/** [track session, tempo km, long run km] per week; the last week is race week. */
const ROWS: readonly (readonly [Track, number, number | null])[] = [
  [{ reps: 8, metres: 400 }, 5, 16],
  [{ reps: 5, metres: 800 }, 5, 18],
  [{ reps: 5, metres: 1000 }, 6, 21],
  [{ reps: 6, metres: 400 }, 5, 16],
  [{ reps: 4, metres: 1200 }, 6, 23],
  [{ reps: 3, metres: 1600 }, 7, 25],
  [{ reps: 6, metres: 800 }, 8, 27],
  [{ reps: 8, metres: 400 }, 6, 20],
  [{ reps: 5, metres: 1000 }, 8, 29],
  [{ reps: 4, metres: 1600 }, 9, 30],
  [{ reps: 6, metres: 800 }, 7, 24],
  [{ reps: 3, metres: 2000 }, 10, 32],
  [{ reps: 5, metres: 1000 }, 8, 28],
  [{ reps: 4, metres: 1200 }, 10, 32],
  [{ reps: 6, metres: 800 }, 6, 22],
  [{ reps: 6, metres: 400 }, 4, null],
];

export const THREE_RUNS: readonly WeekSlots[] = ROWS.map(([session, tempoKm, longKm], index) => {
  const raceWeek = index === ROWS.length - 1;
  return week(
    null,
    track(session),
    raceWeek ? null : CROSS,
    tempo(tempoKm),
    null,
    raceWeek ? null : CROSS,
    longKm ? long(longKm) : MARATHON,
  );
});
