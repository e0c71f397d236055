"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField } from "@/components/ui/field";
import { DoseForm, toDoseInput, type Unit } from "./dose-fields";
import { formatDose } from "./dose";

interface EditableExercise {
  position: number;
  name: string;
  unit: Unit;
  sets: number;
  reps: number | null;
  seconds: number | null;
  metres: number | null;
  perSide: boolean;
  intensity: string;
}

/**
 * Changing the prescription by hand (the athlete or their coach): each exercise's dose, removing
 * one, adding one from the catalogue that the plan's equipment allows. Every change is recorded.
 */
export function PrescriptionEditor({ sessionId, exercises }: { sessionId: string; exercises: EditableExercise[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<EditableExercise | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.plans.session.queryKey({ sessionId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.prescriptions.options.queryKey({ sessionId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.history.forSession.queryKey({ sessionId }) }),
    ]);
  const edit = useMutation(trpc.prescriptions.edit.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.prescriptions.removeExercise.mutationOptions({ onSuccess: refresh }));

  return (
    <Card className="space-y-4">
      <h2 className="font-semibold">Change the prescription</h2>
      {remove.error ? (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(remove.error, "The exercise was not removed.")}
        </p>
      ) : null}
      <ul className="divide-y divide-line">
        {exercises.map((exercise) => (
          <li key={exercise.position} className="py-3">
            {editing === exercise.position ? (
              <div className="space-y-2">
                <p className="font-medium">{exercise.name}</p>
                <DoseForm
                  unit={exercise.unit}
                  initial={{
                    sets: exercise.sets,
                    amount: exercise[exercise.unit] ?? 0,
                    intensity: exercise.intensity,
                  }}
                  submitLabel="Save"
                  pending={edit.isPending}
                  error={edit.error ? errorMessage(edit.error, "The change was not saved.") : undefined}
                  onSubmit={(value) =>
                    edit.mutate(
                      { sessionId, position: exercise.position, ...toDoseInput(exercise.unit, value) },
                      { onSuccess: () => setEditing(null) },
                    )
                  }
                  onCancel={() => setEditing(null)}
                />
              </div>
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm">
                  <span className="font-medium">{exercise.name}</span> · {formatDose(exercise)} · {exercise.intensity}
                </p>
                <div className="flex gap-1">
                  <Button
                    variant="secondary"
                    className="min-h-9 px-3"
                    onClick={() => (edit.reset(), setEditing(exercise.position))}
                  >
                    Edit<span className="sr-only"> {exercise.name}</span>
                  </Button>
                  <Button variant="ghost" className="min-h-9 px-3" onClick={() => setRemoving(exercise)}>
                    Remove<span className="sr-only"> {exercise.name}</span>
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <AddExercise sessionId={sessionId} onAdded={refresh} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? "this exercise"}?`}
        confirmLabel="Remove"
        cancelLabel="Keep it"
        onConfirm={() => {
          if (removing) remove.mutate({ sessionId, position: removing.position });
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>The change is recorded in the session&apos;s history.</p>
      </ConfirmDialog>
    </Card>
  );
}

function AddExercise({ sessionId, onAdded }: { sessionId: string; onAdded: () => unknown }) {
  const trpc = useTRPC();
  const { data: options } = useQuery(trpc.prescriptions.options.queryOptions({ sessionId }));
  const [exerciseId, setExerciseId] = useState("");
  const add = useMutation(trpc.prescriptions.addExercise.mutationOptions({ onSuccess: onAdded }));
  const chosen = options?.find((option) => option.id === exerciseId);
  if (!options || options.length === 0) return null;
  return (
    <div className="space-y-3 border-t border-line pt-4">
      <h3 className="font-medium">Add an exercise</h3>
      <SelectField
        label="Exercise (only what this plan's equipment allows)"
        value={exerciseId}
        onChange={(event) => (add.reset(), setExerciseId(event.target.value))}
      >
        <option value="">Choose an exercise…</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name} ({option.pattern.replace("-", " ")}, level {option.level})
          </option>
        ))}
      </SelectField>
      {chosen ? (
        <DoseForm
          key={chosen.id}
          unit={chosen.unit}
          initial={{
            sets: 2,
            amount: chosen.unit === "reps" ? 10 : chosen.unit === "seconds" ? 30 : 20,
            intensity: "",
          }}
          submitLabel={`Add ${chosen.name}`}
          pending={add.isPending}
          error={add.error ? errorMessage(add.error, "The exercise was not added.") : undefined}
          onSubmit={(value) =>
            add.mutate(
              { sessionId, exerciseId: chosen.id, ...toDoseInput(chosen.unit, value) },
              { onSuccess: () => setExerciseId("") },
            )
          }
        />
      ) : null}
    </div>
  );
}
