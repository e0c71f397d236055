import { formatLoad, loadValue, parseLoad, type LoadUnit } from "./load-units";

/**
 * The training log as a form edits it: per prescribed exercise, the exercise actually done (it
 * may be a swap) and its sets as typed text. Pure functions, shared by the one-tap "done as
 * prescribed" and the full form, so both send the same shape.
 */
export type Measure = "reps" | "seconds" | "metres";

export type PrescribedExercise = {
  position: number;
  exerciseId: string;
  unit: Measure;
  sets: number;
  reps: number | null;
  seconds: number | null;
  metres: number | null;
};

export type LoggedSet = {
  exerciseId: string;
  set: number;
  reps: number | null;
  seconds: number | null;
  metres: number | null;
  loadKg: number | null;
  bodyweight: boolean;
};

export type LogSet = {
  exerciseId: string;
  set: number;
  reps?: number;
  seconds?: number;
  metres?: number;
  loadKg?: number;
  bodyweight?: boolean;
};

export type DraftSet = { amount: string; load: string };
export type DraftExercise = { position: number; exerciseId: string; measure: Measure; sets: DraftSet[] };

function measureOf(exercise: PrescribedExercise): Measure {
  if (exercise.reps !== null) return "reps";
  if (exercise.seconds !== null) return "seconds";
  if (exercise.metres !== null) return "metres";
  return exercise.unit;
}

/** Every prescribed set, done as written: what the one-tap "done as prescribed" sends. */
export function asPrescribed(exercises: PrescribedExercise[]): LogSet[] {
  return exercises.flatMap((exercise) => {
    const measure = measureOf(exercise);
    const amount = exercise[measure];
    return Array.from({ length: exercise.sets }, (_, index) => ({
      exerciseId: exercise.exerciseId,
      set: index + 1,
      ...(amount === null ? {} : { [measure]: amount }),
    }));
  });
}

function draftSet(set: LoggedSet, measure: Measure, unit: LoadUnit): DraftSet {
  const amount = set[measure] ?? set.reps ?? set.seconds ?? set.metres;
  return { amount: amount === null ? "" : String(amount), load: set.loadKg ? loadValue(set.loadKg, unit) : "" };
}

/**
 * The form's starting point: the saved log where there is one (sets of a swapped exercise are
 * found through `alsoCounts`), else the prescription with no added load.
 */
export function draftFrom(
  exercises: PrescribedExercise[],
  logged: LoggedSet[],
  unit: LoadUnit,
  alsoCounts: (exercise: PrescribedExercise) => string[] = () => [],
): DraftExercise[] {
  const used = new Set<LoggedSet>();
  return exercises.map((exercise) => {
    const measure = measureOf(exercise);
    const ids = new Set([exercise.exerciseId, ...alsoCounts(exercise)]);
    const mine = logged.filter((set) => !used.has(set) && ids.has(set.exerciseId));
    const doneId = mine[0]?.exerciseId ?? exercise.exerciseId;
    const sets = mine.filter((set) => set.exerciseId === doneId).sort((a, b) => a.set - b.set);
    sets.forEach((set) => used.add(set));
    const prescribed = exercise[measure];
    return {
      position: exercise.position,
      exerciseId: doneId,
      measure,
      sets:
        sets.length > 0
          ? sets.map((set) => draftSet(set, measure, unit))
          : Array.from({ length: exercise.sets }, () => ({
              amount: prescribed === null ? "" : String(prescribed),
              load: "",
            })),
    };
  });
}

const MEASURE_WORD: Record<Measure, string> = { reps: "reps", seconds: "seconds", metres: "metres" };

/** The form's text back to the procedure's sets, or the first thing to fix. */
export function toLogSets(draft: DraftExercise[], unit: LoadUnit): { sets: LogSet[] } | { error: string } {
  const sets: LogSet[] = [];
  for (const exercise of draft) {
    for (const [index, set] of exercise.sets.entries()) {
      const amountText = set.amount.trim();
      const amount = amountText === "" ? null : Number(amountText.replace(",", "."));
      if (
        amount !== null &&
        (!Number.isFinite(amount) || amount < 0 || (exercise.measure !== "metres" && !Number.isInteger(amount)))
      )
        return { error: `Set ${index + 1}: ${MEASURE_WORD[exercise.measure]} must be a whole number.` };
      const load = parseLoad(set.load, unit);
      if ("error" in load) return { error: `Set ${index + 1}: ${load.error}` };
      sets.push({
        exerciseId: exercise.exerciseId,
        set: index + 1,
        ...(amount === null ? {} : { [exercise.measure]: amount }),
        ...(load.kg === null ? { bodyweight: true } : { loadKg: load.kg }),
      });
    }
  }
  return { sets };
}

/** "10 reps × 20 kg", "30 s", "20 m × bodyweight": one logged set, read back. */
export function describeSet(set: LoggedSet | LogSet, unit: LoadUnit): string {
  const amount =
    set.reps !== undefined && set.reps !== null
      ? `${set.reps} reps`
      : set.seconds !== undefined && set.seconds !== null
        ? `${set.seconds} s`
        : set.metres !== undefined && set.metres !== null
          ? `${set.metres} m`
          : "done";
  const load = set.loadKg ? formatLoad(set.loadKg, unit) : null;
  return load ? `${amount} × ${load}` : amount;
}
