"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatDose } from "@/components/session/dose";
import type { LoadUnit } from "./load-units";
import { draftFrom, toLogSets, type DraftExercise, type LoggedSet, type LogSet } from "./log-draft";
import type { SessionDetailView, SessionLogInput } from "./types";
import { useCheckOffWords } from "./words";

type Exercise = SessionDetailView["exercises"][number];
type LogFields = Omit<SessionLogInput, "sessionId" | "clientId" | "clientTime">;

const MEASURE_LABEL = { reps: "Reps", seconds: "Seconds", metres: "Metres" } as const;
const input =
  "block min-h-11 w-full rounded-lg border border-line bg-surface px-2 text-base text-fg focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30";

function swapsOf(exercise: Exercise) {
  return [exercise.swaps.regression, exercise.swaps.progression, ...exercise.swaps.alternatives].filter(
    (swap) => swap !== null,
  );
}

/**
 * The training log, set by set: prefilled from the prescription (or the saved log), each set's
 * reps, seconds or metres and its load in the athlete's unit (empty = bodyweight), the exercise
 * actually done when it was swapped, extra sets, effort and a note. Loaded only when opened.
 */
export function TrainingLogForm({
  session,
  unit,
  logged,
  rpe: savedRpe,
  note: savedNote,
  onSave,
  onCancel,
}: {
  session: SessionDetailView;
  unit: LoadUnit;
  logged: (LoggedSet | LogSet)[];
  rpe: number | null;
  note: string | null;
  onSave: (log: LogFields) => void;
  onCancel: () => void;
}) {
  const { limits } = useCheckOffWords();
  const [draft, setDraft] = useState<DraftExercise[]>(() =>
    draftFrom(session.exercises, logged.map(toLogged), unit, (e) => {
      const exercise = session.exercises.find((x) => x.position === e.position);
      return exercise ? swapsOf(exercise).map((swap) => swap.id) : [];
    }),
  );
  const [rpe, setRpe] = useState<number | null>(savedRpe);
  const [note, setNote] = useState(savedNote ?? "");
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();

  const change = (position: number, update: (exercise: DraftExercise) => DraftExercise) =>
    setDraft((current) => current.map((e) => (e.position === position ? update(e) : e)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toLogSets(draft, unit);
    if ("error" in result) return setError(result.error);
    if (result.sets.length > limits.maxSetsPerLog) return setError(`A log holds at most ${limits.maxSetsPerLog} sets.`);
    setError(null);
    onSave({ sets: result.sets, ...(rpe === null ? {} : { rpe }), ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return (
    <form onSubmit={submit} className="space-y-5" aria-label="Training log">
      {session.exercises.map((exercise) => {
        const row = draft.find((d) => d.position === exercise.position);
        if (!row) return null;
        return (
          <ExerciseSets
            key={exercise.position}
            exercise={exercise}
            row={row}
            unit={unit}
            maxSets={limits.maxSetNumber}
            onChange={(update) => change(exercise.position, update)}
          />
        );
      })}

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">
          Effort (RPE {limits.rpeMin}–{limits.rpeMax}, optional)
        </legend>
        <div className="grid grid-cols-5 gap-1 sm:grid-cols-10">
          {Array.from({ length: limits.rpeMax - limits.rpeMin + 1 }, (_, i) => limits.rpeMin + i).map((value) => (
            <label
              key={value}
              className={cx(
                "flex min-h-11 cursor-pointer items-center justify-center rounded-lg border text-sm font-semibold",
                "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand",
                rpe === value ? "border-brand bg-brand text-on-brand" : "border-line bg-surface hover:bg-raised",
              )}
            >
              <input
                type="radio"
                name="rpe"
                value={value}
                checked={rpe === value}
                onChange={() => setRpe(value)}
                className="sr-only"
              />
              {value}
            </label>
          ))}
        </div>
        <p className="text-xs text-muted">1 is very easy, 10 is as hard as you could go.</p>
      </fieldset>

      <div className="space-y-1.5">
        <label htmlFor={noteId} className="block text-sm font-semibold">
          Note (optional)
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={limits.noteMaxChars}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          className={cx(input, "py-2")}
        />
      </div>

      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Save the log</Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function toLogged(set: LoggedSet | LogSet): LoggedSet {
  return {
    exerciseId: set.exerciseId,
    set: set.set,
    reps: set.reps ?? null,
    seconds: set.seconds ?? null,
    metres: set.metres ?? null,
    loadKg: set.loadKg ?? null,
    bodyweight: set.bodyweight ?? false,
  };
}

function ExerciseSets({
  exercise,
  row,
  unit,
  maxSets,
  onChange,
}: {
  exercise: Exercise;
  row: DraftExercise;
  unit: LoadUnit;
  maxSets: number;
  onChange: (update: (row: DraftExercise) => DraftExercise) => void;
}) {
  const swaps = swapsOf(exercise);
  const selectId = useId();
  const fieldId = useId();
  const doneName =
    row.exerciseId === exercise.exerciseId ? exercise.name : swaps.find((s) => s.id === row.exerciseId)?.name;
  const setField = (index: number, field: "amount" | "load", value: string) =>
    onChange((r) => ({ ...r, sets: r.sets.map((s, i) => (i === index ? { ...s, [field]: value } : s)) }));
  return (
    <fieldset className="space-y-2 rounded-xl border border-line p-3">
      <legend className="px-1 text-base font-semibold">{exercise.name}</legend>
      <p className="text-sm text-muted">Prescribed: {formatDose(exercise)}</p>
      {swaps.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor={selectId} className="block text-xs font-medium">
            Exercise done
          </label>
          <select
            id={selectId}
            value={row.exerciseId}
            onChange={(event) => onChange((r) => ({ ...r, exerciseId: event.target.value }))}
            className={input}
          >
            <option value={exercise.exerciseId}>{exercise.name} (as planned)</option>
            {swaps.map((swap) => (
              <option key={swap.id} value={swap.id}>
                {swap.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ol className="space-y-2">
        {row.sets.map((set, index) => (
          <li key={index} className="grid grid-cols-[3rem_1fr_1fr_2.75rem] items-end gap-2">
            <span className="pb-3 text-sm text-muted">Set {index + 1}</span>
            <div>
              <label htmlFor={`${fieldId}-${index}-amount`} className="block text-xs font-medium">
                {MEASURE_LABEL[row.measure]}
                <span className="sr-only">
                  {" "}
                  of set {index + 1}, {doneName}
                </span>
              </label>
              <input
                id={`${fieldId}-${index}-amount`}
                inputMode={row.measure === "metres" ? "decimal" : "numeric"}
                value={set.amount}
                onChange={(event) => setField(index, "amount", event.target.value)}
                className={input}
              />
            </div>
            <div>
              <label htmlFor={`${fieldId}-${index}-load`} className="block text-xs font-medium">
                Load ({unit})
                <span className="sr-only">
                  {" "}
                  of set {index + 1}, {doneName}, empty for bodyweight
                </span>
              </label>
              <input
                id={`${fieldId}-${index}-load`}
                inputMode="decimal"
                placeholder="bodyweight"
                value={set.load}
                onChange={(event) => setField(index, "load", event.target.value)}
                className={input}
              />
            </div>
            <button
              type="button"
              disabled={row.sets.length <= 1}
              onClick={() => onChange((r) => ({ ...r, sets: r.sets.filter((_, i) => i !== index) }))}
              aria-label={`Remove set ${index + 1} of ${doneName}`}
              className="min-h-11 rounded-lg text-lg text-muted hover:bg-raised disabled:opacity-30"
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <Button
        variant="ghost"
        className="min-h-9 px-2"
        disabled={row.sets.length >= maxSets}
        onClick={() =>
          onChange((r) => ({
            ...r,
            sets: [...r.sets, r.sets.at(-1) ?? { amount: "", load: "" }].map((s) => ({ ...s })),
          }))
        }
      >
        + Add a set
      </Button>
    </fieldset>
  );
}
